package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link LongSet} answers as a {@link HashSet} of the same values does. */
class LongSetTest {
  @Test
  void membershipAsAHashSetGivesIt() {
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(300);
      Set<Long> expected = new HashSet<>();
      LongSet.Builder b = new LongSet.Builder();
      for (int i = 0; i < n; i++) {
        // small values collide often, zero (the empty slot's mark) included; the pairs' shifted hash codes too
        long v = random.nextBoolean() ? random.nextInt(50) : FastNameTagger.pairKey(random.nextInt(), random.nextInt());
        expected.add(v);
        b.add(v);
      }
      LongSet set = b.build();
      assertEquals(expected.size(), set.size());
      for (int probe = -60; probe < 60; probe++) {
        assertEquals(expected.contains((long) probe), set.contains(probe), "value " + probe);
      }
      for (long v : expected) {
        assertEquals(true, set.contains(v));
      }
    }
  }

  @Test
  void pairKeysOfDifferentPairsDiffer() {
    assertEquals(false, FastNameTagger.pairKey("of".hashCode(), "the".hashCode())
        == FastNameTagger.pairKey("the".hashCode(), "of".hashCode()));
    assertEquals(FastNameTagger.pairKey(-1, 7), (-1L << 32) | 7);
  }
}
