package io.kabar.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words: runs of letters and digits, joined by inner hyphens or apostrophes
 * ({@code Jong-un}, {@code bahu-membahu}, {@code O'Brien}). Punctuation and whitespace are not
 * tokens. Linear time.
 */
public final class Tokenizer {
  /** A word: letters, digits and marks, joined by single hyphens or apostrophes (also {@link LanguageDetector}'s). */
  static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}]++(?:[-'’][\\p{L}\\p{N}\\p{M}]++)*+");

  private Tokenizer() {}

  /**
   * The words of {@code text[start,end)}, with offsets into {@code text}; empty when none. A plain scan that
   * finds exactly what {@link #WORD} finds (the pattern stays as the definition; {@code TokenizerScanTest} checks
   * the two agree on random text), without the regex engine's cost on every sentence of every stage.
   */
  public static List<Token> tokens(String text, int start, int end) {
    List<Token> out = new ArrayList<>();
    int from = wordStart(text, start, end);
    while (from < end) {
      int to = wordEnd(text, from, end);
      out.add(new Token(text.substring(from, to), from, to));
      from = wordStart(text, to, end);
    }
    return out;
  }

  /** One thread's last {@link #sentenceTokens} answer. */
  private record Memo(String text, int start, int end, List<Token> tokens) {}

  private static final ThreadLocal<Memo> LAST_SENTENCE = new ThreadLocal<>();

  /**
   * {@link #tokens(String, int, int)}, kept for the thread's next call with the same text object and range: the
   * entity step tokenises each sentence in its baseline finder and again in its own passes, one right after the
   * other (under the function's C1-only JIT that second scan cost ~3 % of the step). Holds one text per thread
   * until the next call. The list is shared with that call: read it, never change it (it is no unmodifiable view,
   * since C1 pays a second interface call for each {@code get} through one).
   */
  public static List<Token> sentenceTokens(String text, int start, int end) {
    Memo last = LAST_SENTENCE.get();
    if (last != null && last.text() == text && last.start() == start && last.end() == end) {
      return last.tokens();
    }
    List<Token> tokens = tokens(text, start, end);
    LAST_SENTENCE.set(new Memo(text, start, end, tokens));
    return tokens;
  }

  /**
   * The words of {@code text} that start with a lower-case letter ({@link Character#isLowerCase(char)} of the
   * first char), as a set: what collecting them from {@link #tokens(String)} gives, without a token or a
   * string for the other words.
   */
  public static java.util.Set<String> lowerCaseWords(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    int end = text.length();
    int from = wordStart(text, 0, end);
    while (from < end) {
      int to = wordEnd(text, from, end);
      if (Character.isLowerCase(text.charAt(from))) {
        out.add(text.substring(from, to));
      }
      from = wordStart(text, to, end);
    }
    return out;
  }

  /**
   * Whether {@code word} is a word of {@code text} ({@link #tokens(String)} holds it) that starts with a lower-case
   * letter: {@code lowerCaseWords(text).contains(word)} by a search for it, with no set of the whole text's words.
   */
  public static boolean hasLowerCaseWord(String text, String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
      return false;
    }
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (startsWord(text, at) && wordEnd(text, at, text.length()) == at + word.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word starts at {@code at}, a word character: no word character before it, and no joiner that has
   * one before it (then the word before runs on through {@code at}).
   */
  private static boolean startsWord(String text, int at) {
    if (at == 0) {
      return true;
    }
    if (isWordChar(text.codePointBefore(at))) {
      return false;
    }
    return !(at >= 2 && isJoiner(text.charAt(at - 1)) && isWordChar(text.codePointBefore(at - 1)));
  }

  /**
   * The first word start at or after {@code i}: a word character whole within {@code end}; a value of {@code end} or
   * more when there is none.
   */
  private static int wordStart(String text, int i, int end) {
    while (i < end) {
      char c = text.charAt(i);
      if (c < 0x80) { // ASCII without a code point look-up (the interpreter and C1 pay for one per character)
        if (isAsciiWordChar(c)) {
          return i;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (isWordChar(cp) && i + Character.charCount(cp) <= end) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** The end of the word starting at {@code i} (a word character): its runs and the joiners between them. */
  private static int wordEnd(String text, int i, int end) {
    i = skipWordChars(text, i, end);
    while (i + 1 < end && isJoiner(text.charAt(i))) {
      int next = text.codePointAt(i + 1);
      if (!isWordChar(next) || i + 1 + Character.charCount(next) > end) {
        break;
      }
      i = skipWordChars(text, i + 1, end);
    }
    return i;
  }

  /**
   * The end of the run of word characters ({@link #isWordChar}) starting at {@code i}, within {@code end}
   * (a surrogate pair cut by {@code end} ends the run); {@code i} when there is none.
   */
  public static int skipWordChars(String text, int i, int end) {
    while (i < end) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (!isAsciiWordChar(c)) {
          break;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (!isWordChar(cp) || i + n > end) {
        break;
      }
      i += n;
    }
    return i;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '\u2019';
  }

  /** Whether {@code s} holds a letter or a digit ({@link Character#isLetterOrDigit(int)}): a word, not punctuation. */
  public static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  /**
   * {@code [\p{L}\p{N}]}: a letter or a number, as a regex's class reads the code point (a lone surrogate is
   * neither), for the hand-written scans that stand for such classes.
   */
  public static boolean isLetterOrNumber(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** {@code [\p{L}\p{N}\p{M}]}: a letter, a number or a mark. */
  public static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return isAsciiWordChar(cp);
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK:
        return true;
      default:
        return false;
    }
  }

  private static boolean isAsciiWordChar(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** The regex the scan implements, for tests. */
  static List<Token> tokensByRegex(String text, int start, int end) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(start, end);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }

  /** The words of the whole {@code text}. */
  public static List<Token> tokens(String text) {
    return tokens(text, 0, text.length());
  }
}
