package io.kabar.ner;

import java.util.Arrays;

/**
 * An immutable set of longs in one open-addressed array (linear probing): a membership test is a multiply, a
 * shift and usually one array read, with no boxing. Built once from a {@link Builder}.
 */
final class LongSet {
  /** Marks an empty slot; the value itself, when present, is remembered apart. */
  private static final long EMPTY = 0L;
  private final long[] table;
  private final int shift;
  private final boolean hasEmpty;
  private final int size;

  private LongSet(long[] values, int count) {
    int capacity = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1; // load factor at most 1/2
    this.table = new long[capacity];
    this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
    boolean empty = false;
    int n = 0;
    for (int i = 0; i < count; i++) {
      long v = values[i];
      if (v == EMPTY) {
        n += empty ? 0 : 1;
        empty = true;
        continue;
      }
      int slot = slot(v);
      while (table[slot] != EMPTY && table[slot] != v) {
        slot = (slot + 1) & (capacity - 1);
      }
      if (table[slot] == EMPTY) {
        table[slot] = v;
        n++;
      }
    }
    this.hasEmpty = empty;
    this.size = n;
  }

  private int slot(long v) {
    return (int) ((v * 0x9E37_79B9_7F4A_7C15L) >>> shift);
  }

  boolean contains(long v) {
    if (v == EMPTY) {
      return hasEmpty;
    }
    int mask = table.length - 1;
    for (int slot = slot(v); ; slot = (slot + 1) & mask) {
      long t = table[slot];
      if (t == v) {
        return true;
      }
      if (t == EMPTY) {
        return false;
      }
    }
  }

  /** The number of distinct values. */
  int size() {
    return size;
  }

  /** Collects values, duplicates allowed, then {@link #build}s the set. */
  static final class Builder {
    private long[] values = new long[64];
    private int count;

    void add(long v) {
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count++] = v;
    }

    LongSet build() {
      return new LongSet(values, count);
    }
  }
}
