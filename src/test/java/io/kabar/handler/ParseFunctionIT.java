package io.kabar.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.analysis.Pipeline;
import io.kabar.local.LocalStack;
import io.kabar.local.WireEvents;
import io.kabar.store.ArticleStore;
import io.kabar.store.Backoff;
import io.kabar.store.Keys;
import io.kabar.testing.Servers;
import io.kabar.local.LocalContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** The parse function against real S3Proxy and dynalite servers. */
class ParseFunctionIT {
  static final Config CONFIG = new Config(Servers.TABLE, "incoming/", "processed/", Config.DEFAULT_MAX_OBJECT_BYTES);
  static final Pipeline PIPELINE = Pipeline.standard();
  static Servers servers;
  static ArticleStore store;

  static final List<String> LOG = new java.util.concurrent.CopyOnWriteArrayList<>();

  static LocalContext context() {
    return new LocalContext("test", LOG::add);
  }

  @BeforeAll
  static void start() {
    servers = Servers.start();
    store = new ArticleStore(servers.dynamo, Servers.TABLE, Backoff.DEFAULT);
  }

  @AfterAll
  static void stop() {
    if (servers != null) {
      servers.close();
    }
  }

  static byte[] sample() {
    return Servers.sampleArticle();
  }

  static ParseArticleFunction function(Config config) {
    return new ParseArticleFunction(servers.s3, store, PIPELINE, config);
  }

  static void upload(String key, byte[] bytes) {
    servers.upload(key, bytes);
  }

