package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.analysis.EntityType;
import io.kabar.ner.LabelledSentence.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoreTest {
  @Test
  void exactSpanAndTypeHandCounted() {
    NerScore score = new NerScore();
    // sentence 1: gold PER[0,2) LOC[5,6); predicted PER[0,2) (tp), LOC[5,7) (fp: wrong span) -> LOC[5,6) fn
    score.add(List.of(new Name(0, 2, EntityType.PERSON), new Name(5, 6, EntityType.LOCATION)),
        List.of(new Name(0, 2, EntityType.PERSON), new Name(5, 7, EntityType.LOCATION)));
    // sentence 2: gold ORG[1,3); predicted LOC[1,3) (wrong type: fp LOC, fn ORG), PER[4,5) fp
    score.add(List.of(new Name(1, 3, EntityType.ORGANIZATION)),
        List.of(new Name(1, 3, EntityType.LOCATION), new Name(4, 5, EntityType.PERSON)));
    NerScore.Counts micro = score.counts(null);
    assertEquals(new NerScore.Counts(1, 3, 2), micro);
    assertEquals(0.25, micro.precision(), 1e-9);
    assertEquals(1.0 / 3, micro.recall(), 1e-9);
    assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), micro.f1(), 1e-9);
    assertEquals(new NerScore.Counts(1, 1, 0), score.counts(EntityType.PERSON));
    assertEquals(new NerScore.Counts(0, 2, 1), score.counts(EntityType.LOCATION));
    assertEquals(new NerScore.Counts(0, 0, 1), score.counts(EntityType.ORGANIZATION));
    assertEquals(0, score.counts(EntityType.ORGANIZATION).f1());
  }

  @Test
  void nothingPredictedNothingGoldIsZeroNotNaN() {
    NerScore score = new NerScore();
    score.add(List.of(), List.of());
    assertEquals(0, score.counts(null).f1());
  }
}
