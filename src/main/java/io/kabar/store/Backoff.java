package io.kabar.store;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: attempt {@code n} sleeps a random time in
 * {@code [0, min(cap, base * 2^n))}.
 *
 * @param base        the first ceiling
 * @param cap         the largest ceiling
 * @param maxAttempts how many tries in all before giving up
 */
public record Backoff(Duration base, Duration cap, int maxAttempts) {
  /** 50 ms doubling to 2 s, 8 tries: at most about 6 s of sleeping in all. */
  public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(50), Duration.ofSeconds(2), 8);

  /** Sleeps before retry number {@code attempt} (0-based). */
  public void pause(int attempt) {
    long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt, 20));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while backing off", e);
    }
  }
}
