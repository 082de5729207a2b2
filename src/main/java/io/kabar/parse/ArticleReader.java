package io.kabar.parse;

import io.kabar.analysis.ArticleException;

/**
 * Reads decoded text of one format into a {@link Document}. Implementations are stateless.
 * Binary formats ({@link PdfReader}, {@link DocxReader}) read bytes instead and are not
 * ArticleReaders; {@link ArticleParser} dispatches on the {@link Format}.
 */
public interface ArticleReader {

  /**
   * Reads {@code text}.
   *
   * @return the document; its paragraphs may be empty when the input has no body text
   * @throws ArticleException when the text is not a well-formed input of this format (e.g.
   *     MALFORMED JSON); readers of forgiving formats never throw
   */
  Document read(String text) throws ArticleException;
}
