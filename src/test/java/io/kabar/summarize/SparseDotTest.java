package io.kabar.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The sparse dot product gives the id-order sum whichever way it walks (merge or binary search). */
class SparseDotTest {
  private static RankedSummarizer.Sparse random(Random r, int size, int range, TreeMap<Integer, Double> into) {
    while (into.size() < size) {
      into.put(r.nextInt(range), r.nextDouble());
    }
    return new RankedSummarizer.Sparse(into.keySet().stream().mapToInt(Integer::intValue).toArray(),
        into.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Test
  void shortAgainstLongAndEvenVectorsGiveTheIdOrderSum() {
    Random r = new Random(9);
    for (int round = 0; round < 2_000; round++) {
      TreeMap<Integer, Double> x = new TreeMap<>();
      TreeMap<Integer, Double> y = new TreeMap<>();
      int range = 1 + r.nextInt(5_000);
      RankedSummarizer.Sparse a = random(r, Math.min(range, r.nextInt(30)), range, x);
      RankedSummarizer.Sparse b = random(r, Math.min(range, r.nextBoolean() ? r.nextInt(30) : r.nextInt(3_000)), range, y);
      double expected = 0;
      for (var e : x.entrySet()) {
        Double w = y.get(e.getKey());
        if (w != null) {
          expected += e.getValue() * w;
        }
      }
      assertEquals(expected, RankedSummarizer.dot(a, b), 0.0);
      assertEquals(expected, RankedSummarizer.dot(b, a), 0.0);
    }
  }
}
