package io.kabar.nlp;

/**
 * One word of a text.
 *
 * @param text  the word: {@code text.equals(source.substring(start, end))}
 * @param start offset into the source text, inclusive
 * @param end   offset into the source text, exclusive
 */
public record Token(String text, int start, int end) {

  /** True when the first character is an upper-case (or title-case) letter. */
  public boolean isCapitalized() {
    char c = text.charAt(0);
    if (c < 0x80) { // ASCII without the code point and two property look-ups (C1 inlines none of them)
      return c >= 'A' && c <= 'Z';
    }
    int first = text.codePointAt(0);
    return Character.isUpperCase(first) || Character.isTitleCase(first);
  }
}
