package io.kabar.nlp;

/**
 * One sentence of a text.
 *
 * @param text  the sentence, trailing whitespace removed: {@code text.equals(source.substring(start, end))}
 * @param start offset of its first character in the source text, inclusive
 * @param end   offset after its last non-whitespace character, exclusive
 */
public record Sentence(String text, int start, int end) {}
