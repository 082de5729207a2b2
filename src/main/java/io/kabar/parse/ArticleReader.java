package io.kabar.parse;

/** Reads decoded text of one format into a {@link Document}. Implementations are stateless. */
public interface ArticleReader {

  /**
   * Reads {@code text}.
   *
   * @return the document; its paragraphs may be empty when the input has no body text
   */
  Document read(String text);
}
