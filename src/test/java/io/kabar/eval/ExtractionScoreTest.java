package io.kabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Averaging page scores into a dataset score. */
class ExtractionScoreTest {
  static final double EPS = 1e-12;

  @Test
  void noPagesScoreZero() {
    ExtractionScore score = new ExtractionScore();
    assertEquals(0, score.precision());
    assertEquals(0, score.recall());
    assertEquals(0, score.f1());
  }

  @Test
  void emptyOutputIsLeftOutOfPrecisionButCountsInRecall() {
    ExtractionScore score = new ExtractionScore();
    score.add(ShingleScorer.score("one two three four five", "one two three four five")); // P 1, R 1
    score.add(ShingleScorer.score("one two three four five", "")); // P undefined, R 0
    assertEquals(1, score.precision(), EPS);
    assertEquals(0.5, score.recall(), EPS);
    assertEquals(2.0 / 3, score.f1(), EPS); // 2·1·0.5 / 1.5
    assertEquals(2, score.scoredPages());
    assertEquals(1, score.emptyOutputPages());
  }

  @Test
  void pagesWeighTheSameWhateverTheirLengthAndF1ComesFromTheAverages() {
    ExtractionScore score = new ExtractionScore();
    score.add(ShingleScorer.score("one two three four five six", "one two three four five")); // P 1, R 2/3
    score.add(ShingleScorer.score("a b c d e", "a b c d x")); // P 1/2, R 1/2
    score.add(ShingleScorer.score("a b c d", "a b c d. a b c d")); // P 1/5, R 1
    assertEquals((1 + 0.5 + 0.2) / 3, score.precision(), EPS);
    assertEquals((2.0 / 3 + 0.5 + 1) / 3, score.recall(), EPS);
    double p = 1.7 / 3;
    double r = (2.0 / 3 + 1.5) / 3;
    assertEquals(2 * p * r / (p + r), score.f1(), EPS);
  }

  @Test
  void pagesWithoutGoldTextAreLeftOutOfBoth() {
    ExtractionScore score = new ExtractionScore();
    score.add(ShingleScorer.score("a b c d e", "a b c d x")); // P 1/2, R 1/2
    score.add(ShingleScorer.score("", "anything the extractor found"));
    assertEquals(0.5, score.precision(), EPS);
    assertEquals(0.5, score.recall(), EPS);
    assertEquals(1, score.scoredPages());
    assertEquals(1, score.unscoredPages());
  }
}
