package io.kabar.local;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a run of many files on standard error: counts (done, failed, total) and an ETA.
 * On a terminal one line redrawn in place with a carriage return ({@link Mode#BAR}); otherwise a
 * plain line each time another tenth of the files finished ({@link Mode#LINES}), so that logs and
 * CI output stay readable. Runs of {@link #MIN_FILES} files or fewer show nothing.
 */
final class Progress {
  /** Runs of this many files or fewer get no progress output. */
  static final int MIN_FILES = 5;
  private static final int BAR_WIDTH = 24;

  /** How progress is shown. */
  enum Mode { BAR, LINES, NONE }

  private final Mode mode;
  private final int total;
  private final PrintWriter err;
  private final int every;
  private int lastReported = -1;
  private String lastLine = "";

  Progress(Mode mode, int total, PrintWriter err) {
    this.mode = mode;
    this.total = total;
    this.err = err;
    this.every = Math.max(1, (total + 9) / 10);
  }

  /** The mode for a run of {@code total} files: none for few files or when turned off, a bar on a terminal. */
  static Mode mode(int total, boolean terminal, boolean enabled) {
    if (!enabled || total <= MIN_FILES) {
      return Mode.NONE;
    }
    return terminal ? Mode.BAR : Mode.LINES;
  }

  Mode mode() {
    return mode;
  }

  /** {@code done} files reached SUMMARIZED and {@code failed} FAILED, {@code elapsed} after the run started. */
  void update(int done, int failed, Duration elapsed) {
    int finished = done + failed;
    switch (mode) {
      case BAR -> {
        String line = line(done, failed, elapsed);
        if (!line.equals(lastLine)) {
          err.print("\r" + line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
          err.flush();
          lastLine = line;
        }
      }
      case LINES -> {
        if (finished / every > Math.max(0, lastReported) / every) {
          err.println("kabar: " + line(done, failed, elapsed));
          err.flush();
          lastReported = finished;
        }
      }
      default -> { }
    }
  }

  /** The last state; ends the bar's line. */
  void finish(int done, int failed, Duration elapsed) {
    if (mode == Mode.BAR) {
      update(done, failed, elapsed);
      err.println();
      err.flush();
    } else if (mode == Mode.LINES && done + failed != lastReported) {
      err.println("kabar: " + line(done, failed, elapsed));
      err.flush();
      lastReported = done + failed;
    }
  }

  /** {@code [######------]  7/12 done 6, failed 1  ETA 4s}. */
  String line(int done, int failed, Duration elapsed) {
    int finished = done + failed;
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * finished / total);
    return String.format(Locale.ROOT, "[%s%s] %d/%d  done %d, failed %d  %s", "#".repeat(filled),
        "-".repeat(BAR_WIDTH - filled), finished, total, done, failed,
        finished >= total ? "in " + format(elapsed) : "ETA " + eta(finished, total, elapsed));
  }

  /** Time left if the files still open take as long each as the finished ones did; "?" before the first one. */
  static String eta(int finished, int total, Duration elapsed) {
    if (finished <= 0) {
      return "?";
    }
    return format(elapsed.multipliedBy(total - finished).dividedBy(finished));
  }

  static String format(Duration d) {
    long s = Math.max(0, (d.toMillis() + 500) / 1000);
    return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
        : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
