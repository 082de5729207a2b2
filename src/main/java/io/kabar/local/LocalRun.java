package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.AnalysisJson;
import io.kabar.store.ArticleRecords;
import io.kabar.store.Keys;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Uploads files into a running {@link LocalStack}, waits until each reached a terminal state
 * (reporting progress as it goes), and reports where each ended: each article's records for
 * people ({@link #printRecords}), a summary table ({@link #printTable}) or one JSON document
 * ({@link #json}). Shared by {@code demo} and {@code process}.
 */
final class LocalRun {
  /** One file to upload: its object key and bytes. */
  record Upload(String key, byte[] bytes) {}

  /**
   * Where one upload ended.
   *
   * @param status   SUMMARIZED, FAILED, PARSED (not summarised in time), DEAD_LETTER, or MISSING
   * @param language META's language, or null
   * @param entities META's entity count (0 without META)
   * @param claims   META's claim count (0 without META)
   */
  record Result(String key, String articleId, String status, String errorCode, String language, int entities,
      int claims) {
    boolean summarized() {
      return "SUMMARIZED".equals(status);
    }

    /** True when the article reached a state it will not leave: SUMMARIZED or FAILED. */
    boolean terminal() {
      return "SUMMARIZED".equals(status) || "FAILED".equals(status);
    }
  }

  /** What a run did: the results in upload order, the time it took, and the stack's parse figures. */
  record Outcome(List<Result> results, Duration elapsed, boolean finished, int workers, int parseInvocations,
      int parseRetries, int duplicateUploadEvents, int peakParallelParses, List<DeadLetter> deadLetters) {
    boolean allSummarized() {
      return results.stream().allMatch(Result::summarized);
    }

    boolean allTerminal() {
      return results.stream().allMatch(Result::terminal);
    }
  }

  private static final Duration POLL = Duration.ofMillis(250);

  private LocalRun() {}

  /** Uploads every file, then waits until the stack is idle or {@code timeout} passed, updating {@code progress}. */
  static Outcome run(LocalStack stack, List<Upload> uploads, Duration timeout, Progress progress)
      throws InterruptedException {
    long start = System.nanoTime();
    int eventsBefore = stack.deliveredS3Events().size();
    List<String> ids = new ArrayList<>();
    for (Upload upload : uploads) {
      stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(upload.key()), RequestBody.fromBytes(upload.bytes()));
      ids.add(Keys.articleId(LocalStack.BUCKET, upload.key()));
    }
    ArticleRecords records = new ArticleRecords(stack.dynamo(), LocalStack.TABLE);
    long deadline = start + timeout.toNanos();
    boolean idle = false;
    List<String> open = new ArrayList<>(ids);
    int done = 0;
    int failed = 0;
    while (!idle && System.nanoTime() < deadline) {
      idle = stack.awaitIdle(POLL);
      if (progress != null) {
        Map<String, JsonNode> metas = records.metaItems(open);
        List<String> still = new ArrayList<>();
        for (String id : open) {
          String status = metas.containsKey(id) ? metas.get(id).path("status").asText() : "";
          if ("SUMMARIZED".equals(status)) {
            done++;
          } else if ("FAILED".equals(status)) {
            failed++;
          } else {
            still.add(id);
          }
        }
        open = still;
        progress.update(done, failed, Duration.ofNanos(System.nanoTime() - start));
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    List<DeadLetter> dead = stack.deadLetters();
    Map<String, JsonNode> metas = records.metaItems(ids);
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      JsonNode meta = metas.get(ids.get(i));
      if (meta == null) {
        results.add(new Result(uploads.get(i).key(), ids.get(i), dead.isEmpty() ? "MISSING" : "DEAD_LETTER", null,
            null, 0, 0));
      } else {
        results.add(new Result(uploads.get(i).key(), ids.get(i), meta.path("status").asText(),
            meta.path("error").path("code").asText(null), meta.path("language").asText(null),
            meta.path("counts").path("entities").asInt(), meta.path("counts").path("claims").asInt()));
      }
    }
    if (progress != null) {
      long ok = results.stream().filter(Result::summarized).count();
      progress.finish((int) ok, (int) results.stream().filter(r -> !r.summarized() && r.terminal()).count(), elapsed);
    }
    int[] parses = stack.parseInvocations();
    // S3 may notify an upload more than once (an upload the client retried is stored, and notified, twice): each
    // notification is an invocation, so the extra ones are counted and said like the retries
    int duplicates = Math.max(0, stack.deliveredS3Events().size() - eventsBefore - uploads.size());
    return new Outcome(results, elapsed, idle, stack.workers(), parses[0], parses[1], duplicates,
        stack.peakParallelParses(), dead);
  }

  /** Each article's records, readably, then the dead letters. */
  static void printRecords(LocalStack stack, Outcome outcome, PrintWriter out) {
    for (Result r : outcome.results()) {
      ArticlePrinter.print(r.key(), r.articleId(), stack.store().articleItems(r.articleId()), out);
    }
    printDeadLetters(outcome, out);
  }

  static void printDeadLetters(Outcome outcome, PrintWriter out) {
    for (DeadLetter dead : outcome.deadLetters()) {
      out.printf(Locale.ROOT, "dead letter from %s after %d attempts: %s%n", dead.function(), dead.attempts(), dead.error());
    }
  }

  /**
   * The summary table: one row per file (status, key, article id, language, entities, claims, error
   * code), then the totals by status, the elapsed time and how parallel the parse invocations ran.
   */
  static void printTable(Outcome outcome, PrintWriter out) {
    List<Result> results = outcome.results();
    int keyWidth = Math.max(3, results.stream().mapToInt(r -> r.key().length()).max().orElse(3));
    String row = "%-12s %-" + keyWidth + "s  %-24s  %-4s %8s %7s  %s%n";
    out.println();
    out.printf(Locale.ROOT, row, "STATUS", "KEY", "ID", "LANG", "ENTITIES", "CLAIMS", "ERROR");
    for (Result r : results) {
      boolean meta = r.language() != null || r.errorCode() != null;
      out.print(String.format(Locale.ROOT, row, r.status(), r.key(), r.articleId(),
          r.language() == null ? "-" : r.language(), meta ? Integer.toString(r.entities()) : "-",
          meta ? Integer.toString(r.claims()) : "-", r.errorCode() == null ? "" : r.errorCode()).stripTrailing());
      out.println();
    }
    StringBuilder byStatus = new StringBuilder();
    counts(results).forEach((status, n) -> byStatus.append(byStatus.length() == 0 ? "" : ", ").append(n).append(' ')
        .append(status));
    out.printf(Locale.ROOT, "%d files: %s; %d entities, %d claims; %s%n", results.size(), byStatus,
        results.stream().mapToInt(Result::entities).sum(), results.stream().mapToInt(Result::claims).sum(),
        seconds(outcome.elapsed()));
    // a retried invocation (a transient error, as Lambda retries an asynchronous one) and a duplicate upload
    // notification are said, not hidden
    List<String> extra = new ArrayList<>();
    if (outcome.parseRetries() > 0) {
      extra.add(outcome.parseRetries() + " failed and were retried");
    }
    if (outcome.duplicateUploadEvents() > 0) {
      extra.add(outcome.duplicateUploadEvents() + " for uploads notified more than once");
    }
    out.printf(Locale.ROOT, "parse: %d invocations%s, up to %d at once on %d workers%n", outcome.parseInvocations(),
        extra.isEmpty() ? "" : " (" + String.join("; ", extra) + ")", outcome.peakParallelParses(), outcome.workers());
    out.flush();
  }

  /**
   * The run as one JSON document: {@code files} (key, articleId, status, errorCode, language,
   * entities, claims), {@code totals} (files, by status, entities, claims), {@code elapsedMs},
   * {@code finished}, {@code parse} (workers, invocations, peakParallel) and {@code deadLetters}.
   */
  static ObjectNode json(Outcome outcome) {
    ObjectNode root = AnalysisJson.mapper().createObjectNode();
    ArrayNode files = root.putArray("files");
    for (Result r : outcome.results()) {
      ObjectNode f = files.addObject();
      f.put("key", r.key()).put("articleId", r.articleId()).put("status", r.status()).put("errorCode", r.errorCode())
          .put("language", r.language()).put("entities", r.entities()).put("claims", r.claims());
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("files", outcome.results().size());
    ObjectNode byStatus = totals.putObject("byStatus");
    counts(outcome.results()).forEach(byStatus::put);
    totals.put("entities", outcome.results().stream().mapToInt(Result::entities).sum());
    totals.put("claims", outcome.results().stream().mapToInt(Result::claims).sum());
    root.put("elapsedMs", outcome.elapsed().toMillis());
    root.put("finished", outcome.finished());
    root.putObject("parse").put("workers", outcome.workers()).put("invocations", outcome.parseInvocations())
        .put("retries", outcome.parseRetries()).put("duplicateUploadEvents", outcome.duplicateUploadEvents())
        .put("peakParallel", outcome.peakParallelParses());
    ArrayNode dead = root.putArray("deadLetters");
    for (DeadLetter d : outcome.deadLetters()) {
      dead.addObject().put("function", d.function()).put("attempts", d.attempts()).put("error", d.error());
    }
    return root;
  }

  private static Map<String, Integer> counts(List<Result> results) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    return counts;
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