  static S3Event event(String key, String sequencer) {
    return WireEvents.toS3Event(WireEvents.envelope(List.of(WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET,
        key, -1, null, null, sequencer, Instant.parse("2026-11-26T08:00:00Z")))));
  }

  static JsonNode meta(String key) {
    return store.articleItems(Keys.articleId(Servers.BUCKET, key)).stream()
        .filter(i -> "META".equals(i.path("SK").asText())).findFirst().orElse(null);
  }

  static List<JsonNode> items(String key) {
    return store.articleItems(Keys.articleId(Servers.BUCKET, key));
  }

  @Test
  void theSamEventFileParsesTheObjectUnderItsDecodedKey() throws IOException {
    S3Event event = EventLoader.loadS3Event("events/s3-put.json");
    String key = event.getRecords().get(0).getS3().getObject().getUrlDecodedKey();
    assertEquals("incoming/2026/Banjir Jakarta+Bekasi – hari ini.txt", key, "'+' is a plus, '+' in the raw key a space");
    upload(key, sample());

    List<String> outcomes = function(CONFIG).handleRequest(event, context());

    assertEquals(List.of("PARSED"), outcomes);
    JsonNode meta = meta(key);
    assertEquals("PARSED", meta.path("status").asText());
    assertEquals(key, meta.path("source").path("key").asText());
    assertEquals(Keys.revision("0062F1A3C4D5E6F708"), meta.path("rev").asText());
    assertEquals("id", meta.path("language").asText());
    assertEquals("txt", meta.path("format").asText(), "the format the parser detected");
    String articleId = Keys.articleId(Servers.BUCKET, key);
    assertEquals("s3://kabar-local/processed/" + articleId + "/" + meta.path("rev").asText() + "/text.txt",
        meta.path("textUri").asText());
    String text = servers.s3.getObjectAsBytes(GetObjectRequest.builder().bucket(Servers.BUCKET)
        .key("processed/" + articleId + "/" + meta.path("rev").asText() + "/text.txt").build()).asString(StandardCharsets.UTF_8);
    assertFalse(text.contains("Halaman Selanjutnya"), "clean text has no pagination boilerplate");
    assertFalse(text.contains("<"), "clean text carries no markup");
    List<JsonNode> items = items(key);
    long entities = items.stream().filter(i -> i.path("SK").asText().startsWith("ENTITY#")).count();
    long claims = items.stream().filter(i -> i.path("SK").asText().startsWith("CLAIM#")).count();
    assertTrue(entities > 0, "entities written");
    assertEquals(meta.path("counts").path("entities").asLong(), entities);
    assertEquals(meta.path("counts").path("claims").asLong(), claims);
    assertTrue(items.stream().filter(i -> !"META".equals(i.path("SK").asText()))
        .allMatch(i -> meta.path("rev").asText().equals(i.path("rev").asText())), "children carry META's revision");
  }

  static final String PAGE = "<html lang=en><head><title>Harbor bridge reopens | Portville Post</title>"
      + "<meta property=og:site_name content='Portville Post'>"
      + "<link rel=canonical href='https://post.example/2024/06/03/harbor-bridge'>"
      + "<meta name=author content='Sari Dewi'>"
      + "<meta property=article:published_time content='2024-06-03T08:30:00+07:00'></head>"
      + "<body><article><h1>Harbor bridge reopens</h1><p>PORTVILLE (Example Wire) - The harbor bridge reopened on "
      + "Monday after two years of repairs, the city said.</p><p>Officials promised more information about tolls "
      + "next week, and traffic was light.</p></article></body></html>";

  @Test
  void thePageMetadataReachesMeta() throws IOException {
    String key = "incoming/meta/harbor-bridge.html";
    upload(key, PAGE.getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("PARSED"), function(CONFIG).handleRequest(event(key, "0000000000000401"), context()));

    JsonNode meta = meta(key);
    assertEquals("Harbor bridge reopens", meta.path("title").asText());
    assertEquals("Sari Dewi", meta.path("byline").asText());
    assertEquals("2024-06-03T08:30:00+07:00", meta.path("publishedAt").asText());
    assertEquals("Portville Post", meta.path("siteName").asText());
    assertEquals("https://post.example/2024/06/03/harbor-bridge", meta.path("canonicalUrl").asText());
    assertEquals("en", meta.path("language").asText());
    assertEquals("PORTVILLE", meta.path("dateline").path("location").asText());
    assertEquals("Example Wire", meta.path("dateline").path("source").asText());
    assertTrue(items(key).stream().filter(i -> i.path("SK").asText().startsWith("ENTITY#"))
        .allMatch(i -> i.path("GSI1SK").asText().startsWith("2024-06-03T08:30:00+07:00#")), "sorted by publishedAt");
  }

  static void upload(String key, byte[] bytes, String contentType) {
    servers.s3.putObject(b -> b.bucket(Servers.BUCKET).key(key).contentType(contentType), RequestBody.fromBytes(bytes));
  }

  static byte[] onePagePdf(String... lines) throws IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      pdf.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream out = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
        out.beginText();
        out.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
        out.newLineAtOffset(72, 700);
        for (String line : lines) {
          out.showText(line);
          out.newLineAtOffset(0, -14);
        }
        out.endText();
      }
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    }
  }

  @Test
  void theObjectsContentTypeIsAHintThatTheBytesOverrule() throws IOException {
    String fragment = "incoming/ctype/fragment";
    String scan = "incoming/ctype/scan";
    String notes = "incoming/ctype/notes";
    String plain = "incoming/ctype/plain";
    byte[] html = ("<p>The harbor bridge reopened on Monday after two years of repairs, the city said.</p>\n"
        + "<p>Officials promised more information about tolls next week.</p>").getBytes(StandardCharsets.UTF_8);
    upload(fragment, html, "text/html; charset=utf-8");
    upload(plain, html, "application/octet-stream");
    upload(scan, onePagePdf("The harbor bridge reopened on Monday after two years of repairs.",
        "Officials promised more information about tolls next week."), "text/plain");
    upload(notes, "# Harbor bridge reopens\n\nThe bridge reopened on **Monday**, the city said."
        .getBytes(StandardCharsets.UTF_8), "application/octet-stream");
    Instant now = Instant.parse("2026-11-26T08:00:00Z");
    S3Event batch = WireEvents.toS3Event(WireEvents.envelope(List.of(
        WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET, fragment, -1, null, null, "0000000000000501", now),
        WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET, plain, -1, null, null, "0000000000000502", now),
        WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET, scan, -1, null, null, "0000000000000503", now),
        WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET, notes, -1, null, null, "0000000000000504", now))));

    assertEquals(List.of("PARSED", "PARSED", "PARSED", "PARSED"), function(CONFIG).handleRequest(batch, context()));

    assertEquals("html", meta(fragment).path("format").asText(), "text/html decides for a fragment");
    assertEquals(2, meta(fragment).path("counts").path("paragraphs").asInt());
    assertEquals("txt", meta(plain).path("format").asText(), "without the hint two tags are text");
    assertEquals("pdf", meta(scan).path("format").asText(), "text/plain on a PDF: the bytes win");
    assertEquals("markdown", meta(notes).path("format").asText(), "octet-stream says nothing; sniffing decides");
    assertEquals("Harbor bridge reopens", meta(notes).path("title").asText());
  }

  @Test
  void entitiesAreQueryableByKeyThroughGsi1() throws IOException {
    String key = "incoming/gsi/banjir.txt";
    upload(key, sample());
    function(CONFIG).handleRequest(event(key, "00000000000000A1"), context());
    JsonNode entity = items(key).stream().filter(i -> i.path("SK").asText().startsWith("ENTITY#")).findFirst().orElseThrow();

    var page = servers.dynamo.query(b -> b.tableName(Servers.TABLE).indexName("GSI1")
        .keyConditionExpression("GSI1PK = :k")
        .expressionAttributeValues(Map.of(":k", AttributeValue.fromS(entity.path("GSI1PK").asText()))));

    assertTrue(page.items().stream().anyMatch(i -> i.get("articleId").s().equals(Keys.articleId(Servers.BUCKET, key))));
    assertTrue(entity.path("GSI1SK").asText().endsWith("#" + Keys.articleId(Servers.BUCKET, key)));
  }

  @Test
  void aDuplicateEventChangesNothing() throws IOException {
    String key = "incoming/dup/banjir.txt";
    upload(key, sample());
    ParseArticleFunction function = function(CONFIG);
    S3Event event = event(key, "00000000000000B1");
    assertEquals(List.of("PARSED"), function.handleRequest(event, context()));
    List<JsonNode> before = items(key);

    assertEquals(List.of("SKIPPED_STALE"), function.handleRequest(event, context()));

    assertEquals(before, items(key), "same items, same timestamps");
  }

  @Test
  void anOlderEventAfterANewerOneChangesNothing() throws IOException {
    String key = "incoming/order/banjir.txt";
    upload(key, sample());
    ParseArticleFunction function = function(CONFIG);
    assertEquals(List.of("PARSED"), function.handleRequest(event(key, "00000000000000C2"), context()));
    List<JsonNode> before = items(key);

    // a shorter sequencer that is lexicographically smaller once right-padded
    assertEquals(List.of("SKIPPED_STALE"), function.handleRequest(event(key, "00000000000000C1"), context()));

    assertEquals(before, items(key));
  }

  @Test
  void aNewerUploadReplacesTheArticleAndItsStaleChildren() throws IOException {
    String key = "incoming/replace/article.txt";
    upload(key, sample());
    ParseArticleFunction function = function(CONFIG);
    function.handleRequest(event(key, "00000000000000D1"), context());
    upload(key, "London, KABAR – Prime Minister Alice Moreno said on Monday that the budget would rise. \"We will act,\" Moreno said."
        .getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("PARSED"), function.handleRequest(event(key, "00000000000000D2"), context()));

    JsonNode meta = meta(key);
    assertEquals(Keys.revision("00000000000000D2"), meta.path("rev").asText());
    assertEquals("en", meta.path("language").asText());
    assertTrue(items(key).stream().allMatch(i -> meta.path("rev").asText().equals(i.path("rev").asText())),
        "no child of the first revision is left");
  }

  @Test
  void badFilesEndAsFailedRecordsWithoutFailingTheBatch() throws IOException {
    String png = "incoming/bad/photo.html";
    String empty = "incoming/bad/empty.txt";
    String good = "incoming/bad/good.txt";
    upload(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    upload(empty, "  \n\t \n".getBytes(StandardCharsets.UTF_8));
    upload(good, sample());
    Instant now = Instant.now();
    S3Event batch = WireEvents.toS3Event(WireEvents.envelope(List.of(
        WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET, png, -1, null, null, "00000000000000E1", now),
        WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET, "incoming/bad/gone.txt", -1, null, null, "00000000000000E2", now),
        WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET, empty, -1, null, null, "00000000000000E3", now),
        WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET, good, -1, null, null, "00000000000000E4", now))));

    List<String> outcomes = function(CONFIG).handleRequest(batch, context());

    assertEquals(List.of("FAILED", "FAILED", "FAILED", "PARSED"), outcomes);
    JsonNode failure = new com.fasterxml.jackson.databind.ObjectMapper().readTree(LOG.stream()
        .filter(l -> l.contains("photo.html") && l.contains("article failed")).findFirst().orElseThrow());
    assertEquals("UNSUPPORTED_FORMAT", failure.path("errorCode").asText(), "JSON log line with the code");
    assertEquals(Keys.articleId(Servers.BUCKET, png), failure.path("articleId").asText());
    assertFalse(failure.path("requestId").asText().isEmpty());
    assertEquals("UNSUPPORTED_FORMAT", meta(png).path("error").path("code").asText());
    assertEquals("NOT_FOUND", meta("incoming/bad/gone.txt").path("error").path("code").asText());
    assertEquals("EMPTY", meta(empty).path("error").path("code").asText());
    assertFalse(meta(png).path("error").path("message").asText().isBlank(), "the error says what was wrong");
    assertEquals("PARSED", meta(good).path("status").asText());
  }

  @Test
  void anObjectOverTheSizeCapFailsWithTooLarge() throws IOException {
    String key = "incoming/big/article.txt";
    upload(key, sample());
    Config small = new Config(Servers.TABLE, "incoming/", "processed/", 100);

    assertEquals(List.of("FAILED"), function(small).handleRequest(event(key, "00000000000000F1"), context()));

    JsonNode error = meta(key).path("error");
    assertEquals("TOO_LARGE", error.path("code").asText());
    assertTrue(error.path("message").asText().contains("KABAR_MAX_OBJECT_BYTES"), "names the setting to change");
  }

  @Test
  void infoLogsNeverCarryArticleText() throws IOException {
    String sentence = "Quillon Varnesby testified that the zeppelin ledger vanished at dawn";
    String title = "Zeppelin ledger vanishes from the Varnesby archive";
    String key = "incoming/logs/zeppelin.txt";
    upload(key, (title + "\n\n" + sentence + ", the court heard on Tuesday.\n\n"
        + "\"We will find it,\" said Quillon Varnesby, a clerk of the archive.\n").getBytes(StandardCharsets.UTF_8));
    List<String> lines = new java.util.ArrayList<>();

    assertEquals(List.of("PARSED"), function(CONFIG).handleRequest(event(key, "0000000000000501"),
        new LocalContext("test", lines::add)));

    assertTrue(lines.stream().anyMatch(l -> l.contains("\"level\":\"INFO\"") && l.contains("article parsed")),
        "the run logged at INFO: " + lines);
    for (String line : lines) {
      if (line.contains("\"level\":\"INFO\"")) {
        for (String secret : List.of(sentence, "zeppelin ledger", title, "Quillon Varnesby")) {
          assertFalse(line.contains(secret), "article text at INFO: " + line);
        }
      }
    }
    assertTrue(items(key).stream().anyMatch(i -> i.toString().contains("Varnesby")), "the text did reach the table");
  }

  @Test
  void keysOutsideTheIncomingPrefixAreRefusedWithoutARecord() throws IOException {
    String key = "processed/somewhere/text.txt";
    upload(key, sample());

    assertEquals(List.of("SKIPPED_OUTSIDE_PREFIX"),
        function(CONFIG).handleRequest(event(key, "0000000000000101"), context()));

    assertTrue(items(key).isEmpty());
  }

  @Test
  void aTransientS3ErrorPropagatesSoLambdaRetriesAndNothingIsCommitted() throws IOException {
    String key = "incoming/transient/article.txt";
    upload(key, sample());
    S3Client failing = S3Client.builder().httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
        .region(software.amazon.awssdk.regions.Region.US_EAST_1).endpointOverride(servers.s3Server.endpoint())
        .forcePathStyle(true).credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials
            .create(io.kabar.local.S3ProxyServer.ACCESS_KEY, io.kabar.local.S3ProxyServer.SECRET_KEY))
        .serviceConfiguration(Clients.s3Service())
        .overrideConfiguration(c -> c.addExecutionInterceptor(new FailGetObject())
            .retryStrategy(software.amazon.awssdk.core.retry.RetryMode.STANDARD))
        .build();
    ParseArticleFunction function = new ParseArticleFunction(failing, store, PIPELINE, CONFIG);

    assertThrows(SdkClientException.class, () -> function.handleRequest(event(key, "0000000000000201"), context()));

    assertTrue(items(key).isEmpty(), "no META, so the retry will process it");
    assertEquals(List.of("PARSED"), function(CONFIG).handleRequest(event(key, "0000000000000201"), context()),
        "the retried event succeeds once S3 recovers");
  }

  /** Fault injection: every GetObject fails as a connection reset would. */
  static final class FailGetObject implements ExecutionInterceptor {
    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
      if (context.request() instanceof software.amazon.awssdk.services.s3.model.GetObjectRequest) {
        throw SdkClientException.create("injected: connection reset");
      }
    }
  }
}
