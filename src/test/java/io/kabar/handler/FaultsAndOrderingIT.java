package io.kabar.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.analysis.Pipeline;
import io.kabar.local.DeadLetter;
import io.kabar.local.FaultInjector;
import io.kabar.local.FaultInjector.Fault;
import io.kabar.local.FaultInjector.Operation;
import io.kabar.local.LocalContext;
import io.kabar.local.LocalStack;
import io.kabar.local.S3ProxyServer;
import io.kabar.local.WireEvents;
import io.kabar.store.ArticleStore;
import io.kabar.store.Backoff;
import io.kabar.store.Keys;
import io.kabar.testing.Servers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Faults injected into the functions' clients against the real servers, and the ordering and
 * duplicate cases not covered by ParseFunctionIT/SummarizeFunctionIT (docs/ROBUSTNESS.md lists them all).
 */
class FaultsAndOrderingIT {
  static final Config CONFIG = new Config(Servers.TABLE, "incoming/", "processed/", Config.DEFAULT_MAX_OBJECT_BYTES);
  static final Pipeline PIPELINE = Pipeline.standard();
  static Servers servers;
  static ArticleStore reader;

  @BeforeAll
  static void start() {
    servers = Servers.start();
    reader = new ArticleStore(servers.dynamo, Servers.TABLE, Backoff.DEFAULT);
  }

  @AfterAll
  static void stop() {
    if (servers != null) {
      servers.close();
    }
  }

  static LocalContext context() {
    return new LocalContext("test", line -> { });
  }

