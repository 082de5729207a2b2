package io.kabar.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3BatchEvent;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse.ResultCode;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.analysis.Pipeline;
import io.kabar.local.LocalContext;
import io.kabar.store.ArticleStore;
import io.kabar.store.Backoff;
import io.kabar.store.Keys;
import io.kabar.testing.Servers;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 Batch Operations handler against real S3Proxy and dynalite servers. */
class ParseBatchFunctionIT {
  static final Config CONFIG = ParseFunctionIT.CONFIG;
  static final String ARN = "arn:aws:s3:::" + Servers.BUCKET;
  static final List<String> LOG = new CopyOnWriteArrayList<>();
  static Servers servers;
  static ArticleStore store;

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

  static ParseBatchFunction function(S3Client s3) {
    return new ParseBatchFunction(s3, store, Pipeline.standard(), CONFIG);
  }

  static S3BatchEvent.Task task(String id, String encodedKey) {
    return new S3BatchEvent.Task(id, encodedKey, null, ARN);
  }

  static S3BatchEvent event(List<S3BatchEvent.Task> tasks) {
    return new S3BatchEvent("1.0", "invocation-1", new S3BatchEvent.Job("job-1"), tasks);
  }

  static JsonNode meta(String key) {
    return store.articleItems(Keys.articleId(Servers.BUCKET, key)).stream()
        .filter(i -> "META".equals(i.path("SK").asText())).findFirst().orElse(null);
  }

  @Test
  void theSamEventFileIsReadByTheRuntimesSerializerAndParsesItsObject() throws Exception {
    S3BatchEvent event;
    try (InputStream in = Files.newInputStream(Path.of("events/s3-batch.json"))) {
      event = LambdaEventSerializers.serializerFor(S3BatchEvent.class, getClass().getClassLoader()).fromJson(in);
    }
    String key = "incoming/backfill/2019/Banjir Jakarta+Bekasi.txt";
    servers.upload(key, Servers.sampleArticle());

    S3BatchResponse response = function(servers.s3).handleRequest(event, new LocalContext("batch", LOG::add));

    assertEquals("1.0", response.getInvocationSchemaVersion());
    assertEquals(event.getInvocationId(), response.getInvocationId());
    assertEquals(ResultCode.PermanentFailure, response.getTreatMissingKeysAs());
    S3BatchResponse.Result result = response.getResults().get(0);
    assertEquals(event.getTasks().get(0).getTaskId(), result.getTaskId());
    assertEquals(ResultCode.Succeeded, result.getResultCode(), result::getResultString);
    assertEquals("PARSED", meta(key).path("status").asText(), "the decoded key ('+' is a space, %2B a plus)");
    // the response as the runtime writes it: the field names S3 Batch reads
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LambdaEventSerializers.serializerFor(S3BatchResponse.class, getClass().getClassLoader()).toJson(response, out);
    JsonNode json = io.kabar.analysis.AnalysisJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals("Succeeded", json.path("results").path(0).path("resultCode").asText(), json::toString);
    assertEquals("PermanentFailure", json.path("treatMissingKeysAs").asText(), json::toString);
  }

  @Test
  void aHandlerRunPrintsOneValidEmfLinePerObjectAndItsIdsOnEveryLogLine() throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    String good = "incoming/metrics/good.txt";
    String bad = "incoming/metrics/blank.txt";
    servers.upload(good, Servers.sampleArticle());
    servers.upload(bad, " \n ".getBytes(StandardCharsets.UTF_8));

    function(servers.s3).handleRequest(event(List.of(task("m1", good), task("m2", bad))), new LocalContext("batch", log::add));

