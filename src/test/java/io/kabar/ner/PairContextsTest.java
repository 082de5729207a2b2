package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** {@link PairContexts#get} is the model's context of the pair's feature string, commas in words included. */
class PairContextsTest {
  private static final String[] PIECES = {"a", "b", ",", "of", "the", "1,000", "Aa", "BB", "", "é"};

  private static String word(Random random) {
    StringBuilder b = new StringBuilder();
    for (int n = random.nextInt(3); n >= 0; n--) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void getIsTheMapsContextOfThePairsFeature() {
    Random random = new Random(8);
    for (int round = 0; round < 50; round++) {
      Map<String, Context> pmap = new LinkedHashMap<>();
      for (int i = 0; i < 40; i++) {
        String prefix = random.nextInt(4) == 0 ? "w,nw=" : "pw,w=";
        pmap.put(prefix + word(random) + "," + word(random), new Context(new int[] {i}, new double[] {i}));
        pmap.put("w=" + word(random), new Context(new int[0], new double[0])); // other features are left out
      }
      PairContexts pairs = PairContexts.of(pmap, "pw,w=");
      int hits = 0;
      for (int probe = 0; probe < 2_000; probe++) {
        String a = word(random);
        String b = word(random);
        Context expected = pmap.get("pw,w=" + a + "," + b);
        assertSame(expected, pairs.get(a, b), a + " | " + b);
        hits += expected == null ? 0 : 1;
      }
      assertTrue(hits > 0, "some probes are pairs of the map");
    }
  }

  @Test
  void aKeyWithTwoCommasIsFoundByEitherSplit() {
    Context c = new Context(new int[] {1}, new double[] {1});
    PairContexts pairs = PairContexts.of(Map.of("pw,w=1,000,people", c), "pw,w=");
    assertSame(c, pairs.get("1,000", "people"));
    assertSame(c, pairs.get("1", "000,people"));
    assertEquals(null, pairs.get("1", "000"));
    assertEquals(2, pairs.size());
  }

  @Test
  void wordsWhoseHashCodesAreZeroOrEqualAreTold() {
    // "" hashes to 0 and "\0" too; "Aa" and "BB" share a hash code
    Context empty = new Context(new int[] {1}, new double[] {1});
    Context nul = new Context(new int[] {2}, new double[] {2});
    Context one = new Context(new int[] {3}, new double[] {3});
    Context aa = new Context(new int[] {4}, new double[] {4});
    Map<String, Context> pmap = new LinkedHashMap<>();
    pmap.put("pw,w=,", empty);
    pmap.put("pw,w=\0,\0", nul);
    pmap.put("pw,w=,\u0001", one);
    pmap.put("pw,w=Aa,BB", aa);
    PairContexts pairs = PairContexts.of(pmap, "pw,w=");
    assertSame(empty, pairs.get("", ""));
    assertSame(nul, pairs.get("\0", "\0"));
    assertSame(one, pairs.get("", "\u0001"));
    assertSame(aa, pairs.get("Aa", "BB"));
    assertEquals(null, pairs.get("BB", "Aa"));
    assertEquals(null, pairs.get("", "\0"));
  }

  @Test
  void theWordPrefilterNeverRulesOutAWordOfAPair() {
    Random random = new Random(9);
    for (int round = 0; round < 50; round++) {
      Map<String, Context> pmap = new LinkedHashMap<>();
      for (int i = 0; i < 60; i++) {
        pmap.put("pw,w=" + word(random) + "," + word(random), new Context(new int[] {i}, new double[] {i}));
      }
      PairContexts pairs = PairContexts.of(pmap, "pw,w=");
      int ruledOut = 0;
      for (int probe = 0; probe < 2_000; probe++) {
        String a = word(random);
        String b = word(random);
        if (pmap.containsKey("pw,w=" + a + "," + b)) {
          assertTrue(pairs.mayBeFirst(a) && pairs.mayBeSecond(b), a + " | " + b);
        }
        ruledOut += pairs.mayBeFirst(a) ? 0 : 1;
      }
      assertTrue(ruledOut > 0, "the prefilter rules some words out");
    }
    // hash code 0 ("" and "\0") and 1 ("\u0001") share a stored value: both pass, neither is lost
    PairContexts zero = PairContexts.of(Map.of("pw,w=,x", new Context(new int[0], new double[0])), "pw,w=");
    assertTrue(zero.mayBeFirst(""));
    assertTrue(zero.mayBeFirst("\0"));
    assertTrue(zero.mayBeSecond("x"));
    assertEquals(false, zero.mayBeFirst("x"));
    assertEquals(false, zero.mayBeSecond(""));
  }

  @Test
  void hashOfARangeIsTheSubstringsHash() {
    assertEquals("Jong".hashCode(), PairContexts.hash("Kim Jong Un", 4, 8));
    assertEquals("".hashCode(), PairContexts.hash("x", 1, 1));
  }
}
