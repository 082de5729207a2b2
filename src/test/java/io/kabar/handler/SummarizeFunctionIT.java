package io.kabar.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.Pipeline;
import io.kabar.local.WireEvents;
import io.kabar.store.ArticleStore;
import io.kabar.store.Backoff;
import io.kabar.store.Keys;
import io.kabar.testing.Servers;
import io.kabar.local.LocalContext;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The summarizer against real S3Proxy and dynalite servers, fed by what the parser wrote. */
class SummarizeFunctionIT {
  static final Config CONFIG = new Config(Servers.TABLE, "incoming/", "processed/", Config.DEFAULT_MAX_OBJECT_BYTES);
  static final Pipeline PIPELINE = Pipeline.standard();
  static Servers servers;
  static ArticleStore store;

  static LocalContext context() {
    return new LocalContext("test", line -> { });
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

  SummarizeArticleFunction summarizer() {
    return new SummarizeArticleFunction(servers.s3, store, PIPELINE::summarize);
  }

  static void upload(String key, byte[] bytes) {
    servers.upload(key, bytes);
  }

  /** Parses {@code key} at {@code sequencer} and returns its META item as DynamoDB attributes. */
  Map<String, AttributeValue> parse(String key, String sequencer) throws IOException {
    upload(key, ParseFunctionIT.sample());
    S3Event event = WireEvents.toS3Event(WireEvents.envelope(List.of(WireEvents.s3Record("ObjectCreated:Put",
        Servers.BUCKET, key, -1, null, null, sequencer, Instant.now()))));
    new ParseArticleFunction(servers.s3, store, PIPELINE, CONFIG).handleRequest(event, context());
    return store.meta(Keys.articleId(Servers.BUCKET, key)).orElseThrow();
  }

  static DynamodbEvent streamEvent(List<Map<String, AttributeValue>> images, long firstSequence) {
    List<ObjectNode> records = new java.util.ArrayList<>();
    long sequence = firstSequence;
    for (Map<String, AttributeValue> image : images) {
      Map<String, AttributeValue> key = Map.of("PK", image.get("PK"), "SK", image.get("SK"));
      records.add(WireEvents.streamRecord(Servers.TABLE, "INSERT", key, null, image,
          String.format("%021d", sequence++), Instant.now()));
    }
    return WireEvents.toDynamodbEvent(WireEvents.envelope(records));
  }

  static JsonNode item(String articleId, String sk) {
    return store.articleItems(articleId).stream().filter(i -> sk.equals(i.path("SK").asText())).findFirst().orElse(null);
  }

  @Test
  void theSamEventFilesTakeAnArticleFromUploadToSummarized() throws IOException {
    S3Event upload = EventLoader.loadS3Event("events/s3-put.json");
    String key = upload.getRecords().get(0).getS3().getObject().getUrlDecodedKey();
    upload(key, ParseFunctionIT.sample());
    new ParseArticleFunction(servers.s3, store, PIPELINE, CONFIG).handleRequest(upload, context());
    DynamodbEvent parsed = EventLoader.loadDynamoDbEvent("events/dynamodb-article-parsed.json");
    String articleId = Keys.articleId(Servers.BUCKET, key);

    StreamsEventResponse response = summarizer().handleRequest(parsed, context());

    assertTrue(response.getBatchItemFailures().isEmpty(), () -> "failures: " + response.getBatchItemFailures());
    assertEquals("SUMMARIZED", item(articleId, "META").path("status").asText());
    JsonNode summary = item(articleId, "SUMMARY");
    assertEquals(item(articleId, "META").path("rev").asText(), summary.path("rev").asText());
    assertTrue(summary.path("sentences").size() >= 1 && summary.path("sentences").size() <= io.kabar.summarize.RankedSummarizer.MAX_SENTENCES);
    assertFalse(summary.toString().contains("Halaman Selanjutnya"));
    assertEquals(SummarizeService.METHOD, summary.path("method").asText());
  }

  @Test
  void redeliveryIsIdempotent() throws IOException {
    Map<String, AttributeValue> meta = parse("incoming/summary/redelivered.txt", "0000000000001001");
    String articleId = meta.get("articleId").s();
    DynamodbEvent event = streamEvent(List.of(meta), 1);
    assertTrue(summarizer().handleRequest(event, context()).getBatchItemFailures().isEmpty());
    List<JsonNode> before = store.articleItems(articleId);

    StreamsEventResponse again = summarizer().handleRequest(event, context());

    assertTrue(again.getBatchItemFailures().isEmpty(), "a redelivered record is not a failure");
    assertEquals(before, store.articleItems(articleId), "nothing changed");
  }

  @Test
  void aStaleRecordNeverWritesASummaryOverANewerRevision() throws IOException {
    String key = "incoming/summary/stale.txt";
    Map<String, AttributeValue> old = parse(key, "0000000000002001");
    Map<String, AttributeValue> current = parse(key, "0000000000002002");
    assertFalse(old.get("rev").s().equals(current.get("rev").s()));

    StreamsEventResponse response = summarizer().handleRequest(streamEvent(List.of(old), 10), context());

    assertTrue(response.getBatchItemFailures().isEmpty());
    String articleId = current.get("articleId").s();
    assertEquals(null, item(articleId, "SUMMARY"), "no summary for the old revision");
    assertEquals("PARSED", item(articleId, "META").path("status").asText(), "the newer revision still awaits its own");
  }

  @Test
  void onlyTheFailedRecordsAreReportedAsBatchItemFailures() throws IOException {
    Map<String, AttributeValue> good = parse("incoming/summary/good.txt", "0000000000003001");
    Map<String, AttributeValue> broken = new java.util.HashMap<>(parse("incoming/summary/broken.txt", "0000000000003002"));
    // its text disappeared from S3: reading it fails, which must fail this record only
    servers.s3.deleteObject(b -> b.bucket(Servers.BUCKET).key("processed/" + broken.get("articleId").s() + "/" + broken.get("rev").s() + "/text.txt"));

    StreamsEventResponse response = summarizer().handleRequest(streamEvent(List.of(good, broken), 100), context());

    assertEquals(List.of(String.format("%021d", 101)), response.getBatchItemFailures().stream()
        .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).toList());
    assertEquals("SUMMARIZED", item(good.get("articleId").s(), "META").path("status").asText());
    assertEquals("PARSED", item(broken.get("articleId").s(), "META").path("status").asText());
  }
}
