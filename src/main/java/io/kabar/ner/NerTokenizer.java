package io.kabar.ner;

import io.kabar.nlp.Token;
import io.kabar.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into the tokens the name finder models were trained on: CoNLL-style, words
 * AND punctuation. Words are runs of letters and digits joined by inner hyphens, apostrophes or
 * slashes ({@code undang-undang}, {@code PDI-P}, {@code Ma'ruf}, {@code 24/8}); numbers keep their
 * inner separators ({@code 1.000}, {@code 2,5}); dotted initialisms stay whole ({@code U.S.},
 * {@code J.D.}); every other non-space character is a token of its own. For English, a clitic
 * {@code 's} or {@code n't} is split off as in the Penn Treebank convention the English data uses.
 * Linear time.
 */
public final class NerTokenizer {
  private static final String W = "[\\p{L}\\p{N}\\p{M}]";
  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{L}\\.){2,}"                                  // U.S. J.D.
          + "|\\d+(?:[.,:]\\d+)+"                          // 1.000 2,5 10:30
          + "|" + W + "+(?:[-'’/_]" + W + "+)*"             // words
          + "|\\S");                                        // punctuation
  private static final Pattern EN_CLITIC = Pattern.compile("(?i)(.+)(n['’]t|['’]s|['’]re|['’]ll|['’]ve|['’]d|['’]m)");

  private NerTokenizer() {}

  /**
   * The tokens of {@code text[start,end)}, offsets into {@code text}. A hand-written scan that finds
   * exactly what {@link #tokensByRegex} finds ({@code NerTokenizerTest} compares them on random text):
   * the pattern was about a seventh of the name finder's time.
   */
  public static List<Token> tokens(String text, int start, int end, String lang) {
    List<Token> out = new ArrayList<>();
    boolean english = "en".equals(lang);
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
        i++;
        continue;
      }
      int to = initialism(text, i, end);
      if (to < 0) {
        to = number(text, i, end);
      }
      if (to < 0) {
        to = word(text, i, end);
      }
      if (to < 0) {
        // any other character is a token of its own: a whole code point when the region holds it
        int cp = Character.codePointAt(text, i);
        int next = i + Character.charCount(cp);
        if (next > end) {
          // a surrogate pair cut by the region's end: the pattern finds nothing there
          i = next;
          continue;
        }
        to = next;
      }
      add(out, text, i, to, english);
      i = to;
    }
    return out;
  }

  private static void add(List<Token> out, String text, int from, int to, boolean english) {
    String t = text.substring(from, to);
    if (english && t.length() > 2 && (t.indexOf('\'') > 0 || t.indexOf('’') > 0)) {
      Matcher c = EN_CLITIC.matcher(t);
      if (c.matches()) {
        int split = from + c.end(1);
        out.add(new Token(c.group(1), from, split));
        out.add(new Token(c.group(2), split, to));
        return;
      }
    }
    out.add(new Token(t, from, to));
  }

  /** The code point at {@code i} if it lies wholly before {@code end}, else -1. */
  private static int codePoint(String text, int i, int end) {
    int cp = Character.codePointAt(text, i);
    return i + Character.charCount(cp) <= end ? cp : -1;
  }

  /** {@code (?:\p{L}\.){2,}}: the end of the longest run of letter-dot pairs, at least two, or -1. */
  private static int initialism(String text, int i, int end) {
    int pairs = 0;
    int at = i;
    while (at < end) {
      int cp = codePoint(text, at, end);
      if (cp < 0 || !Character.isLetter(cp)) {
        break;
      }
      int dot = at + Character.charCount(cp);
      if (dot >= end || text.charAt(dot) != '.') {
        break;
      }
      at = dot + 1;
      pairs++;
    }
    return pairs >= 2 ? at : -1;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \d+(?:[.,:]\d+)+}: ASCII digits with at least one inner separator, or -1. */
  private static int number(String text, int i, int end) {
    int at = i;
    while (at < end && digit(text.charAt(at))) {
      at++;
    }
    if (at == i) {
      return -1;
    }
    int groups = 0;
    while (at + 1 < end && isNumberSeparator(text.charAt(at)) && digit(text.charAt(at + 1))) {
      at += 2;
      while (at < end && digit(text.charAt(at))) {
        at++;
      }
      groups++;
    }
    return groups > 0 ? at : -1;
  }

  private static boolean isNumberSeparator(char c) {
    return c == '.' || c == ',' || c == ':';
  }

  /** {@code W+(?:[-'’/_]W+)*} ({@code W}: {@link Tokenizer#isWordChar}): a word with inner joiners, or -1. */
  private static int word(String text, int i, int end) {
    int at = Tokenizer.skipWordChars(text, i, end);
    if (at == i) {
      return -1;
    }
    while (at < end && isJoiner(text.charAt(at))) {
      int next = Tokenizer.skipWordChars(text, at + 1, end);
      if (next == at + 1) {
        break;
      }
      at = next;
    }
    return at;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’' || c == '/' || c == '_';
  }

  /** The pattern the scan implements; kept as its specification and for the tests. */
  static List<Token> tokensByRegex(String text, int start, int end, String lang) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    boolean english = "en".equals(lang);
    while (m.find()) {
      add(out, text, m.start(), m.end(), english);
    }
    return out;
  }

  /** The tokens of the whole {@code text}. */
  public static List<Token> tokens(String text, String lang) {
    return tokens(text, 0, text.length(), lang);
  }
}
