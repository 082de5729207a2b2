package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.store.Keys;
import io.kabar.testing.Servers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** The whole local flow: S3Proxy notifications → parse → dynalite → captured stream → summary. */
class LocalStackIT {
  static void assumeDynalite() {
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(Servers.dynaliteInstalled(), "dynalite not installed: run 'npm ci'");
    }
  }

  @Test
  void demoTakesEverySampleToSummarizedAndExitsZero() {
    assumeDynalite();
    StringWriter out = new StringWriter();

    int exit = Cli.run(new String[] {"demo"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

    assertEquals(0, exit, out::toString);
    String text = out.toString();
    for (String sample : DemoCommand.sampleNames()) {
      assertTrue(text.contains("SUMMARIZED   incoming/samples/" + sample), () -> sample + " not summarized:\n" + text);
    }
    assertTrue(text.contains("demo: every sample reached SUMMARIZED"));
  }

  @Test
  void processReportsBadFilesWithTheirCodeAndExitsThree(@TempDir Path dir) throws Exception {
    assumeDynalite();
    Files.write(dir.resolve("good.txt"), DemoCommand.resource("samples/harga-beras.md"));
    Files.write(dir.resolve("scan.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    StringWriter out = new StringWriter();

    int exit = Cli.run(new String[] {"process", dir.toString()}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));

    assertEquals(Cli.EXIT_INPUT_FAILED, exit, out::toString);
    assertTrue(out.toString().matches("(?s).*\nFAILED +incoming/scan\\.pdf +[0-9a-f]{24} +- +0 +0 +MALFORMED\n.*"),
        out::toString);
    assertTrue(out.toString().matches("(?s).*\nSUMMARIZED +incoming/good\\.txt +[0-9a-f]{24} +id +[1-9][0-9]* +[0-9]+\n.*"),
        out::toString);
    assertTrue(out.toString().contains("2 files: 1 SUMMARIZED, 1 FAILED;"), out::toString);
  }

  @Test
  void processRunsAFolderOnSeveralWorkersAndReportsEveryFile(@TempDir Path dir) throws Exception {
    assumeDynalite();
    Path nested = Files.createDirectories(dir.resolve("a/b"));
    byte[] beras = DemoCommand.resource("samples/harga-beras.md");
    byte[] angin = DemoCommand.resource("samples/harbour-wind-farm.html");
    int files = 8;
    for (int i = 0; i < files; i++) {
      Path folder = i % 2 == 0 ? dir : nested;
      Files.write(folder.resolve("f" + i + (i % 3 == 0 ? ".html" : ".md")), i % 3 == 0 ? angin : beras);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = Cli.run(new String[] {"process", "--workers", "4", "--progress", "lines", dir.toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));

    assertEquals(0, exit, out::toString);
    for (int i = 0; i < files; i++) {
      String key = "incoming/" + (i % 2 == 0 ? "" : "a/b/") + "f" + i + (i % 3 == 0 ? ".html" : ".md");
      assertTrue(out.toString().contains("SUMMARIZED   " + key), () -> key + " not reported:\n" + out);
    }
    assertTrue(out.toString().contains(files + " files: " + files + " SUMMARIZED;"), out::toString);
    // one invocation per file, plus any retried after a transient error and any for an upload S3 notified twice
    // (each printed with its count)
    java.util.regex.Matcher parse = java.util.regex.Pattern
        .compile("parse: (\\d+) invocations(?: \\((?:(\\d+) failed and were retried)?(?:; )?"
            + "(?:(\\d+) for uploads notified more than once)?\\))?, up to [1-4] at once on 4 workers")
        .matcher(out.toString());
    assertTrue(parse.find(), out::toString);
    assertEquals(files, Integer.parseInt(parse.group(1)) - (parse.group(2) == null ? 0 : Integer.parseInt(parse.group(2)))
        - (parse.group(3) == null ? 0 : Integer.parseInt(parse.group(3))), out::toString);
    assertTrue(err.toString().contains("kabar: [########################] 8/8  done 8, failed 0  in "), err::toString);
  }

  @Test
  void processExpandsAQuotedGlobItselfAndPrintsOneJsonDocument(@TempDir Path dir) throws Exception {
    assumeDynalite();
    Path nested = Files.createDirectories(dir.resolve("news/2024"));
    Files.write(dir.resolve("news/top.md"), DemoCommand.resource("samples/harga-beras.md"));
    Files.write(nested.resolve("wind.html"), DemoCommand.resource("samples/harbour-wind-farm.html"));
    Files.write(nested.resolve("skip.txt"), DemoCommand.resource("samples/harga-beras.md"));
    Files.write(nested.resolve("scan.pdf"), "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int exit = Cli.run(new String[] {"process", "--json", dir + "/news/**/*.{md,html,pdf}"}, new PrintWriter(out, true),
        new PrintWriter(err, true));

    assertEquals(Cli.EXIT_INPUT_FAILED, exit, err::toString);
    JsonNode run = io.kabar.analysis.AnalysisJson.mapper().readTree(out.toString());
    assertEquals(3, run.path("files").size(), out::toString);
    java.util.Map<String, JsonNode> byKey = new java.util.HashMap<>();
    run.path("files").forEach(f -> byKey.put(f.path("key").asText(), f));
    assertEquals(java.util.Set.of("incoming/top.md", "incoming/2024/wind.html", "incoming/2024/scan.pdf"), byKey.keySet());
    assertEquals("MALFORMED", byKey.get("incoming/2024/scan.pdf").path("errorCode").asText());
    JsonNode wind = byKey.get("incoming/2024/wind.html");
    assertEquals("SUMMARIZED", wind.path("status").asText());
    assertEquals("en", wind.path("language").asText());
    assertEquals(Keys.articleId(LocalStack.BUCKET, "incoming/2024/wind.html"), wind.path("articleId").asText());
    assertTrue(wind.path("entities").asInt() > 0 && wind.path("claims").asInt() >= 0);
    assertEquals(2, run.path("totals").path("byStatus").path("SUMMARIZED").asInt());
    assertEquals(1, run.path("totals").path("byStatus").path("FAILED").asInt());
    int entities = 0;
    for (JsonNode f : run.path("files")) {
      entities += f.path("entities").asInt();
    }
    assertEquals(entities, run.path("totals").path("entities").asInt());
    assertTrue(run.path("finished").asBoolean());
    // one invocation per file, plus any retried after a transient error and any for an upload S3 notified twice
    // (a CI run saw invocations 4 = 3 files + 1 duplicate notification, with no retry)
    JsonNode parse = run.path("parse");
    assertEquals(3, parse.path("invocations").asInt() - parse.path("retries").asInt()
        - parse.path("duplicateUploadEvents").asInt(), out::toString);
    assertTrue(parse.has("duplicateUploadEvents") && parse.path("duplicateUploadEvents").asInt() <= 3, out::toString);
    assertTrue(err.toString().contains("starting local stack"), "start-up lines go to standard error");
  }

  @Test
  void anyS3ClientsUploadIsProcessedAndOnlyParsedMetaReachesTheSummarizer() throws Exception {
    assumeDynalite();
    try (LocalStack stack = LocalStack.start(0, 0, 2, null)) {
      String key = "incoming/über uns/100% sure+ready.txt";
      stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key),
          RequestBody.fromBytes(DemoCommand.resource("samples/Banjir Jakarta – Bekasi.txt")));
      stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key("elsewhere/ignored.txt"), RequestBody.fromString("x"));

      assertTrue(stack.awaitIdle(Duration.ofSeconds(60)));

      String articleId = Keys.articleId(LocalStack.BUCKET, key);
      JsonNode meta = stack.store().articleItems(articleId).stream()
          .filter(i -> "META".equals(i.path("SK").asText())).findFirst().orElseThrow();
      assertEquals("SUMMARIZED", meta.path("status").asText());
      assertEquals(key, meta.path("source").path("key").asText(), "the key survived URL encoding and decoding");
      assertTrue(stack.store().articleItems(Keys.articleId(LocalStack.BUCKET, "elsewhere/ignored.txt")).isEmpty(),
          "outside the incoming prefix nothing is triggered");
      assertTrue(stack.deadLetters().isEmpty(), () -> "dead letters: " + stack.deadLetters());
    }
  }
}
