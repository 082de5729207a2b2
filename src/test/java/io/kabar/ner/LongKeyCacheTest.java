package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link LongKeyCache}: a bounded putIfAbsent map on primitive keys, safe to share between threads. */
class LongKeyCacheTest {

  @Test
  void getsWhatWasPutAndKeepsTheFirstValue() {
    LongKeyCache<String> cache = new LongKeyCache<>(100);
    assertNull(cache.get(7));
    assertEquals("a", cache.put(7, "a"));
    assertEquals("a", cache.put(7, "b"), "the first value stays");
    assertEquals("a", cache.get(7));
    // keys that differ only in the high or the sign bits are different keys
    cache.put(7L | 1L << 56, "c");
    cache.put(-7L, "d");
    assertEquals("a", cache.get(7));
    assertEquals("c", cache.get(7L | 1L << 56));
    assertEquals("d", cache.get(-7L));
    assertEquals(3, cache.size());
  }

  @Test
  void agreesWithAHashMapOnManyCollidingKeys() {
    LongKeyCache<Long> cache = new LongKeyCache<>(5_000);
    Map<Long, Long> reference = new HashMap<>();
    Random random = new Random(4);
    for (int i = 0; i < 5_000; i++) {
      // the tagger's key layout: a kind in the top byte, two small ids below
      long key = (long) random.nextInt(4) << 56 | (long) random.nextInt(300) << 28 | random.nextInt(300);
      long value = random.nextLong();
      assertEquals(reference.computeIfAbsent(key, k -> value), cache.put(key, value));
    }
    for (Map.Entry<Long, Long> e : reference.entrySet()) {
      assertEquals(e.getValue(), cache.get(e.getKey()));
    }
    assertEquals(reference.size(), cache.size());
  }

  @Test
  void storesNothingOnceFull() {
    LongKeyCache<String> cache = new LongKeyCache<>(4);
    for (long k = 0; k < 4; k++) {
      cache.put(k, "v" + k);
    }
    assertEquals("new", cache.put(99, "new"), "the caller's value comes back");
    assertNull(cache.get(99), "but is not kept");
    assertEquals(4, cache.size());
    assertEquals("v3", cache.get(3));
  }

  @Test
  void rejectsNullValuesAndSillySizes() {
    assertThrows(NullPointerException.class, () -> new LongKeyCache<String>(2).put(1, null));
    assertThrows(IllegalArgumentException.class, () -> new LongKeyCache<String>(0));
  }

  @Test
  void threadsRacingOnTheSameKeysAllSeeOneValuePerKey() throws Exception {
    LongKeyCache<Object> cache = new LongKeyCache<>(10_000);
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Object[]>> tasks = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(() -> {
          Object[] seen = new Object[2_000];
          for (int k = 0; k < seen.length; k++) {
            seen[k] = cache.put(k * 31L, new Object()); // each thread offers its own value
          }
          return seen;
        });
      }
      List<Future<Object[]>> results = pool.invokeAll(tasks);
      Object[] first = results.get(0).get();
      for (Future<Object[]> f : results) {
        Object[] seen = f.get();
        for (int k = 0; k < seen.length; k++) {
          assertSame(first[k], seen[k], "every thread got the value that stayed, key " + k);
          assertSame(first[k], cache.get(k * 31L));
        }
      }
      assertEquals(2_000, cache.size());
    } finally {
      pool.shutdownNow();
    }
  }
}
