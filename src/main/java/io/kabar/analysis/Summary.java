package io.kabar.analysis;

import java.util.List;

/**
 * The summary of an article, in the article's language.
 *
 * @param headline  at most 15 words
 * @param sentences whole sentences from the article, in original order
 * @param keyPoints short bullets, {@code Speaker: claim} where the claim has a speaker
 */
public record Summary(String headline, List<String> sentences, List<String> keyPoints) {
  public Summary {
    sentences = List.copyOf(sentences);
    keyPoints = List.copyOf(keyPoints);
  }
}
