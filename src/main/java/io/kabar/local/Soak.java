package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.store.ArticleStore;
import io.kabar.store.Keys;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The soak run: many uploads through the local stack with injected transient faults, duplicate
 * and reordered S3 events and bad files, then a check that every key has exactly one terminal
 * state (SUMMARIZED, FAILED with a code, or a dead letter) and that nothing is duplicated. While
 * it runs, a reader checks the commit point: a META that says PARSED or SUMMARIZED always has all
 * its children.
 */
public final class Soak {
  /**
   * @param uploads       distinct keys uploaded
   * @param workers       concurrent parse invocations
   * @param faultRate     probability of a transient fault per S3 GetObject/PutObject and DynamoDB write attempt
   * @param duplicateRate share of keys whose S3 event is delivered twice
   * @param reorderRate   share of keys uploaded twice whose older event is delivered again after the newer
   * @param badRate       share of keys whose file is bad (empty, binary, an image named .html)
   * @param seed          seed of every random choice
   * @param timeout       how long to wait for the stack to go idle
   */
  public record Options(int uploads, int workers, double faultRate, double duplicateRate, double reorderRate,
      double badRate, long seed, Duration timeout) {
    /** The issue's mix: 10 % faults, 5 % duplicates, 5 % reordered, 5 % bad files, 8 workers. */
    public static Options standard(int uploads) {
      return new Options(uploads, 8, 0.10, 0.05, 0.05, 0.05, 7L, Duration.ofMinutes(30));
    }
  }

  /** What the run found. Healthy when lost, duplicated, wrongVersion and commitViolations are 0. */
  public record Report(int keys, int summarized, int failed, int deadLettered, int lost, int duplicated,
      int wrongVersion, int badFiles, int badNotFailed, int duplicateEvents, int reorderedEvents,
      long commitChecks, long commitViolations, long commitNewerInFlight, int parseInvocations, int parseRetries,
      Map<String, Long> faults, Duration elapsed) {
    public boolean healthy() {
      return lost == 0 && duplicated == 0 && wrongVersion == 0 && commitViolations == 0 && badNotFailed == 0
          && summarized + failed + deadLettered == keys;
    }
  }

  private Soak() {}

  /** Runs the soak and prints its counts to {@code out}. */
  public static Report run(Options options, PrintWriter out) throws InterruptedException {
    long start = System.nanoTime();
    Random random = new Random(options.seed());
    List<byte[]> samples = new ArrayList<>();
    List<String> extensions = new ArrayList<>();
    for (String name : DemoCommand.sampleNames()) {
      samples.add(DemoCommand.resource(DemoCommand.SAMPLES + name));
      extensions.add(name.substring(name.lastIndexOf('.')));
    }
    try (FaultInjector faults = FaultInjector.uniform(options.faultRate(),
            LocalStack.FAULT_ATTEMPT_TIMEOUT.multipliedBy(2), options.seed());
        LocalStack stack = LocalStack.startWithFaults(options.workers(), null, faults)) {
      Map<String, String> latestHash = new LinkedHashMap<>();
      Map<String, Boolean> bad = new HashMap<>();
      List<String> duplicateKeys = new ArrayList<>();
      List<String> reorderKeys = new ArrayList<>();
      ArticleStore reader = stack.store();
      List<String> keys = new ArrayList<>();
      CommitChecker checker = new CommitChecker(reader, keys, options.seed());
      Thread checking = new Thread(checker, "kabar-soak-reader");
      checking.setDaemon(true);
      checking.start();
      for (int i = 0; i < options.uploads(); i++) {
        int sample = random.nextInt(samples.size());
        boolean isBad = random.nextDouble() < options.badRate();
        String key = String.format(Locale.ROOT, "incoming/soak/%05d%s", i, isBad ? badExtension(i) : extensions.get(sample));
        byte[] bytes = isBad ? badFile(i, random) : variant(samples.get(sample), extensions.get(sample), i, 1);
        bad.put(key, isBad);
        boolean reorder = !isBad && random.nextDouble() < options.reorderRate();
        boolean duplicate = random.nextDouble() < options.duplicateRate();
        upload(stack, key, bytes);
        synchronized (keys) {
          keys.add(key);
        }
        if (reorder) {
          bytes = variant(samples.get(sample), extensions.get(sample), i, 2);
          upload(stack, key, bytes);
          reorderKeys.add(key);
        }
        if (duplicate) {
          duplicateKeys.add(key);
        }
        latestHash.put(key, sha256(bytes));
      }
      // the late deliveries: a second copy of an event, and the older of two events after the newer
      for (String key : duplicateKeys) {
        eventsFor(stack, key).stream().reduce((a, b) -> b).ifPresent(stack::deliverS3);
      }
      for (String key : reorderKeys) {
        eventsFor(stack, key).stream().findFirst().ifPresent(stack::deliverS3);
      }
      boolean idle = stack.awaitIdle(options.timeout());
      checker.stop();
      checking.join();
      if (!idle) {
        out.println("soak: still busy after " + options.timeout().toSeconds() + " s; what is not done counts as lost");
      }
      Report report = verify(stack, reader, keys, bad, latestHash, duplicateKeys.size(), reorderKeys.size(),
          checker, faults, Duration.ofNanos(System.nanoTime() - start));
      print(report, out);
      checker.examples.forEach(e -> out.println("commit point violated: " + e));
      return report;
    }
  }

