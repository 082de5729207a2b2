package io.kabar.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The model contexts of one word-pair feature kind ({@code pw,w=first,second} or {@code w,nw=first,second}), found
 * from the two words without building the feature's string: an open-addressed table keyed by the words' two hash
 * codes, each hit checked against the feature's own string. A key holding more than one comma is entered once per
 * comma (a token may hold one), so {@code get(a, b)} is exactly the model's context of {@code prefix + a + "," + b}.
 * Immutable and thread-safe.
 */
final class PairContexts {
  private final String prefix;
  /** The pair key at each used slot ({@link #key}: never 0); 0 marks a free one. */
  private final long[] keys;
  /** The feature string at each used slot, against which a slot whose key matches is checked. */
  private final String[] features;
  private final Context[] contexts;
  private final int shift;
  private final int size;
  /**
   * One bit per pair key's {@link #filterBit}: a key whose bit is clear is held nowhere. Four in five lookups
   * miss, and the key table (half a megabyte for English) costs a cache miss on each; the filter, eight bits a
   * key, stays in the first-level cache and turns most of them away.
   */
  private final long[] filter;
  private final int filterShift;
  /** The hash codes of every first (second) word: a word whose code is absent is in no pair. */
  private final int[] firstHashes;
  private final int[] secondHashes;

  private PairContexts(String prefix, long[] keys, String[] features, Context[] contexts, int shift, int size,
      int[] firstHashes, int[] secondHashes, long[] filter, int filterShift) {
    this.filter = filter;
    this.filterShift = filterShift;
    this.prefix = prefix;
    this.keys = keys;
    this.features = features;
    this.contexts = contexts;
    this.shift = shift;
    this.size = size;
    this.firstHashes = firstHashes;
    this.secondHashes = secondHashes;
  }

  /** The contexts of every key of {@code pmap} that starts with {@code prefix} (which ends in {@code =}). */
  static PairContexts of(Map<String, Context> pmap, String prefix) {
    List<Map.Entry<String, Context>> features = new ArrayList<>();
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        features.add(e);
      }
    }
    return of(features, prefix);
  }

  /**
   * The contexts of {@code features}, whose keys all start with {@code prefix}: the caller picks them out of the
   * model's map in the one pass it makes anyway (a pass over a large map per prefix was felt in the load time).
   */
  static PairContexts of(List<Map.Entry<String, Context>> pairFeatures, String prefix) {
    int count = 0;
    for (Map.Entry<String, Context> e : pairFeatures) {
      count += commas(e.getKey(), prefix.length());
    }
    int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1; // load factor at most 1/2
    int shift = 64 - Integer.numberOfTrailingZeros(capacity);
    long[] keys = new long[capacity];
    String[] features = new String[capacity];
    Context[] contexts = new Context[capacity];
    int[] firstHashes = new int[capacity];
    int[] secondHashes = new int[capacity];
    int filterBits = Integer.highestOneBit(Math.max(64, count * 8 - 1)) << 1;
    int filterShift = 64 - Integer.numberOfTrailingZeros(filterBits);
    long[] filter = new long[filterBits / 64];
    int from = prefix.length();
    for (Map.Entry<String, Context> e : pairFeatures) {
      String key = e.getKey();
      for (int c = key.indexOf(',', from); c >= 0; c = key.indexOf(',', c + 1)) {
        int firstHash = hash(key, from, c);
        int secondHash = hash(key, c + 1, key.length());
        addHash(firstHashes, firstHash);
        addHash(secondHashes, secondHash);
        long k = key(firstHash, secondHash);
        int bit = filterBit(k, filterShift);
        filter[bit >>> 6] |= 1L << bit;
        int slot = slot(k, shift);
        while (keys[slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        keys[slot] = k;
        features[slot] = key;
        contexts[slot] = e.getValue();
      }
    }
    return new PairContexts(prefix, keys, features, contexts, shift, count, firstHashes, secondHashes, filter,
        filterShift);
  }

  /**
   * Whether {@code word} may be the first word of a pair held here: false only when it is in none. A
   * prefilter for {@link #get}, decided once per word, instead of a set of the words' strings.
   */
  boolean mayBeFirst(String word) {
    return hasHash(firstHashes, word.hashCode());
  }

  /** Whether {@code word} may be the second word of a pair held here: false only when it is in none. */
  boolean mayBeSecond(String word) {
    return hasHash(secondHashes, word.hashCode());
  }

  /** Hash codes in an open-addressed table where 0 marks a free slot and stands for the code 0 too. */
  private static int stored(int hash) {
    return hash == 0 ? 1 : hash; // the code 0 shares a slot value with 1: at worst a needless lookup
  }

  private static void addHash(int[] table, int hash) {
    int v = stored(hash);
    int mask = table.length - 1;
    for (int slot = mix(v) & mask; ; slot = (slot + 1) & mask) {
      if (table[slot] == v) {
        return;
      }
      if (table[slot] == 0) {
        table[slot] = v;
        return;
      }
    }
  }

  private static boolean hasHash(int[] table, int hash) {
    int v = stored(hash);
    int mask = table.length - 1;
    for (int slot = mix(v) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
      if (table[slot] == v) {
        return true;
      }
    }
    return false;
  }

  private static int mix(int v) {
    return (v * 0x9E37_79B9) >>> 7 ^ v;
  }

  /** The model's context of the feature {@code prefix + first + "," + second}, or null when it has none. */
  Context get(String first, String second) {
    long k = key(first.hashCode(), second.hashCode());
    int bit = filterBit(k, filterShift);
    if ((filter[bit >>> 6] & 1L << bit) == 0) {
      return null;
    }
    int mask = keys.length - 1;
    int p = prefix.length();
    int length = p + first.length() + 1 + second.length();
    // a miss (most lookups) reads the key array alone
    for (int slot = slot(k, shift); keys[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == k) {
        String f = features[slot];
        if (f.length() == length && f.charAt(p + first.length()) == ',' && f.startsWith(first, p)
            && f.startsWith(second, p + first.length() + 1)) {
          return contexts[slot];
        }
      }
    }
    return null;
  }

  /** The number of (first, second) splits held. */
  int size() {
    return size;
  }

  private static int commas(String key, int from) {
    int n = 0;
    for (int c = key.indexOf(',', from); c >= 0; c = key.indexOf(',', c + 1)) {
      n++;
    }
    return n;
  }

  /** {@code s.substring(from, to).hashCode()}, without the substring. */
  static int hash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }

  /**
   * The two hash codes as one long, except that the pair (0, 0) takes the key of (0, 1), so that 0 marks a free
   * slot: keys only narrow the search, the feature string decides.
   */
  private static long key(int firstHash, int secondHash) {
    long k = (long) firstHash << 32 | (secondHash & 0xFFFF_FFFFL);
    return k == 0 ? 1 : k;
  }

  /** The key's bit in {@link #filter}: another multiplier than {@link #slot}'s, so that the two spread apart. */
  private static int filterBit(long key, int shift) {
    return (int) ((key * 0xC2B2_AE3D_27D4_EB4FL) >>> shift);
  }

  private static int slot(long key, int shift) {
    return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
  }
}
