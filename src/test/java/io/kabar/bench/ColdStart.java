package io.kabar.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import io.kabar.analysis.Analysis;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.handler.Clients;
import io.kabar.handler.ParseArticleFunction;
import io.kabar.handler.SummarizeArticleFunction;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.summarize.RankedSummarizer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * One cold start per process, timed from the launching shell's clock: process start → handler constructed
 * (what Lambda's init phase does) → first article fully processed. Run by {@code src/test/scripts/coldstart.sh},
 * which repeats it and reports medians; the shell passes its start time as {@code -Dkabar.t0=$(date +%s%N)}.
 *
 * <ul>
 *   <li>{@code parse FILE}: the parse function's constructor (SDK clients built, no request sent: the
 *       endpoints point at a closed port), then the whole pipeline on FILE, in process.
 *   <li>{@code summarize FILE}: the summarizer function's constructor, then a summary of FILE's text.
 *   <li>{@code stack-upload FILE} / {@code stack FILE}: against a running {@code kabar local up}: upload FILE
 *       once under {@code bench/}, then per process the handler processes an S3 event for it, reading S3 and
 *       writing DynamoDB (a new revision each run, so the work is never skipped as a duplicate).
 *   <li>{@code train}: the class-data-sharing training run ({@code src/test/scripts/cds-archive.sh}): both
 *       functions' constructors, then the whole pipeline on the two bundled priming samples (FILE unused).
 * </ul>
 *
 * <p>Prints one line: {@code mode init_ms first_ms total_ms peak_heap_mb vmhwm_mb process_cpu_ms}
 * (process CPU: all threads, JIT and GC included; less sensitive to a loaded machine than wall time).
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    long t0 = Long.parseLong(System.getProperty("kabar.t0", "0"));
    String mode = args[0];
    Path file = args.length > 1 ? Path.of(args[1]) : null;
    String key = file == null ? null : "bench/" + file.getFileName();
    long init;
    switch (mode) {
      case "parse" -> {
        new ParseArticleFunction();
        init = now();
        byte[] bytes = Files.readAllBytes(file);
        Analysis a = Pipeline.standard().analyze(Source.of("seed", file.getFileName().toString(), bytes));
        if (a.entities().isEmpty()) {
          throw new IllegalStateException("no entities found: not a real run");
        }
      }
      case "summarize" -> {
        new SummarizeArticleFunction();
        init = now();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (new RankedSummarizer(SentenceSplitter.standard()).summarize(text, "id", null, List.of())
            .sentences().isEmpty()) {
          throw new IllegalStateException("empty summary");
        }
      }
      case "train" -> {
        // the CDS training run (src/test/scripts/cds-archive.sh): both functions built, the whole pipeline and
        // the summarizer on the bundled priming samples (never on the measured article)
        new ParseArticleFunction();
        new SummarizeArticleFunction();
        init = now();
        for (String name : List.of("banjir.txt", "harbour-wind-farm.html")) {
          byte[] bytes;
          try (var in = ColdStart.class.getResourceAsStream("/io/kabar/handler/priming/" + name)) {
            bytes = in.readAllBytes();
          }
          Analysis a = Pipeline.standard().analyze(Source.of("train", name, bytes));
          if (a.entities().isEmpty()) {
            throw new IllegalStateException("no entities found in " + name);
          }
        }
      }
      case "stack-upload" -> {
        Clients.s3(System.getenv()).putObject(b -> b.bucket(bucket()).key(key), RequestBody.fromFile(file));
        System.out.println("uploaded s3://" + bucket() + "/" + key);
        return;
      }
      case "stack" -> {
        ParseArticleFunction function = new ParseArticleFunction();
        init = now();
        long size = Files.size(file);
        var object = new S3EventNotification.S3ObjectEntity(key, size, null, null,
            String.format("%016X", System.currentTimeMillis() * 1000));
        var record = new S3EventNotification.S3EventNotificationRecord("us-east-1", "ObjectCreated:Put", "aws:s3",
            Instant.now().toString(), "2.1", null, null,
            new S3EventNotification.S3Entity("bench", new S3EventNotification.S3BucketEntity(bucket(), null,
                "arn:aws:s3:::" + bucket()), object, "1.0"), null);
        List<String> outcome = function.handleRequest(new S3Event(List.of(record)), new BenchContext());
        if (!outcome.equals(List.of("PARSED"))) {
          throw new IllegalStateException("outcome " + outcome);
        }
      }
      default -> throw new IllegalArgumentException("mode: parse | summarize | stack-upload | stack | train");
    }
    long done = now();
    long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    System.out.printf("%s %.0f %.0f %.0f %.0f %.0f %.0f%n", mode, (init - t0) / 1e6, (done - init) / 1e6,
        (done - t0) / 1e6, peakHeap / 1048576.0, vmHwmKb() / 1024.0, cpu / 1e6);
  }

  private static String bucket() {
    return System.getenv().getOrDefault("KABAR_BENCH_BUCKET", "kabar-local");
  }

  private static long now() {
    Instant i = Instant.now();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  /** Peak resident set size of this process (Linux), or -1. */
  static long vmHwmKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception e) {
      // not Linux
    }
    return -1;
  }

  private static final class BenchContext implements Context {
    @Override public String getAwsRequestId() { return "bench"; }
    @Override public String getLogGroupName() { return "bench"; }
    @Override public String getLogStreamName() { return "bench"; }
    @Override public String getFunctionName() { return "ParseArticleFunction"; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:us-east-1:000000000000:function:bench"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 60_000; }
    @Override public int getMemoryLimitInMB() { return 512; }
    @Override public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override public void log(String message) { }
        @Override public void log(byte[] message) { }
      };
    }
  }
}
