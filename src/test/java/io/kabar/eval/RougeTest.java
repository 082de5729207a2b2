package io.kabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
  private static final double EPS = 1e-9;

  @Test
  void tokensAreLowerCasedWordRuns() {
    assertEquals(List.of("putin", "berterima", "kasih", "10", "000", "tentara"),
        Rouge.tokens("Putin berterima-kasih: 10.000 tentara!"));
  }

  @Test
  void rougeOneAndTwoByHand() {
    // candidate: the cat sat on the mat (6 tokens, 5 bigrams)
    // reference: the cat was on the mat (6 tokens, 5 bigrams)
    // unigrams: the x2 (both sides 2) + cat + on + mat = 5 of 6 -> P = R = 5/6
    // bigrams: "the cat", "on the", "the mat" shared; "cat sat","sat on" vs "cat was","was on" -> 3 of 5
    Rouge.Scores s = Rouge.score("The cat sat on the mat.", "the cat was on the mat");
    assertEquals(5.0 / 6, s.rouge1().f1(), EPS);
    assertEquals(3.0 / 5, s.rouge2().f1(), EPS);
    // LCS: the cat on the mat = 5
    assertEquals(5.0 / 6, s.rougeL().f1(), EPS);
  }

  @Test
  void repeatedWordsAreClipped() {
    // candidate "the the the" vs reference "the cat": overlap min(3,1) = 1; P = 1/3, R = 1/2, F = 0.4
    Rouge.Scores s = Rouge.score("the the the", "the cat");
    assertEquals(1.0 / 3, s.rouge1().precision(), EPS);
    assertEquals(0.5, s.rouge1().recall(), EPS);
    assertEquals(0.4, s.rouge1().f1(), EPS);
    assertEquals(0.0, s.rouge2().f1(), EPS);
  }

  @Test
  void lcsRespectsOrderUnlikeUnigrams() {
    // same bag of words, reversed: ROUGE-1 = 1, LCS = 1 of 3
    Rouge.Scores s = Rouge.score("a b c", "c b a");
    assertEquals(1.0, s.rouge1().f1(), EPS);
    assertEquals(1.0 / 3, s.rougeL().f1(), EPS);
    assertEquals(0.0, s.rouge2().f1(), EPS);
  }

  @Test
  void emptyCandidateScoresZero() {
    Rouge.Scores s = Rouge.score("", "some reference");
    assertEquals(0.0, s.rouge1().f1(), EPS);
    assertEquals(0.0, s.rougeL().f1(), EPS);
  }

  @Test
  void meanAveragesF1() {
    Rouge.Mean m = new Rouge.Mean();
    m.add(Rouge.score("a b", "a b"));
    m.add(Rouge.score("c", "d"));
    assertEquals(2, m.count());
    assertEquals(0.5, m.rouge1(), EPS);
  }
}
