package io.kabar.extract;

import io.kabar.nlp.Sentence;
import java.util.List;

/**
 * Finds the names (PERSON, ORGANIZATION, LOCATION, EVENT) of one sentence. Implementations: the
 * trained OpenNLP models ({@code io.kabar.ner}) and the capitalisation baseline. Thread-safe.
 */
public interface NameFinder {

  /**
   * The names in {@code sentence}, in text order, not overlapping.
   *
   * @param text     the whole article text; {@code sentence} offsets point into it
   * @param sentence one sentence of {@code text}
   * @param lang     ISO 639-1 code of the article, or {@code und}
   * @return spans with offsets into {@code text}; empty when none
   */
  List<NameSpan> find(String text, Sentence sentence, String lang);
}
