package io.kabar.ner;

import io.kabar.extract.CapitalizedNameFinder;
import io.kabar.extract.NameFinder;
import io.kabar.extract.NameSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How the pipeline finds names: which finder for which language, decided by {@code kabar eval ner
 * --system} on the dev sets (figures in docs/NER.md).
 *
 * <ul>
 *   <li>{@code id}: the trained model alone. Through the entity step (gazetteer keying and typing,
 *       filters) it scores NERGrit valid 69.8 / idner-news-2k dev 75.7 micro F1, against 43.0 / 43.4 for
 *       the capitalisation baseline; adding all the baseline's spans where the model found nothing
 *       ({@link #union}) lowered precision more than it raised recall (63.6 / 72.6), adding only its
 *       titled people ({@link #unionPeople}) changed little (69.6 / 75.2).</li>
 *   <li>{@code en}: the model plus the baseline's titled people ({@link #unionPeople}). The English
 *       model is trained on Wikipedia and social media only and misses names after a title in news prose
 *       ({@code Mayor Alice Moreno said}); on the English sets the addition is neutral (WNUT17 dev 36.9
 *       both ways, wikigold 89.9 vs 90.1 where the model has seen 4/5 of the file) against 16.6 / 35.0 for
 *       the baseline alone.</li>
 *   <li>{@code ms}: the Indonesian model (short Indonesian text is often detected as Malay).</li>
 *   <li>any other language, {@code und} included: the baseline.</li>
 * </ul>
 */
public final class NameFinders {
  private NameFinders() {}

  /** The finder the pipeline uses; the models are loaded on the first call for each language. */
  public static NameFinder standard() {
    OpenNlpNameFinder model = OpenNlpNameFinder.standard();
    CapitalizedNameFinder baseline = CapitalizedNameFinder.standard();
    // the baseline reads only the runs that can hold the titled or known people unionPeople keeps
    NameFinder english = unionPeople(model, baseline::findTitledOrKnownPeople);
    return (text, sentence, lang) -> switch (lang) {
      case "en" -> english.find(text, sentence, lang);
      // Malay is read with the Indonesian model: the detector often reports short Indonesian text as
      // ms (they share most function words), and the model tags Malay names better than the baseline.
      case "ms" -> model.find(text, sentence, "id");
      default -> model.supports(lang) ? model.find(text, sentence, lang) : baseline.find(text, sentence, lang);
    };
  }

  /**
   * Every span of {@code primary}, plus each span of {@code secondary} that overlaps none of them, in
   * text order.
   */
  public static NameFinder union(NameFinder primary, NameFinder secondary) {
    return (text, sentence, lang) -> union(primary.find(text, sentence, lang), secondary.find(text, sentence, lang));
  }

  /** The score a one-word titled span from the baseline takes in {@link #unionPeople}: below the extractor's bar. */
  static final double ONE_WORD_TITLED = 0.4;

  /**
   * {@link #union} keeping only the baseline's PERSON spans that follow a person title ({@code Mayor Alice
   * Moreno}: score ≥ 0.8), the names a model trained without news prose misses. One word after a title is as
   * often a body's or a show's ({@code General Electric}, {@code Miss Universe}) as a surname ({@code President
   * Xi}), so it comes scored {@link #ONE_WORD_TITLED}: the entity step keeps it only as the short form of a
   * person the article names in full; after a short title ({@code Sen. Manchin}, {@code Mr Smith}) it keeps its
   * score.
   */
  public static NameFinder unionPeople(NameFinder primary, NameFinder baseline) {
    return (text, sentence, lang) -> {
      List<NameSpan> found = primary.find(text, sentence, lang);
      List<NameSpan> people = new ArrayList<>();
      for (NameSpan n : baseline.find(text, sentence, lang)) { // a loop, not a stream: every sentence comes here
        if (n.type() == io.kabar.analysis.EntityType.PERSON && n.score() >= 0.8) {
          people.add(text.substring(n.start(), n.end()).indexOf(' ') > 0
              || n.end() - n.start() > 1 && afterShortTitle(text, n.start()) ? n // Gen Z: no one-letter surname
              : new NameSpan(n.start(), n.end(), n.type(), Math.min(n.score(), ONE_WORD_TITLED)));
        }
      }
      return union(found, people);
    };
  }

  /**
   * Whether the word before {@code at} is capitalised and abbreviated ({@code Sen.}, {@code Gen.}, {@code Dr.}) or of
   * three letters or fewer ({@code Mr}, {@code Ms}, {@code Pak}, {@code Bu}): titles that never open a company's or
   * a show's name, so one word after them is a surname.
   */
  static boolean afterShortTitle(String text, int at) {
    int end = at - 1;
    while (end >= 0 && text.charAt(end) == ' ') {
      end--;
    }
    if (end < 0 || end == at - 1) {
      return false;
    }
    boolean dotted = text.charAt(end) == '.';
    int wordEnd = dotted ? end : end + 1;
    int start = wordEnd;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return wordEnd > start && Character.isUpperCase(text.charAt(start)) && (dotted || wordEnd - start <= 3);
  }

  static List<NameSpan> union(List<NameSpan> primary, List<NameSpan> secondary) {
    List<NameSpan> out = new ArrayList<>(primary);
    for (NameSpan s : secondary) {
      boolean overlaps = false;
      for (int k = 0; k < primary.size() && !overlaps; k++) {
        overlaps = primary.get(k).start() < s.end() && s.start() < primary.get(k).end();
      }
      if (!overlaps) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingInt(NameSpan::start));
    return out;
  }

  /** The languages with a trained model. */
  public static Set<String> trainedLanguages() {
    return OpenNlpNameFinder.LANGUAGES;
  }
}
