package io.kabar.extract;

import io.kabar.analysis.EntityType;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.Token;
import io.kabar.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * BASELINE name finder from capitalisation, word lists and the {@link Gazetteer} (the trained
 * OpenNLP finders of {@code io.kabar.ner} replace it).
 *
 * <p>Candidates are runs of capitalised words separated by single spaces inside one sentence,
 * lower-case connectors ({@code bin}, {@code van}) allowed between them. In a run, known names are
 * taken first, longest match; leading stop words are dropped; a person title ({@code Presiden},
 * {@code Mr.}) marks the next unknown part as a PERSON; a run holding an organisation cue
 * ({@code Komisi}, {@code Ministry}) is one ORGANIZATION; a part ending with a company word
 * ({@code Energy}) is an ORGANIZATION; a part starting or ending with a place word ({@code Port},
 * {@code Pulau}, {@code Island}) is a LOCATION; a part holding an event cue ({@code Perang},
 * {@code War}) is an EVENT; other unknown parts of 2–4 words are PERSONs. A single unknown word is
 * a PERSON with the low score {@link #UNSURE} (the extractor keeps it only when it names a person
 * found in full elsewhere in the article), or with a high score after a title. Unknown parts of
 * several words all in capitals (headlines, labels: {@code COUNCIL MET}) are skipped, and so is a
 * sentence's capitalised first word that the article also writes in lower case ({@code Warga} in
 * {@code Warga Cawang, Siti Aminah, …} when {@code warga} occurs), unless it is a title, a cue or a
 * known name. Reduplicated words ({@code Undang-Undang}) start no name; a run made only of organisation
 * cues ({@code Perusahaan}) names nothing; a lone unknown acronym is an ORGANIZATION, kept after a title
 * ({@code Ketua DPRD}).
 *
 * <p>Scores: 1 for gazetteer names, 0.8 for phrases typed by a cue or a title, {@link #UNSURE}
 * for lone unknown words. Immutable and thread-safe.
 */
public final class CapitalizedNameFinder implements NameFinder {
  /** The score of a lone capitalised word with nothing but its capital to go on. */
  public static final double UNSURE = 0.3;
  private static final double CUED = 0.8;
  private static final int MAX_PERSON_TOKENS = 4;

  private final Gazetteer gazetteer;
  private final NameLexicon lexicon;
  /**
   * What this thread knows of the lower-case words of the article it last asked about (sentences of one text come
   * in a row), shared by every finder and by {@code EntityExtractor}, which asks about the same text after the
   * finder.
   */
  private static final ThreadLocal<Vocabulary> VOCABULARY = new ThreadLocal<>();

  /**
   * How many words of one text object {@link #writesInLowerCase} looks up by a search of the text before it collects
   * the text's lower-case words once: a search costs a tenth or less of the collection, and most articles ask about a
   * handful of words; the bound keeps an article that asks about thousands linear. (A caller that alternates between
   * two text objects, as the possessive re-find does with its blanked copy, starts afresh on each switch, as the
   * collection did before.)
   */
  private static final int SEARCHES = 8;
  /**
   * The longest text and word searched for rather than collected: {@code indexOf} compares up to the word's length
   * at each offset, so a long word in a crafted text (runs of one letter) would cost text × word per search.
   */
  private static final int MAX_SEARCHED_TEXT = 50_000;
  private static final int MAX_SEARCHED_WORD = 32;

  private static final class Vocabulary {
    private final String text;
    private int searches;
    private Set<String> lowerCaseWords;

    private Vocabulary(String text) {
      this.text = text;
    }
  }

  CapitalizedNameFinder(Gazetteer gazetteer, NameLexicon lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** The baseline finder over the shipped gazetteer and word lists. */
  public static CapitalizedNameFinder standard() {
    return new CapitalizedNameFinder(Gazetteer.standard(), NameLexicon.standard());
  }

  @Override
  public List<NameSpan> find(String text, Sentence sentence, String lang) {
    return find(text, sentence, lang, false);
  }

  /**
   * The spans of {@link #find} that can be PERSON scored {@value #CUED} or more, and possibly others: a run of
   * capitalised words with no title before it or in it and no word that can start a known person's name is
   * skipped, since only a title or the gazetteer makes such a person. For a caller that keeps only those people
   * ({@code NameFinders.unionPeople}); the skipped runs were most of the baseline's work in English news.
   */
  public List<NameSpan> findTitledOrKnownPeople(String text, Sentence sentence, String lang) {
    return find(text, sentence, lang, true);
  }

  private List<NameSpan> find(String text, Sentence sentence, String lang, boolean peopleOnly) {
    NameLexicon.Words words = lexicon.words(lang);
    List<NameSpan> out = new ArrayList<>();
    List<Token> tokens = Tokenizer.sentenceTokens(text, sentence.start(), sentence.end());
    int i = 0;
    if (peopleOnly && !tokens.isEmpty() && tokens.get(0).isCapitalized()) {
      // whether the first word is common decides only where the first run starts; the runs starting in
      // [0, end) all end at end, so the first run is skipped as a whole or read as find reads it
      int end = runEnd(text, tokens, 0);
      if (!mayNamePerson(tokens, 0, end, words)) {
        i = end;
      }
    }
    if (i == 0 && !tokens.isEmpty() && tokens.get(0).isCapitalized() && commonWordAtStart(text, tokens, words, lang)) {
      i = 1;
    }
    while (i < tokens.size()) {
      if (!tokens.get(i).isCapitalized()) {
        i++;
        continue;
      }
      int end = runEnd(text, tokens, i);
      Token before = i > 0 ? tokens.get(i - 1) : null;
      if (peopleOnly && !(before != null && words.isTitle(before.text())) && !mayNamePerson(tokens, i, end, words)) {
        i = end;
        continue;
      }
      // a title before and after: the words belong to the office (deputy Opinion editor), they name nobody
      boolean titled = before != null && words.isTitle(before.text())
          && !(end < tokens.size() && singleSpace(text, tokens.get(end - 1), tokens.get(end))
              && words.isTitle(tokens.get(end).text()));
      segment(tokens, i, end, titled, words, lang, out);
      i = end;
    }
    return out;
  }

  /**
   * True when the sentence's first word is capitalised only because it starts the sentence: the article
   * writes it in lower case elsewhere ({@code Warga Cawang} when {@code warga} occurs), and it is no
   * title, cue word or known name.
   */
  private boolean commonWordAtStart(String text, List<Token> tokens, NameLexicon.Words words, String lang) {
    String lower = tokens.get(0).text().toLowerCase(Locale.ROOT);
    if (words.titles().contains(lower) || words.placeCues().contains(lower) || words.orgCues().contains(lower)
        || words.eventCues().contains(lower) || gazetteer.longest(tokens, 0, tokens.size(), lang).isPresent()) {
      return false;
    }
    return writesInLowerCase(text, lower);
  }

  /**
   * Whether {@code text} writes {@code lower} as a word in lower case ({@link Tokenizer#lowerCaseWords}): a
   * capitalised word it writes so elsewhere is capitalised by position only.
   */
  static boolean writesInLowerCase(String text, String lower) {
    Vocabulary v = VOCABULARY.get();
    if (v == null || v.text != text) { // identity: the same article object, as the pipeline passes it
      v = new Vocabulary(text);
      VOCABULARY.set(v);
    }
    if (v.lowerCaseWords == null && v.searches < SEARCHES && text.length() <= MAX_SEARCHED_TEXT
        && lower.length() <= MAX_SEARCHED_WORD) {
      v.searches++;
      return Tokenizer.hasLowerCaseWord(text, lower);
    }
    if (v.lowerCaseWords == null) {
      v.lowerCaseWords = Tokenizer.lowerCaseWords(text);
    }
    return v.lowerCaseWords.contains(lower);
  }

  /** Whether a title or a word that may start a known person's name lies in {@code tokens[from, to)}. */
  private boolean mayNamePerson(List<Token> tokens, int from, int to, NameLexicon.Words words) {
    for (int j = from; j < to; j++) {
      String t = tokens.get(j).text();
      if (words.isTitle(t) || gazetteer.mayStartPerson(t)) {
        return true;
      }
    }
    return false;
  }

  /** The end (exclusive) of the capitalised run starting at {@code from}. */
  private int runEnd(String text, List<Token> tokens, int from) {
    int end = from + 1;
    while (end < tokens.size() && (singleSpace(text, tokens.get(end - 1), tokens.get(end))
        || initial(text, tokens.get(end - 1), tokens.get(end)))) {
      Token t = tokens.get(end);
      if (t.isCapitalized()) {
        end++;
      } else {
        int next = end;
        while (next < tokens.size() && next - end < 3 && lexicon.connectors().contains(tokens.get(next).text())
            && next + 1 < tokens.size() && singleSpace(text, tokens.get(next), tokens.get(next + 1))) {
          next++;
        }
        if (next == end || next >= tokens.size() || !tokens.get(next).isCapitalized()) {
          break;
        }
        end = next + 1;
      }
    }
    return end;
  }

  /** Whether {@code a} is an initial, one capital and a dot, and {@code b} follows after one space: S. Truett Cathy. */
  private static boolean initial(String text, Token a, Token b) {
    return a.text().length() == 1 && Character.isUpperCase(a.text().charAt(0)) && b.start() == a.end() + 2
        && text.charAt(a.end()) == '.' && text.charAt(a.end() + 1) == ' ';
  }

  private static boolean singleSpace(String text, Token a, Token b) {
    return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
  }

  /** Splits the run {@code tokens[from, to)} into spans. */
  private void segment(List<Token> tokens, int from, int to, boolean titled, NameLexicon.Words words, String lang,
      List<NameSpan> out) {
    int i = from;
    while (i < to && gazetteer.longest(tokens, i, to, lang).isEmpty()) {
      String lower = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (words.isTitle(tokens.get(i).text())) {
        titled = true;
      } else if (!words.stopWords().contains(lower)) {
        break;
      }
      i++;
    }
    while (i < to && reduplicated(tokens.get(i))) { // Undang-Undang, Masing-masing: common words, never names
      i++;
    }
    boolean onlyCues = i < to;
    boolean cued = false;
    for (int j = i; j < to; j++) {
      boolean cue = words.orgCues().contains(tokens.get(j).text().toLowerCase(Locale.ROOT));
      cued |= cue;
      onlyCues &= cue;
    }
    if (cued) {
      if (!onlyCues) { // "Perusahaan", "Komisi" alone name no body
        add(tokens.subList(i, to), EntityType.ORGANIZATION, false, words, out);
      }
      return;
    }
    int unknownStart = -1;
    while (i < to) {
      Optional<Gazetteer.Entry> known = gazetteer.longest(tokens, i, to, lang);
      if (known.isPresent() || words.isTitle(tokens.get(i).text())) {
        // words between two titles belong to the office (Chief Commercial Officer), not to a name
        if (unknownStart >= 0) {
          if (!titled || known.isPresent()) {
            add(tokens.subList(unknownStart, i), null, titled, words, out);
          }
          titled = false;
          unknownStart = -1;
        }
        if (known.isPresent()) {
          Gazetteer.Entry e = known.get();
          out.add(new NameSpan(tokens.get(i).start(), tokens.get(i + e.tokens() - 1).end(), e.type(), 1.0));
          i += e.tokens();
        } else {
          titled = true;
          i++;
        }
        continue;
      }
      if (unknownStart < 0) {
        unknownStart = i;
      }
      i++;
    }
    if (unknownStart >= 0) {
      add(tokens.subList(unknownStart, to), null, titled, words, out);
    }
  }

  /** True for a reduplicated word ({@code Undang-Undang}, {@code Masing-masing}). */
  private static boolean reduplicated(Token t) {
    int dash = t.text().indexOf('-');
    return dash > 0 && t.text().substring(0, dash).equalsIgnoreCase(t.text().substring(dash + 1));
  }

  /** True for a word in capitals only ({@code MENARA}): headline or label text, not a name's spelling. */
  private static boolean shouted(Token t) {
    String w = t.text();
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
  }

  /** Adds an unknown part as a span of {@code type}, or of the type its words suggest. */
  private static void add(List<Token> part, EntityType type, boolean titled, NameLexicon.Words words,
      List<NameSpan> out) {
    int n = part.size();
    while (n > 0 && !part.get(n - 1).isCapitalized()) {
      n--;
    }
    if (n == 0) {
      return;
    }
    Token first = part.get(0);
    Token last = part.get(n - 1);
    double score = CUED;
    if (n > 1 && part.subList(0, n).stream().allMatch(CapitalizedNameFinder::shouted)) {
      return;
    }
    String only = n == 1 ? first.text().toLowerCase(Locale.ROOT) : null;
    if (only != null && (words.orgSuffixes().contains(only) || words.placeCues().contains(only))) {
      return; // General Motors, King Fahd Hospital: a company or place word alone after a title names nobody
    }
    if (type == null) {
      String firstWord = first.text().toLowerCase(Locale.ROOT);
      String lastWord = last.text().toLowerCase(Locale.ROOT);
      boolean event = part.subList(0, n).stream()
          .anyMatch(t -> words.eventCues().contains(t.text().toLowerCase(Locale.ROOT)));
      if (n > 1 && event) {
        type = EntityType.EVENT;
      } else if (n > 1 && words.orgSuffixes().contains(lastWord)) {
        type = EntityType.ORGANIZATION;
      } else if (n > 1 && (words.placeCues().contains(firstWord) || words.placeCues().contains(lastWord))) {
        type = EntityType.LOCATION;
      } else if (n == 1 && shouted(first) && first.text().chars().allMatch(Character::isLetter)) {
        type = EntityType.ORGANIZATION; // an acronym: Ketua DPRD
        score = titled ? CUED : UNSURE;
      } else if (n == 1) {
        type = EntityType.PERSON;
        score = titled ? CUED : UNSURE;
      } else if (n <= MAX_PERSON_TOKENS || titled) {
        type = EntityType.PERSON;
        score = titled ? CUED : 0.6;
      } else {
        return;
      }
    }
    String lastText = last.text();
    boolean possessive = lastText.length() > 2 && (lastText.endsWith("'s") || lastText.endsWith("’s"));
    out.add(new NameSpan(first.start(), last.end() - (possessive ? 2 : 0), type, score)); // Cathy's rules: Cathy
  }
}
