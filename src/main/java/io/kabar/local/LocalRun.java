package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.store.ArticleStore;
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
 * Uploads files into a running {@link LocalStack}, waits until each reached a terminal state,
 * and prints each article's records readably. Shared by {@code demo} and {@code process}.
 */
final class LocalRun {
  /** One file to upload: its object key and bytes. */
  record Upload(String key, byte[] bytes) {}

  /** Where one upload ended. */
  record Result(String key, String articleId, String status, String errorCode) {}

  private LocalRun() {}

  /**
   * Uploads, waits and prints.
   *
   * @return one result per upload; status is SUMMARIZED, FAILED, PARSED (not summarised in time),
   *     DEAD_LETTER, or MISSING
   */
  static List<Result> run(LocalStack stack, List<Upload> uploads, Duration timeout, PrintWriter out)
      throws InterruptedException {
    for (Upload upload : uploads) {
      stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(upload.key()), RequestBody.fromBytes(upload.bytes()));
    }
    if (!stack.awaitIdle(timeout)) {
      out.println("kabar: still processing after " + timeout.toSeconds() + " s; reporting what is done");
    }
    ArticleStore store = stack.store();
    List<Result> results = new ArrayList<>();
    Map<String, String> deadKeys = new LinkedHashMap<>();
    for (DeadLetter dead : stack.deadLetters()) {
      deadKeys.put(dead.event().toString(), dead.error());
    }
    for (Upload upload : uploads) {
      String articleId = Keys.articleId(LocalStack.BUCKET, upload.key());
      List<JsonNode> items = store.articleItems(articleId);
      JsonNode meta = items.stream().filter(i -> Keys.META.equals(i.path("SK").asText())).findFirst().orElse(null);
      String status = meta == null ? (deadKeys.isEmpty() ? "MISSING" : "DEAD_LETTER") : meta.path("status").asText();
      String code = meta == null ? null : meta.path("error").path("code").asText(null);
      results.add(new Result(upload.key(), articleId, status, code));
      ArticlePrinter.print(upload.key(), articleId, items, out);
    }
    for (DeadLetter dead : stack.deadLetters()) {
      out.printf(Locale.ROOT, "dead letter from %s after %d attempts: %s%n", dead.function(), dead.attempts(), dead.error());
    }
    printTable(results, out);
    return results;
  }

  private static void printTable(List<Result> results, PrintWriter out) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
    out.println();
    out.printf(Locale.ROOT, "%-12s %s%n", "STATUS", "KEY");
    for (Result r : results) {
      out.printf(Locale.ROOT, "%-12s %s%s%n", r.status(), r.key(), r.errorCode() == null ? "" : "  (" + r.errorCode() + ")");
    }
    out.println(results.size() + " articles: " + counts);
  }
}
