package io.kabar.analysis;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One piece of start-up work on a thread of its own (a daemon: it never keeps the JVM alive), for the
 * few places where two independent, expensive initialisations can overlap on a multi-core machine
 * (the pipeline's name models; the parse functions' pipeline and SDK clients). {@link #join} waits for
 * the result and rethrows the work's own exception, so a failure reads as if it had happened on the
 * caller's thread. Measured in docs/BENCHMARKS.md (issue 8).
 */
public final class Background<T> {
  private final FutureTask<T> task;

  private Background(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts {@code work} on a new daemon thread called {@code name}. */
  public static <T> Background<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return new Background<>(task);
  }

  /**
   * The work's result, waiting for it. An interrupt while waiting does not abandon the wait (the
   * caller needs the result to finish initialising); the interrupt flag is set again before returning.
   *
   * @throws RuntimeException or {@link Error}: the one the work threw; a checked exception is wrapped in
   *     an {@link IllegalStateException}
   */
  public T join() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("initialisation failed: " + cause, cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
