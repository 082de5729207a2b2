package io.kabar.nlp;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits text into sentences with {@link BreakIterator}, then joins back breaks that follow a known
 * abbreviation ({@code io/kabar/nlp/abbreviations-<lang>.txt} plus {@code abbreviations-common.txt},
 * e.g. {@code Dr.}, {@code Jl.}, {@code U.S.}) or that precede a lower-case letter. Blank-line
 * paragraph breaks always end a sentence. Immutable and thread-safe (a new iterator per call).
 */
public final class SentenceSplitter {
  private static final String DIR = "io/kabar/nlp";
  private final Map<String, Set<String>> abbreviations = new HashMap<>();
  private final Map<String, Set<String>> stopWords = new HashMap<>();
  private final Set<String> common;
  /** Words a letter follows as a label ({@code Group A.}, {@code hepatitis B.}): no initial after them. */
  private final Set<String> letterLabels;

  private SentenceSplitter() {
    common = DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "abbreviations", "common"));
    letterLabels = DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "letter-labels", "common"));
    for (String lang : Languages.supported()) {
      abbreviations.put(lang, DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "abbreviations", lang)));
      stopWords.put(lang, DataFiles.lowerCaseSet(DataFiles.perLanguage(DIR, "stopwords", lang)));
    }
  }

  /** A splitter with the abbreviation lists of every supported language. */
  public static SentenceSplitter standard() {
    return new SentenceSplitter();
  }

  /**
   * The sentences of {@code text}, offsets into {@code text}, in order; never empty strings.
   *
   * @param lang ISO 639-1 code; unknown codes use the common abbreviations only
   */
  public List<Sentence> split(String text, String lang) {
    List<Sentence> out = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart <= text.length()) {
      int paragraphEnd = text.indexOf("\n\n", paragraphStart);
      if (paragraphEnd < 0) {
        paragraphEnd = text.length();
      }
      splitParagraph(text, paragraphStart, paragraphEnd, lang, out);
      paragraphStart = paragraphEnd + 2;
    }
    return out;
  }

  private void splitParagraph(String text, int from, int to, String lang, List<Sentence> out) {
    Set<String> abbr = abbreviations.getOrDefault(lang, Set.of());
    Set<String> stop = stopWords.getOrDefault(lang, Set.of());
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
    String paragraph = text.substring(from, to);
    it.setText(paragraph);
    int start = it.first();
    int pendingStart = -1;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (pendingStart < 0) {
        pendingStart = start;
      }
      boolean last = end == paragraph.length();
      if (last || !falseBreak(paragraph, end, abbr, stop)) {
        add(text, from + pendingStart, from + end, out);
        pendingStart = -1;
      }
      start = end;
    }
  }

  /**
   * A break at {@code end} is false after an abbreviation, before a lower-case letter, or after a person's
   * middle initial ({@code George W. Bush}, {@code Taraji P. Henson}: a capitalised word, one capital and a dot)
   * when the next word is capitalised and no function word of the language ({@code Plan B. Then …} still ends
   * there, and so does {@code hepatitis B. Researchers …}; {@code Plan B. Microsoft …} and {@code World War I.
   * Historians …} do not: they have the shape of {@code Stephen I. Vladeck}; {@code V.} and {@code X.} are read as
   * numerals).
   */
  private boolean falseBreak(String paragraph, int end, Set<String> abbr, Set<String> stop) {
    int i = end;
    while (i < paragraph.length() && Character.isWhitespace(paragraph.charAt(i))) {
      i++;
    }
    if (i < paragraph.length() && Character.isLowerCase(paragraph.charAt(i))) {
      return true;
    }
    int wordEnd = end;
    while (wordEnd > 0 && Character.isWhitespace(paragraph.charAt(wordEnd - 1))) {
      wordEnd--;
    }
    int wordStart = wordEnd;
    while (wordStart > 0 && !Character.isWhitespace(paragraph.charAt(wordStart - 1)) && wordEnd - wordStart < 20) {
      wordStart--;
    }
    String word = paragraph.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
    while (word.length() > 1 && "(\"“'‘".indexOf(word.charAt(0)) >= 0) {
      word = word.substring(1);
    }
    return abbr.contains(word) || common.contains(word) || initialBeforeName(paragraph, wordStart, wordEnd, i, stop);
  }

  /**
   * Whether {@code paragraph[wordStart, wordEnd)} is a person's initial after a capitalised word that is no letter
   * label (or after initials that follow one: {@code George H. W. Bush}), or two initials or more anywhere ({@code J.K.
   * Rowling}, {@code B.B. King}), and a capitalised non-function word or another initial starts at {@code next}.
   */
  private boolean initialBeforeName(String paragraph, int wordStart, int wordEnd, int next, Set<String> stop) {
    if (!initialAt(paragraph, wordStart, wordEnd)
        || wordEnd - wordStart == 2 && "VX".indexOf(paragraph.charAt(wordStart)) >= 0 // Henry V. Critics …
        || next >= paragraph.length() || !Character.isUpperCase(paragraph.charAt(next))) {
      return false;
    }
    int nextEnd = next;
    while (nextEnd < paragraph.length() && Character.isLetter(paragraph.charAt(nextEnd))) {
      nextEnd++;
    }
    boolean nextInitial = nextEnd == next + 1 && nextEnd < paragraph.length() && paragraph.charAt(nextEnd) == '.';
    if (!nextInitial && (nextEnd == next + 1 || stop.contains(paragraph.substring(next, nextEnd).toLowerCase(Locale.ROOT)))) {
      return false;
    }
    if (wordEnd - wordStart >= 4) {
      return true; // J.K. Rowling, B.B. King, George H.W. Bush: two initials or more are a name's, wherever they stand
    }
    // another initial, spaced, comes next (J. [R.] R. Tolkien; not the U. of U.S.)
    boolean spacedInitial = nextInitial && nextEnd + 1 < paragraph.length() && paragraph.charAt(nextEnd + 1) == ' ';
    int before = wordStart; // back over initials to the word that opens the name: hepatitis B. Researchers … ends
    while (true) {
      int end = before - 1;
      while (end >= 0 && paragraph.charAt(end) == ' ') {
        end--;
      }
      if (end < 0) {
        return before < wordStart || spacedInitial; // J. R. R. Tolkien opens the paragraph
      }
      if (end == before - 1) {
        return false;
      }
      int start = end;
      while (start > 0 && !Character.isWhitespace(paragraph.charAt(start - 1))) {
        start--;
      }
      if (!initialAt(paragraph, start, end + 1)) {
        if (letterLabels.contains(paragraph.substring(start, end + 1).toLowerCase(Locale.ROOT))) {
          return false; // hepatitis B. U.S. officials …, Group B. C. Smith …
        }
        // George W. Bush: after a capitalised word; J. R. R. Tolkien: two spaced initials or more. A lone initial after
        // a lower-case word still ends the sentence: darah O. Rumah Sakit …, rated R. Warner Bros …
        return before < wordStart || spacedInitial
            || Character.isUpperCase(paragraph.charAt(start)) && Character.isLetter(paragraph.charAt(end));
      }
      before = start;
    }
  }

  /** Whether {@code paragraph[start, end)} is one or more capital letters each followed by a dot ({@code W.}, {@code H.W.}). */
  private static boolean initialAt(String paragraph, int start, int end) {
    if (end - start < 2 || (end - start) % 2 != 0) {
      return false;
    }
    for (int k = start; k < end; k += 2) {
      if (!Character.isUpperCase(paragraph.charAt(k)) || paragraph.charAt(k + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(text.substring(start, end), start, end));
    }
  }
}
