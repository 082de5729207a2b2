package io.kabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shingle convention on texts small enough to count by hand. */
class ShingleScorerTest {
  static final double EPS = 1e-12;

  static void assertScore(ShingleScorer.PageScore s, double tp, double fp, double fn) {
    assertEquals(tp, s.tp(), EPS, "tp");
    assertEquals(fp, s.fp(), EPS, "fp");
    assertEquals(fn, s.fn(), EPS, "fn");
  }

  @Test
  void tokensAreUnicodeWordRunsAndKeepTheirCase() {
    assertEquals(List.of("Café", "crème", "l", "été", "2024_x", "Jakarta"),
        ShingleScorer.tokens("Café-crème, l'été 2024_x — «Jakarta»!"));
    assertEquals(List.of(), ShingleScorer.tokens(null));
    assertEquals(List.of(), ShingleScorer.tokens(" ,.; "));
  }

  @Test
  void shinglesAreAMultisetAndAShortTextIsOneShingle() {
    assertEquals(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1),
        ShingleScorer.shingles(List.of("a", "b", "c", "d", "a", "b", "c", "d"), 4));
    assertEquals(Map.of("a b", 1), ShingleScorer.shingles(List.of("a", "b"), 4));
    assertEquals(Map.of(), ShingleScorer.shingles(List.of(), 4));
  }

  @Test
  void identicalTextsScoreOneWhateverThePunctuationAndSpacing() {
    ShingleScorer.PageScore s = ShingleScorer.score("The cat sat on the mat.", "The  cat sat\n\non the mat");
    assertScore(s, 1, 0, 0); // 3 shingles, all shared
    assertEquals(1, s.precision().getAsDouble(), EPS);
    assertEquals(1, s.recall().getAsDouble(), EPS);
    assertEquals(1, s.f1(), EPS);
  }

  @Test
  void disjointTextsScoreZero() {
    ShingleScorer.PageScore s = ShingleScorer.score("one two three four", "five six seven eight");
    assertScore(s, 0, 0.5, 0.5); // one shingle each, none shared
    assertEquals(0, s.precision().getAsDouble(), EPS);
    assertEquals(0, s.recall().getAsDouble(), EPS);
    assertEquals(0, s.f1(), EPS);
  }

  @Test
  void comparisonIsCaseSensitive() {
    ShingleScorer.PageScore s = ShingleScorer.score("The cat sat down", "the cat sat down");
    assertEquals(0, s.f1(), EPS);
  }

  @Test
  void missingTextLowersRecallOnly() {
    // gold shingles: 1234 2345 3456; ours: 1234 2345 → TP 2, FP 0, FN 1, normalised by 3
    ShingleScorer.PageScore s = ShingleScorer.score("one two three four five six", "one two three four five");
    assertScore(s, 2.0 / 3, 0, 1.0 / 3);
    assertEquals(1, s.precision().getAsDouble(), EPS);
    assertEquals(2.0 / 3, s.recall().getAsDouble(), EPS);
    assertEquals(0.8, s.f1(), EPS);
  }

  @Test
  void aChangedWordCostsEveryShingleThatHoldsIt() {
    // gold: "a b c d", "b c d e"; ours: "a b c d", "b c d x" → TP 1, FP 1, FN 1
    ShingleScorer.PageScore s = ShingleScorer.score("a b c d e", "a b c d x");
    assertScore(s, 1.0 / 3, 1.0 / 3, 1.0 / 3);
    assertEquals(0.5, s.precision().getAsDouble(), EPS);
    assertEquals(0.5, s.recall().getAsDouble(), EPS);
  }

  @Test
  void aRepeatedParagraphCountsAsFalsePositives() {
    // ours: abcd ×2, bcda, cdab, dabc against gold abcd ×1 → TP 1, FP 4, FN 0
    ShingleScorer.PageScore s = ShingleScorer.score("a b c d", "a b c d. a b c d");
    assertScore(s, 0.2, 0.8, 0);
    assertEquals(0.2, s.precision().getAsDouble(), EPS);
    assertEquals(1, s.recall().getAsDouble(), EPS);
  }

  @Test
  void emptyOutputHasNoPrecisionAndZeroRecall() {
    ShingleScorer.PageScore s = ShingleScorer.score("one two three four five", "  ");
    assertScore(s, 0, 0, 1);
    assertTrue(s.precision().isEmpty());
    assertEquals(0, s.recall().getAsDouble(), EPS);
    assertEquals(0, s.f1(), EPS);
  }

  @Test
  void emptyGoldCannotBeScored() {
    ShingleScorer.PageScore s = ShingleScorer.score("", "some output words here");
    assertTrue(s.recall().isEmpty());
    assertEquals(0, s.precision().getAsDouble(), EPS);
    ShingleScorer.PageScore both = ShingleScorer.score(null, null);
    assertScore(both, 0, 0, 0);
    assertTrue(both.precision().isEmpty());
    assertTrue(both.recall().isEmpty());
  }

  @Test
  void aGoldTextShorterThanFourTokensIsScoredOnShorterShingles() {
    // gold has 2 tokens → bigrams: gold {Hello world}; ours {Hello world, world again} → TP 1, FP 1, FN 0
    ShingleScorer.PageScore s = ShingleScorer.score("Hello, world!", "Hello world again");
    assertScore(s, 0.5, 0.5, 0);
    assertEquals(0.5, s.precision().getAsDouble(), EPS);
    assertEquals(1, s.recall().getAsDouble(), EPS);
    // one gold token → unigrams
    ShingleScorer.PageScore one = ShingleScorer.score("Breaking", "Breaking news today");
    assertScore(one, 1.0 / 3, 2.0 / 3, 0);
    // an output shorter than the shingle length is one shingle of all its tokens
    ShingleScorer.PageScore shortOut = ShingleScorer.score("a b c", "a b");
    assertScore(shortOut, 0, 0.5, 0.5);
    assertFalse(shortOut.precision().isEmpty());
  }
}