    List<JsonNode> emf = MetricsTest.emfLines(log);
    assertEquals(2, emf.size(), () -> String.join("", log));
    emf.forEach(MetricsTest::assertValidEmf);
    JsonNode parsed = emf.stream().filter(l -> good.equals(l.path("key").asText())).findFirst().orElseThrow();
    assertEquals(1, parsed.path("ArticlesParsed").asInt());
    assertEquals("ParseBatchFunction", parsed.path("Function").asText());
    assertEquals(meta(good).path("counts").path("entities").asInt(), parsed.path("Entities").asInt());
    assertEquals(meta(good).path("counts").path("claims").asInt(), parsed.path("Claims").asInt());
    assertTrue(parsed.path("ParseDuration").asDouble() > 0);
    JsonNode failed = emf.stream().filter(l -> bad.equals(l.path("key").asText())).findFirst().orElseThrow();
    assertEquals(1, failed.path("ArticlesFailed").asInt());
    assertEquals("EMPTY", failed.path("ErrorCode").asText());
    for (String line : log) {
      JsonNode json = io.kabar.analysis.AnalysisJson.mapper().readTree(line);
      assertTrue(json.path("requestId").isTextual() && json.path("articleId").isTextual() && json.path("key").isTextual(),
          () -> "request id, article id and key on every line: " + line);
    }
  }

  @Test
  void eachTaskGetsItsOwnResultCode() {
    servers.upload("incoming/backfill/good.md", "# Banjir\n\nBanjir melanda Bekasi pada Senin, kata Wali Kota Tri Adhianto."
        .getBytes(StandardCharsets.UTF_8));
    servers.upload("incoming/backfill/scan.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    servers.upload("elsewhere/old.txt", Servers.sampleArticle());

    S3BatchResponse response = function(servers.s3).handleRequest(event(List.of(
        task("t1", "incoming/backfill/good.md"),
        task("t2", "incoming/backfill/scan.pdf"),
        task("t3", "incoming/backfill/deleted.txt"),
        task("t4", "elsewhere/old.txt"),
        new S3BatchEvent.Task("t5", "incoming/x.txt", null, "not-an-arn"))), new LocalContext("batch", LOG::add));

    List<S3BatchResponse.Result> results = response.getResults();
    assertEquals(List.of("t1", "t2", "t3", "t4", "t5"), results.stream().map(S3BatchResponse.Result::getTaskId).toList());
    assertEquals(ResultCode.Succeeded, results.get(0).getResultCode(), results.get(0)::getResultString);
    assertEquals(ResultCode.PermanentFailure, results.get(1).getResultCode());
    assertTrue(results.get(1).getResultString().startsWith("FAILED MALFORMED: "), results.get(1)::getResultString);
    assertEquals("FAILED", meta("incoming/backfill/scan.pdf").path("status").asText());
    assertEquals(ResultCode.PermanentFailure, results.get(2).getResultCode());
    assertTrue(results.get(2).getResultString().startsWith("FAILED NOT_FOUND: "), results.get(2)::getResultString);
    assertEquals(ResultCode.PermanentFailure, results.get(3).getResultCode());
    assertTrue(results.get(3).getResultString().startsWith("OUTSIDE_PREFIX"), results.get(3)::getResultString);
    assertEquals(ResultCode.PermanentFailure, results.get(4).getResultCode());
    assertTrue(results.get(4).getResultString().startsWith("BAD_TASK"), results.get(4)::getResultString);

    S3BatchResponse again = function(servers.s3).handleRequest(event(List.of(task("t6", "incoming/backfill/good.md"))),
        new LocalContext("batch", LOG::add));
    assertEquals(ResultCode.Succeeded, again.getResults().get(0).getResultCode());
    assertTrue(again.getResults().get(0).getResultString().startsWith("PARSED "),
        "a second backfill job reprocesses what a backfill wrote: " + again.getResults().get(0).getResultString());
  }

  @Test
  void anArticleAnUploadEventProcessedIsLeftAsItIs() {
    String key = "incoming/backfill/live.txt";
    servers.upload(key, Servers.sampleArticle());
    new ParseArticleFunction(servers.s3, store, Pipeline.standard(), CONFIG)
        .handleRequest(ParseFunctionIT.event(key, "0062F1A3C4D5E6F708"), new LocalContext("live", LOG::add));
    String rev = meta(key).path("rev").asText();

    S3BatchResponse response = function(servers.s3).handleRequest(event(List.of(task("t1", key))),
        new LocalContext("batch", LOG::add));

    assertEquals(ResultCode.Succeeded, response.getResults().get(0).getResultCode());
    assertTrue(response.getResults().get(0).getResultString().startsWith("CURRENT "),
        response.getResults().get(0)::getResultString);
    assertEquals(rev, meta(key).path("rev").asText(), "the upload's revision stays");
  }

  @Test
  void aTransientS3FaultIsATemporaryFailureSoS3BatchRetries() {
    servers.upload("incoming/backfill/flaky.txt", Servers.sampleArticle());
    S3Client failing = S3Client.builder().httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
        .region(software.amazon.awssdk.regions.Region.US_EAST_1).endpointOverride(servers.s3Server.endpoint())
        .forcePathStyle(true).credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials
            .create(io.kabar.local.S3ProxyServer.ACCESS_KEY, io.kabar.local.S3ProxyServer.SECRET_KEY))
        .serviceConfiguration(Clients.s3Service())
        .overrideConfiguration(c -> c.addExecutionInterceptor(new ParseFunctionIT.FailGetObject()))
        .build();

    S3BatchResponse response = function(failing).handleRequest(event(List.of(task("t1", "incoming/backfill/flaky.txt"))),
        new LocalContext("batch", LOG::add));

    assertEquals(ResultCode.TemporaryFailure, response.getResults().get(0).getResultCode());
    assertTrue(response.getResults().get(0).getResultString().contains("connection reset"),
        response.getResults().get(0)::getResultString);
    assertEquals(null, meta("incoming/backfill/flaky.txt"), "nothing recorded: S3 Batch will retry the task");
  }
}
