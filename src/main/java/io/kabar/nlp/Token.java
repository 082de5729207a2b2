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
    int first = text.codePointAt(0);
    return Character.isUpperCase(first) || Character.isTitleCase(first);
  }
}
