package io.kabar.summarize;

import io.kabar.analysis.Claim;
import io.kabar.analysis.Summary;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * BASELINE LEAD-3 summariser (an extractive ranker replaces it later): the first
 * {@value #SENTENCES} sentences of the text that have at least {@value #MIN_WORDS} words; headline =
 * the title when it has at most {@value #HEADLINE_WORDS} words, else the first sentence cut to that
 * many words; key points = up to {@value #KEY_POINTS} claims with the highest checkworthiness (ties in
 * text order), written {@code Speaker: text} or just {@code text}, at most {@value #MAX_POINT_CHARS}
 * characters. Immutable and thread-safe.
 */
public final class LeadSummarizer implements Summarizer {
  public static final int SENTENCES = 3;
  public static final int MIN_WORDS = 4;
  public static final int HEADLINE_WORDS = 15;
  public static final int KEY_POINTS = 3;
  public static final int MAX_POINT_CHARS = 200;

  private final SentenceSplitter splitter;

  public LeadSummarizer(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  /**
   * Summarises {@code text} (paragraphs separated by a blank line).
   *
   * @param language ISO 639-1 code or {@code und}
   * @param title    the title, or null
   * @param claims   the article's claims, may be empty
   * @return the summary; its headline is "" and sentences empty when the text has no sentence
   */
  @Override
  public Summary summarize(String text, String language, String title, List<Claim> claims) {
    List<String> lead = new ArrayList<>();
    for (Sentence s : splitter.split(text == null ? "" : text, language)) {
      if (lead.size() < SENTENCES && words(s.text()).length >= MIN_WORDS) {
        lead.add(s.text());
      }
    }
    String headline;
    if (title != null && !title.isBlank() && words(title).length <= HEADLINE_WORDS) {
      headline = title.strip();
    } else {
      String first = lead.isEmpty() ? (title == null ? "" : title) : lead.get(0);
      String[] w = words(first);
      headline = w.length <= HEADLINE_WORDS ? first.strip()
          : String.join(" ", List.of(w).subList(0, HEADLINE_WORDS)) + "…";
    }
    List<String> points = new ArrayList<>();
    claims.stream()
        .sorted(Comparator.comparingDouble(Claim::checkworthiness).reversed())
        .limit(KEY_POINTS)
        .forEach(c -> points.add(shorten(c.speaker() == null ? c.text() : c.speaker() + ": " + c.text())));
    return new Summary(headline, lead, points);
  }

  private static String[] words(String s) {
    String stripped = s.strip();
    return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
  }

  private static String shorten(String s) {
    return s.length() <= MAX_POINT_CHARS ? s : s.substring(0, MAX_POINT_CHARS - 1).stripTrailing() + "…";
  }
}