  static S3Client s3(FaultInjector faults) {
    return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
        .endpointOverride(servers.s3Server.endpoint()).forcePathStyle(true)
        .credentialsProvider(() -> AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY))
        .serviceConfiguration(Clients.s3Service())
        .overrideConfiguration(c -> Clients.resilience(c, Duration.ofSeconds(1)).addExecutionInterceptor(faults))
        .build();
  }

  static DynamoDbClient dynamo(FaultInjector faults) {
    return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
        .endpointOverride(servers.dynamoServer.endpoint())
        .credentialsProvider(() -> AwsBasicCredentials.create("a", "b"))
        .overrideConfiguration(c -> Clients.resilience(c, Duration.ofSeconds(1)).addExecutionInterceptor(faults))
        .build();
  }

  static ParseArticleFunction parser(FaultInjector faults) {
    return new ParseArticleFunction(s3(faults), new ArticleStore(dynamo(faults), Servers.TABLE, Backoff.DEFAULT),
        PIPELINE, CONFIG);
  }

  static S3Event event(String key, String sequencer) {
    return WireEvents.toS3Event(WireEvents.envelope(List.of(WireEvents.s3Record("ObjectCreated:Put", Servers.BUCKET,
        key, -1, null, null, sequencer, Instant.parse("2026-11-26T08:00:00Z")))));
  }

  static String articleId(String key) {
    return Keys.articleId(Servers.BUCKET, key);
  }

  static JsonNode meta(String key) {
    return reader.articleItems(articleId(key)).stream().filter(i -> "META".equals(i.path("SK").asText()))
        .findFirst().orElse(null);
  }

  /** The reading rule holds: META, if it says PARSED or SUMMARIZED, has every child of its revision. */
  static void assertCompleteOrInvisible(String key) {
    JsonNode meta = meta(key);
    if (meta == null || "FAILED".equals(meta.path("status").asText())) {
      return;
    }
    String rev = meta.path("rev").asText();
    long children = reader.articleItems(articleId(key)).stream()
        .filter(i -> i.path("SK").asText().startsWith("ENTITY#") || i.path("SK").asText().startsWith("CLAIM#"))
        .filter(i -> rev.equals(i.path("rev").asText())).count();
    assertEquals(meta.path("counts").path("entities").asLong() + meta.path("counts").path("claims").asLong(), children,
        "a META that says " + meta.path("status").asText() + " has all its children");
  }

  static byte[] article(String marker) {
    return (new String(Servers.sampleArticle(), StandardCharsets.UTF_8) + "\n\nCatatan " + marker + ".\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void transientFaultsOfEveryKindAreRetriedInsideOneInvocation() {
    // 20 % of the attempts of every covered operation fail: throttling, 5xx, timeouts, resets
    try (FaultInjector faults = FaultInjector.uniform(0.2, Duration.ofSeconds(2), 11)) {
      ParseArticleFunction parser = parser(faults);
      for (int i = 0; i < 6; i++) {
        String key = "incoming/faults/transient-" + i + ".txt";
        servers.upload(key, article("transient " + i));

        assertEquals(List.of("PARSED"), parser.handleRequest(event(key, String.format("%016X", 0x7100 + i)), context()),
            "no fault reached the handler: the SDK retried each one");
        assertCompleteOrInvisible(key);
      }
      assertTrue(faults.injected() >= 6, "faults were injected: " + faults.counts());
      long attempts = faults.get("attempts.S3_GET") + faults.get("attempts.S3_PUT")
          + faults.get("attempts.DYNAMO_WRITE") + faults.get("attempts.DYNAMO_META_WRITE");
      assertTrue(attempts > faults.injected(), faults.counts().toString());
      for (Fault fault : Fault.values()) {
        assertTrue(faults.counts().entrySet().stream().anyMatch(e -> e.getKey().endsWith("." + fault) && e.getValue() > 0),
            fault + " was injected at least once: " + faults.counts());
      }
    }
  }

  @Test
  void aMetaCommitThatKeepsFailingPropagatesAndLeavesNothingVisibleAsComplete() {
    String key = "incoming/faults/meta-throttled.txt";
    servers.upload(key, article("meta throttled"));
    try (FaultInjector faults = new FaultInjector(Map.of(Operation.DYNAMO_META_WRITE, 1.0),
        EnumSet.of(Fault.THROTTLE, Fault.SERVER_ERROR), Duration.ofSeconds(2), 12)) {
      ParseArticleFunction parser = parser(faults);

      assertThrows(SdkException.class, () -> parser.handleRequest(event(key, "0000000000007201"), context()),
          "the exhausted retries propagate, so Lambda retries the event");

      assertEquals(Clients.MAX_ATTEMPTS, faults.get("attempts.DYNAMO_META_WRITE"), "every attempt of the META put was made");
      assertTrue(faults.get("attempts.DYNAMO_WRITE") > 0, "the children were written before the commit");
      assertTrue(reader.articleItems(articleId(key)).size() > 0, "children are in the table");
      assertEquals(null, meta(key), "no META: the children written before the failed commit are invisible to readers");

      faults.rate(Operation.DYNAMO_META_WRITE, 0);
      assertEquals(List.of("PARSED"), parser.handleRequest(event(key, "0000000000007201"), context()),
          "Lambda's retry of the same event succeeds once DynamoDB recovers");
      assertCompleteOrInvisible(key);
    }
  }

  @Test
  void whatNeverSucceedsReachesTheOnFailureDestination() throws InterruptedException {
    try (FaultInjector faults = new FaultInjector(Map.of(Operation.S3_GET, 1.0), EnumSet.of(Fault.SERVER_ERROR),
        Duration.ofSeconds(2), 13);
        LocalStack stack = LocalStack.startWithFaults(2, null, faults)) {
      String key = "incoming/faults/never.txt";
      stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(article("never")));

      assertTrue(stack.awaitIdle(Duration.ofMinutes(3)));

      List<DeadLetter> dead = stack.deadLetters();
      assertEquals(1, dead.size(), "one dead letter: " + dead);
      assertEquals("ParseArticleFunction", dead.get(0).function());
      assertEquals(WireEvents.encodeKey(key), dead.get(0).event().path("Records").get(0).path("s3").path("object")
          .path("key").asText());
      assertEquals(stack.settings().parseMaxRetries() + 1, dead.get(0).attempts(), "tried as often as the template allows");
      assertTrue(dead.get(0).error().contains("InternalError") || dead.get(0).error().contains("500"), dead.get(0).error());
      assertEquals((long) Clients.MAX_ATTEMPTS * dead.get(0).attempts(), faults.get("attempts.S3_GET"),
          "each invocation retried inside the SDK before failing");
      assertTrue(stack.store().meta(Keys.articleId(LocalStack.BUCKET, key)).isEmpty(), "nothing committed");
    }
  }

  @Test
  void anObjectOverwrittenBeforeItsEventIsProcessedEndsAsTheNewestUpload() {
    String key = "incoming/order/overwritten.txt";
    ParseArticleFunction parser = new ParseArticleFunction(servers.s3, reader, PIPELINE, CONFIG);
    servers.upload(key, article("first version"));
    byte[] second = article("second version");
    servers.upload(key, second);

    // the first event arrives after the second upload: it reads what is there now
    assertEquals(List.of("PARSED"), parser.handleRequest(event(key, "0000000000007301"), context()));
    assertEquals(List.of("PARSED"), parser.handleRequest(event(key, "0000000000007302"), context()),
        "the second event has a higher sequencer and commits over the first");
    assertEquals(List.of("SKIPPED_STALE"), parser.handleRequest(event(key, "0000000000007301"), context()),
        "a late copy of the first event changes nothing");

    JsonNode meta = meta(key);
    assertEquals(Keys.revision("0000000000007302"), meta.path("rev").asText());
    assertEquals(ParseService.sha256(second), meta.path("contentHash").asText(), "the newest upload's content");
    assertTrue(reader.articleItems(articleId(key)).stream().filter(i -> !"META".equals(i.path("SK").asText()))
        .allMatch(i -> meta.path("rev").asText().equals(i.path("rev").asText())), "no child of the first revision left");
    assertCompleteOrInvisible(key);
  }

  @Test
  void anOlderAttemptThatLosesTheCommitLeavesNoChildrenAndNoText() {
    String key = "incoming/order/loser.txt";
    ParseArticleFunction parser = new ParseArticleFunction(servers.s3, reader, PIPELINE, CONFIG);
    servers.upload(key, article("loser"));
    assertEquals(List.of("PARSED"), parser.handleRequest(event(key, "0000000000007402"), context()));
    JsonNode winner = meta(key);

    // an older event whose attempt read META before the newer commit (its first GetItem sees no
    // article), so it writes its children and text, then loses the conditional META commit
    java.util.concurrent.atomic.AtomicBoolean blindOnce = new java.util.concurrent.atomic.AtomicBoolean(true);
    DynamoDbClient blindDynamo = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
        .region(Region.US_EAST_1).endpointOverride(servers.dynamoServer.endpoint())
        .credentialsProvider(() -> AwsBasicCredentials.create("a", "b"))
        .overrideConfiguration(c -> c.addExecutionInterceptor(new software.amazon.awssdk.core.interceptor.ExecutionInterceptor() {
          @Override
          public software.amazon.awssdk.core.SdkResponse modifyResponse(
              software.amazon.awssdk.core.interceptor.Context.ModifyResponse context,
              software.amazon.awssdk.core.interceptor.ExecutionAttributes attributes) {
            if (context.response() instanceof software.amazon.awssdk.services.dynamodb.model.GetItemResponse
                && blindOnce.getAndSet(false)) {
              return software.amazon.awssdk.services.dynamodb.model.GetItemResponse.builder().build();
            }
            return context.response();
          }
        }))
        .build();
    ParseArticleFunction late = new ParseArticleFunction(servers.s3, new ArticleStore(blindDynamo, Servers.TABLE,
        Backoff.DEFAULT), PIPELINE, CONFIG);

    assertEquals(List.of("SKIPPED_STALE"), late.handleRequest(event(key, "0000000000007401"), context()));

    assertEquals(winner.path("rev").asText(), meta(key).path("rev").asText());
    assertCompleteOrInvisible(key);
    assertTrue(reader.articleItems(articleId(key)).stream().filter(i -> !"META".equals(i.path("SK").asText())
        && !"SUMMARY".equals(i.path("SK").asText())).allMatch(i -> winner.path("rev").asText().equals(i.path("rev").asText())),
        "the loser cleaned up the children it wrote after the winner's clean-up");
    String textKey = winner.path("textUri").asText().substring(("s3://" + Servers.BUCKET + "/").length());
    assertEquals(winner.path("rev").asText(), servers.s3.headObject(b -> b.bucket(Servers.BUCKET).key(textKey))
        .metadata().get(ParseService.REVISION_METADATA), "the committed META's text is still the winner's");
  }

  @Test
  void aStreamRecordRedeliveredAfterAPartialBatchFailureCompletesOnceAndChangesNothingElse() {
    ParseArticleFunction parser = new ParseArticleFunction(servers.s3, reader, PIPELINE, CONFIG);
    String good = "incoming/order/stream-good.txt";
    String flaky = "incoming/order/stream-flaky.txt";
    servers.upload(good, article("stream good"));
    servers.upload(flaky, article("stream flaky"));
    parser.handleRequest(event(good, "0000000000007501"), context());
    parser.handleRequest(event(flaky, "0000000000007502"), context());
    Map<String, AttributeValue> goodMeta = reader.meta(articleId(good)).orElseThrow();
    Map<String, AttributeValue> flakyMeta = reader.meta(articleId(flaky)).orElseThrow();
    String flakyText = flakyMeta.get("textUri").s().substring(("s3://" + Servers.BUCKET + "/").length());
    byte[] text = servers.s3.getObjectAsBytes(b -> b.bucket(Servers.BUCKET).key(flakyText)).asByteArray();
    var metadata = servers.s3.headObject(b -> b.bucket(Servers.BUCKET).key(flakyText)).metadata();
    servers.s3.deleteObject(b -> b.bucket(Servers.BUCKET).key(flakyText));
    SummarizeArticleFunction summarizer = new SummarizeArticleFunction(servers.s3, reader, PIPELINE::summarize);
    DynamodbEvent batch = SummarizeFunctionIT.streamEvent(List.of(goodMeta, flakyMeta), 7500);

    StreamsEventResponse first = summarizer.handleRequest(batch, context());
    assertEquals(1, first.getBatchItemFailures().size());
    List<JsonNode> goodAfterFirst = reader.articleItems(articleId(good));

    // S3 recovers; Lambda redelivers the batch from the failed record (with bisection, the whole batch)
    servers.s3.putObject(b -> b.bucket(Servers.BUCKET).key(flakyText).metadata(metadata), RequestBody.fromBytes(text));
    StreamsEventResponse second = summarizer.handleRequest(batch, context());

    assertTrue(second.getBatchItemFailures().isEmpty());
    assertEquals(goodAfterFirst, reader.articleItems(articleId(good)), "the redelivered good record changed nothing");
    assertEquals("SUMMARIZED", meta(flaky).path("status").asText());
    assertEquals(1, reader.articleItems(articleId(flaky)).stream().filter(i -> "SUMMARY".equals(i.path("SK").asText())).count());
  }
}