  private static void upload(LocalStack stack, String key, byte[] bytes) {
    stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(bytes));
  }

  private static List<JsonNode> eventsFor(LocalStack stack, String key) {
    String encoded = WireEvents.encodeKey(key);
    return stack.deliveredS3Events().stream()
        .filter(e -> encoded.equals(e.path("Records").path(0).path("s3").path("object").path("key").asText()))
        .toList();
  }

  /** A sample with a paragraph that makes it unique (and, for version 2, different from version 1). */
  static byte[] variant(byte[] sample, String extension, int index, int version) {
    String text = new String(sample, StandardCharsets.UTF_8);
    String extra = String.format(Locale.ROOT, "Catatan arsip nomor %d, versi %d, ditambahkan untuk uji ketahanan.",
        index, version);
    if (".html".equals(extension) && text.contains("</article>")) {
      text = text.replace("</article>", "<p>" + extra + "</p></article>");
    } else {
      text = text + "\n\n" + extra + "\n";
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String badExtension(int index) {
    return switch (index % 3) {
      case 0 -> ".txt";
      case 1 -> ".html";
      default -> ".pdf";
    };
  }

  /** Files that must end FAILED: empty, random binary, a PNG named .html, a truncated PDF. */
  static byte[] badFile(int index, Random random) {
    return switch (index % 3) {
      case 0 -> index % 2 == 0 ? new byte[0] : randomBytes(random, 4096);
      case 1 -> concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, randomBytes(random, 2048));
      default -> "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII);
    };
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Report verify(LocalStack stack, ArticleStore reader, List<String> keys, Map<String, Boolean> bad,
      Map<String, String> latestHash, int duplicateEvents, int reorderedEvents, CommitChecker checker,
      FaultInjector faults, Duration elapsed) {
    Map<String, Integer> deadByKey = new HashMap<>();
    for (DeadLetter dead : stack.deadLetters()) {
      String key = dead.event().path("Records").path(0).path("s3").path("object").path("key").asText(null);
      if (key == null) {
        key = WireEvents.encodeKey(dead.event().path("dynamodb").path("NewImage").path("source").path("M")
            .path("key").path("S").asText(""));
      }
      deadByKey.merge(key, 1, Integer::sum);
    }
    int summarized = 0;
    int failed = 0;
    int deadLettered = 0;
    int lost = 0;
    int duplicated = 0;
    int wrongVersion = 0;
    int badNotFailed = 0;
    for (String key : keys) {
      String articleId = Keys.articleId(LocalStack.BUCKET, key);
      List<JsonNode> items = reader.articleItems(articleId);
      JsonNode meta = items.stream().filter(i -> Keys.META.equals(i.path("SK").asText())).findFirst().orElse(null);
      String status = meta == null ? "" : meta.path("status").asText();
      boolean dead = deadByKey.containsKey(WireEvents.encodeKey(key));
      if ("SUMMARIZED".equals(status)) {
        summarized++;
      } else if ("FAILED".equals(status) && !meta.path("error").path("code").asText("").isEmpty()) {
        failed++;
      } else if (dead) {
        deadLettered++;
      } else {
        lost++;
      }
      if (bad.get(key) && !"FAILED".equals(status) && !dead) {
        badNotFailed++;
      }
      if (meta == null) {
        continue;
      }
      if (!"FAILED".equals(status) && !latestHash.get(key).equals(meta.path("contentHash").asText())) {
        wrongVersion++;
      }
      duplicated += duplicates(meta, items);
    }
    int[] invocations = stack.parseInvocations();
    return new Report(keys.size(), summarized, failed, deadLettered, lost, duplicated, wrongVersion,
        (int) bad.values().stream().filter(b -> b).count(), badNotFailed, duplicateEvents, reorderedEvents,
        checker.checks.get(), checker.violations.get(), checker.newerInFlight.get(), invocations[0], invocations[1], faults.counts(), elapsed);
  }

  /** Items beyond what META accounts for: children of another revision, extra children, a second summary. */
  private static int duplicates(JsonNode meta, List<JsonNode> items) {
    String rev = meta.path("rev").asText();
    int extra = 0;
    int children = 0;
    int summaries = 0;
    for (JsonNode item : items) {
      String sk = item.path("SK").asText();
      if (sk.startsWith(Keys.ENTITY_PREFIX) || sk.startsWith(Keys.CLAIM_PREFIX)) {
        if (rev.equals(item.path("rev").asText())) {
          children++;
        } else {
          extra++;
        }
      } else if (Keys.SUMMARY.equals(sk)) {
        summaries++;
      }
    }
    if (!"FAILED".equals(meta.path("status").asText())) {
      long expected = meta.path("counts").path("entities").asLong() + meta.path("counts").path("claims").asLong();
      extra += (int) Math.max(0, children - expected);
    } else {
      extra += children;
    }
    return extra + Math.max(0, summaries - 1);
  }

  private static void print(Report r, PrintWriter out) {
    out.printf(Locale.ROOT, "soak: %d keys in %.1f s (%d bad files, %d duplicate events, %d reordered events)%n",
        r.keys(), r.elapsed().toMillis() / 1000.0, r.badFiles(), r.duplicateEvents(), r.reorderedEvents());
    out.printf(Locale.ROOT, "terminal: SUMMARIZED %d, FAILED %d, dead letter %d; lost = %d, duplicated = %d, "
        + "wrong version = %d, bad file not FAILED = %d%n", r.summarized(), r.failed(), r.deadLettered(), r.lost(),
        r.duplicated(), r.wrongVersion(), r.badNotFailed());
    out.printf(Locale.ROOT, "commit point: %d reads of a complete-looking META, %d with missing children, "
        + "%d with children being replaced by a newer upload not yet committed%n",
        r.commitChecks(), r.commitViolations(), r.commitNewerInFlight());
    out.printf(Locale.ROOT, "parse invocations %d, of which failed and retried by the runtime %d%n",
        r.parseInvocations(), r.parseRetries());
    out.println("faults: " + r.faults());
    out.println(r.healthy() ? "soak: OK" : "soak: FAILED");
    out.flush();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A reader running beside the functions: reads the META of a random key; when it says PARSED or
   * SUMMARIZED, reads the children of its revision and then META again; if META did not change in
   * between, every child it counts must be there (children are written before META, the commit
   * point), and a SUMMARIZED article must have its SUMMARY. A missing child whose key holds a
   * child of a newer revision is counted apart: a newer upload is being written (see
   * docs/ROBUSTNESS.md).
   */
  static final class CommitChecker implements Runnable {
    final AtomicLong checks = new AtomicLong();
    final AtomicLong violations = new AtomicLong();
    final AtomicLong newerInFlight = new AtomicLong();
    final List<String> examples = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ArticleStore store;
    private final List<String> keys;
    private final Random random;
    private volatile boolean stopped;

    CommitChecker(ArticleStore store, List<String> keys, long seed) {
      this.store = store;
      this.keys = keys;
      this.random = new Random(seed + 1);
    }

    void stop() {
      stopped = true;
    }

    @Override
    public void run() {
      while (!stopped) {
        String key;
        synchronized (keys) {
          if (keys.isEmpty()) {
            key = null;
          } else {
            key = keys.get(random.nextInt(keys.size()));
          }
        }
        if (key == null) {
          Thread.onSpinWait();
          continue;
        }
        check(Keys.articleId(LocalStack.BUCKET, key));
        try {
          Thread.sleep(5); // a reader, not a load generator: leave the servers to the functions
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void check(String articleId) {
      var before = store.meta(articleId);
      if (before.isEmpty()) {
        return;
      }
      String status = before.get().get("status").s();
      if (!"PARSED".equals(status) && !"SUMMARIZED".equals(status)) {
        return;
      }
      String rev = before.get().get("rev").s();
      List<JsonNode> items = store.articleItems(articleId);
      var after = store.meta(articleId);
      if (after.isEmpty() || !rev.equals(after.get().get("rev").s())) {
        return; // a newer revision committed meanwhile: this read proves nothing
      }
      checks.incrementAndGet();
      long children = items.stream().filter(i -> rev.equals(i.path("rev").asText()))
          .filter(i -> i.path("SK").asText().startsWith(Keys.ENTITY_PREFIX)
              || i.path("SK").asText().startsWith(Keys.CLAIM_PREFIX)).count();
      var counts = before.get().get("counts").m();
      long expected = Long.parseLong(counts.get("entities").n()) + Long.parseLong(counts.get("claims").n());
      boolean summaryMissing = "SUMMARIZED".equals(status) && items.stream()
          .noneMatch(i -> Keys.SUMMARY.equals(i.path("SK").asText()) && rev.equals(i.path("rev").asText()));
      long newer = items.stream().filter(i -> i.path("rev").asText().compareTo(rev) > 0)
          .filter(i -> i.path("SK").asText().startsWith(Keys.ENTITY_PREFIX)
              || i.path("SK").asText().startsWith(Keys.CLAIM_PREFIX)).count();
      if (children < expected && newer > 0 && !summaryMissing) {
        // a newer upload of the key is writing its children over these (same keys) before its own
        // META commit: readers see children with a rev above META's and know to read again
        newerInFlight.incrementAndGet();
        return;
      }
      if (children < expected || summaryMissing) {
        violations.incrementAndGet();
        if (examples.size() < 5) {
          examples.add(articleId + " " + status + " rev " + rev + ": " + children + " of " + expected
              + " children" + (summaryMissing ? ", no summary" : "") + "; items " + items.stream()
              .map(i -> i.path("SK").asText() + "@" + i.path("rev").asText()).toList());
        }
      }
    }
  }
}
