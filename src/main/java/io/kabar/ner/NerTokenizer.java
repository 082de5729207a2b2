package io.kabar.ner;

import io.kabar.nlp.Token;
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

  /** The tokens of {@code text[start,end)}, offsets into {@code text}. */
  public static List<Token> tokens(String text, int start, int end, String lang) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    boolean english = "en".equals(lang);
    while (m.find()) {
      String t = m.group();
      if (english && t.length() > 2 && (t.indexOf('\'') > 0 || t.indexOf('’') > 0)) {
        Matcher c = EN_CLITIC.matcher(t);
        if (c.matches()) {
          int split = m.start() + c.end(1);
          out.add(new Token(c.group(1), m.start(), split));
          out.add(new Token(c.group(2), split, m.end()));
          continue;
        }
      }
      out.add(new Token(t, m.start(), m.end()));
    }
    return out;
  }

  /** The tokens of the whole {@code text}. */
  public static List<Token> tokens(String text, String lang) {
    return tokens(text, 0, text.length(), lang);
  }
}
