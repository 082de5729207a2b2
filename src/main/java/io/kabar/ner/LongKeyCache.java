package io.kabar.ner;

/**
 * A bounded, thread-safe, insert-only map from {@code long} keys to values, for the tagger's hot look-ups: a
 * {@code ConcurrentHashMap<Long, V>} boxes every key it is asked for (four boxes per token in the tagger's pair
 * features). Open addressing with linear probing over a fixed power-of-two table of immutable entries. Writers
 * take a lock (a put happens once per key, a few thousand times in a process); readers take none: a slot is
 * written once, with an entry whose fields are final, so a reader that sees the entry sees its key and value
 * (the final-field guarantee of the memory model), and one that does not yet see it finds null and the caller
 * computes the value itself (a put then keeps the first value). An {@code AtomicReferenceArray} here showed in a
 * profile as slower than the boxing it replaced (its reads went through an uninlined method handle). The values must be
 * safely published by other means before they are put (the tagger's are the model's, loaded before it is shared).
 * Once {@code maxEntries} are in, {@link #put} keeps nothing more, so memory stays bounded for a process's life.
 */
final class LongKeyCache<V> {
  private record Entry<V>(long key, V value) {}

  private final Entry<V>[] table;
  private final int mask;
  /** 64 minus the table's bits: {@link #slot} keeps the product's top bits, the best-mixed ones. */
  private final int shift;
  private final int maxEntries;
  private int size; // guarded by this

  /** A cache of at most {@code maxEntries} (≥ 1) entries, in a table at least twice that size. */
  LongKeyCache(int maxEntries) {
    if (maxEntries < 1 || maxEntries > 1 << 28) {
      throw new IllegalArgumentException("maxEntries must be 1 to 2^28: " + maxEntries);
    }
    int slots = Integer.highestOneBit(maxEntries) << 2; // load factor ≤ 1/2
    @SuppressWarnings("unchecked")
    Entry<V>[] slotsArray = (Entry<V>[]) new Entry<?>[slots];
    this.table = slotsArray;
    this.mask = slots - 1;
    this.shift = 64 - Integer.numberOfTrailingZeros(slots);
    this.maxEntries = maxEntries;
  }

  /** The value stored for {@code key}, or null. */
  V get(long key) {
    for (int i = slot(key); ; i = (i + 1) & mask) {
      Entry<V> e = table[i];
      if (e == null) {
        return null;
      }
      if (e.key == key) {
        return e.value;
      }
    }
  }

  /**
   * Stores {@code value} for {@code key} unless the key is already there (the first value stays, as with
   * {@code putIfAbsent}) or the cache is full; returns the value now stored for the key, or {@code value}
   * when nothing was stored.
   */
  synchronized V put(long key, V value) {
    if (value == null) {
      throw new NullPointerException("value");
    }
    for (int i = slot(key); ; i = (i + 1) & mask) {
      Entry<V> e = table[i];
      if (e == null) {
        if (size < maxEntries) {
          table[i] = new Entry<>(key, value);
          size++;
        }
        return value;
      }
      if (e.key == key) {
        return e.value;
      }
    }
  }

  /** How many entries are stored. */
  synchronized int size() {
    return size;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift); // Fibonacci hashing: the top bits mix every bit of the key
  }
}
