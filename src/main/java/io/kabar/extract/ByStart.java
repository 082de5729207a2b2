package io.kabar.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over items sorted by their start offset (mentions, located entities). */
final class ByStart {
  private ByStart() {}

  /** The index of the first of {@code sorted} (ascending by {@code start}) that starts at or after {@code offset}. */
  static <T> int firstAtOrAfter(List<T> sorted, ToIntFunction<? super T> start, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(sorted.get(mid)) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
