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
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[-'’][\\p{L}\\p{N}\\p{M}]+)*");

  private Tokenizer() {}

  /** The words of {@code text[start,end)}, with offsets into {@code text}; empty when none. */
  public static List<Token> tokens(String text, int start, int end) {
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
