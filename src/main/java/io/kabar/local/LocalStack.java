package io.kabar.local;

import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.Pipeline;
import io.kabar.handler.Clients;
import io.kabar.handler.Config;
import io.kabar.handler.ParseArticleFunction;
import io.kabar.handler.SummarizeArticleFunction;
import io.kabar.store.ArticleStore;
import io.kabar.store.Backoff;
import io.kabar.store.TableDefinition;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.event.ruler.Ruler;

/**
 * The whole flow on this machine, without Docker: S3Proxy (in this JVM) and dynalite (Node.js)
 * on loopback, the bucket and table of {@code template.yaml}, and an event router that invokes
 * the real handlers.
 *
 * <ul>
 *   <li>Every object written under the incoming prefix, by any S3 client, becomes an S3 event
 *       (wire format, key URL-encoded) delivered asynchronously to the parse handler, retried
 *       as many times as the template's EventInvokeConfig allows, then dead-lettered.</li>
 *   <li>Every change the functions make to the table becomes a stream record; records that pass
 *       the template's FilterCriteria (evaluated by event-ruler, Lambda's engine) are delivered
 *       in order, in batches of the template's BatchSize, to the summarizer; its partial batch
 *       failures are retried from the first failed record up to MaximumRetryAttempts, then
 *       dead-lettered.</li>
 * </ul>
 */
public final class LocalStack implements AutoCloseable {
  public static final String BUCKET = "kabar-local";
  public static final String TABLE = "kabar-local";
  private static final Duration ASYNC_RETRY_DELAY = Duration.ofMillis(200);
  /** Attempt timeout of the functions' clients when faults are injected. */
  public static final Duration FAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(1);

  private final TemplateSettings settings;
  private final DynaliteServer dynalite;
  private final S3ProxyServer s3Proxy;
  private final S3Client s3;
  private final S3Client functionS3;
  private final DynamoDbClient dynamo;
  private final DynamoDbClient functionDynamo;
  private final ArticleStore store;
  private final ParseArticleFunction parser;
  private final SummarizeArticleFunction summarizer;
  private final PrintStream log;
  private final ExecutorService parseWorkers;
  private final LinkedBlockingQueue<ObjectNode> stream = new LinkedBlockingQueue<>();
  private final Thread streamPoller;
  private final AtomicInteger pending = new AtomicInteger();
  private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
  private final AtomicReference<NotifyingBlobStore.Listener> s3Events = new AtomicReference<>();
  private final List<JsonNode> deliveredS3 = new CopyOnWriteArrayList<>();
  private final AtomicInteger parseInvocations = new AtomicInteger();
  private final AtomicInteger parseRetries = new AtomicInteger();
  private final AtomicInteger parsesRunning = new AtomicInteger();
  private final AtomicInteger peakParallelParses = new AtomicInteger();
  private final int workers;
  private volatile boolean closed;

  private LocalStack(int s3Port, int dynamoPort, int workers, PrintStream log, FaultInjector faults) {
    this.settings = TemplateSettings.bundled();
    this.log = log;
    this.workers = workers;
    this.parseWorkers = Executors.newFixedThreadPool(workers, daemon("kabar-parse"));
    this.dynalite = DynaliteServer.start(dynamoPort);
    try {
      this.s3Proxy = S3ProxyServer.start(s3Port, (name, bucket, key, size, etag, version, seq, time) -> {
        NotifyingBlobStore.Listener listener = s3Events.get();
        if (listener != null) {
          listener.changed(name, bucket, key, size, etag, version, seq, time);
        }
      });
    } catch (RuntimeException e) {
      dynalite.close();
      throw e;
    }
    this.s3 = s3Client(s3Proxy.endpoint());
    this.dynamo = dynamoClient(dynalite.endpoint(), null);
    StreamCapture capture = new StreamCapture(TABLE, this::append);
    capture.reader(dynamo);
    // the functions' clients: the retry strategy of Clients, and the fault injector when there is one
    // (the stream capture runs after it, so only writes that really happened become records)
    this.functionS3 = faults == null ? s3 : S3Client.builder().httpClient(UrlConnectionHttpClient.create())
        .region(Region.of(WireEvents.REGION)).endpointOverride(s3Proxy.endpoint()).forcePathStyle(true)
        .credentialsProvider(credentials())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .serviceConfiguration(Clients.s3Service())
        .overrideConfiguration(c -> Clients.resilience(c, FAULT_ATTEMPT_TIMEOUT).addExecutionInterceptor(faults))
        .build();
    this.functionDynamo = faults == null ? dynamoClient(dynalite.endpoint(), capture)
        : DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(WireEvents.REGION))
            .endpointOverride(dynalite.endpoint()).credentialsProvider(credentials())
            .overrideConfiguration(c -> Clients.resilience(c, FAULT_ATTEMPT_TIMEOUT)
                .addExecutionInterceptor(faults).addExecutionInterceptor(capture))
            .build();
    createResources();
    Config config = new Config(TABLE, settings.incomingPrefix(), settings.processedPrefix(),
        Config.DEFAULT_MAX_OBJECT_BYTES);
    Pipeline pipeline = Pipeline.withMaxBytes(config.maxObjectBytes());
    this.store = new ArticleStore(functionDynamo, TABLE, Backoff.DEFAULT);
    this.parser = new ParseArticleFunction(functionS3, store, pipeline, config);
    this.summarizer = new SummarizeArticleFunction(functionS3, store, pipeline::summarize);
    this.streamPoller = new Thread(this::pollStream, "kabar-stream");
    streamPoller.setDaemon(true);
    streamPoller.start();
    s3Events.set(this::onS3Change);
  }

  /**
   * Starts the stack.
   *
   * @param s3Port     S3 port on 127.0.0.1, 0 for any free one
   * @param dynamoPort DynamoDB port on 127.0.0.1, 0 for any free one
   * @param workers    concurrent parse invocations
   * @param log        where the functions' JSON log lines go, or null to drop them
   */
  public static LocalStack start(int s3Port, int dynamoPort, int workers, PrintStream log) {
    return new LocalStack(s3Port, dynamoPort, workers, log, null);
  }

  /**
   * Starts the stack on free ports with {@code faults} injected into the functions' S3 and
   * DynamoDB clients (which then retry as {@link Clients} configures, with attempts cut at
   * {@link #FAULT_ATTEMPT_TIMEOUT} so that injected timeouts cost little).
   */
  public static LocalStack startWithFaults(int workers, PrintStream log, FaultInjector faults) {
    return new LocalStack(0, 0, workers, log, faults);
  }

  /** An S3 client for the local S3 endpoint (path-style, local credentials). */
  public static S3Client s3Client(URI endpoint) {
    return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.of(WireEvents.REGION))
        .endpointOverride(endpoint).forcePathStyle(true).credentialsProvider(credentials())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .serviceConfiguration(Clients.s3Service())
        .build();
  }

  /** A DynamoDB client for the local endpoint (local credentials). */
  public static DynamoDbClient dynamoClient(URI endpoint) {
    return dynamoClient(endpoint, null);
  }

  /** A DynamoDB client for the local endpoint, optionally feeding the stream. */
  static DynamoDbClient dynamoClient(URI endpoint, StreamCapture capture) {
    var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
        .region(Region.of(WireEvents.REGION)).endpointOverride(endpoint).credentialsProvider(credentials());
    if (capture != null) {
      builder.overrideConfiguration(c -> c.addExecutionInterceptor(capture));
    }
    return builder.build();
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY));
  }

  private void createResources() {
    s3.createBucket(b -> b.bucket(BUCKET));
    dynamo.createTable(TableDefinition.createTableRequest(TABLE));
    dynamo.waiter().waitUntilTableExists(b -> b.tableName(TABLE));
  }

  public URI s3Endpoint() {
    return s3Proxy.endpoint();
  }

  public URI dynamoEndpoint() {
    return dynalite.endpoint();
  }

  /** A client for the local S3 (no interception): upload, read, delete. */
  public S3Client s3() {
    return s3;
  }

  /** A client for the local DynamoDB (no interception): read what the functions wrote. */
  public DynamoDbClient dynamo() {
    return dynamo;
  }

  /** The store as the functions see it. */
  public ArticleStore store() {
    return new ArticleStore(dynamo, TABLE, Backoff.DEFAULT);
  }

  public TemplateSettings settings() {
    return settings;
  }

  /** Every S3 event delivered to the parser so far (wire format), in order of delivery. */
  public List<JsonNode> deliveredS3Events() {
    return List.copyOf(deliveredS3);
  }

  /** Parse invocations so far, and how many of them failed (and were retried or dead-lettered). */
  public int[] parseInvocations() {
    return new int[] {parseInvocations.get(), parseRetries.get()};
  }

  /** How many parse invocations may run at once (the size of the parse worker pool). */
  public int workers() {
    return workers;
  }

  /** The most parse invocations that ran at the same time so far: how parallel a run really was. */
  public int peakParallelParses() {
    return peakParallelParses.get();
  }

  /** Everything that reached the on-failure destination so far. */
  public List<DeadLetter> deadLetters() {
    return List.copyOf(deadLetters);
  }

  /**
   * Waits until no event is queued or running.
   *
   * @return false if still busy after {@code timeout}
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    int quietChecks = 0;
    while (Instant.now().isBefore(deadline)) {
      quietChecks = pending.get() == 0 ? quietChecks + 1 : 0;
      if (quietChecks >= 3) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  private void onS3Change(String eventName, String bucket, String key, long size, String etag, String versionId,
      String sequencer, Instant time) {
    if (!eventName.startsWith("ObjectCreated:") || !key.startsWith(settings.incomingPrefix())) {
      return; // the template subscribes the parser to ObjectCreated under the incoming prefix only
    }
    deliverS3(WireEvents.envelope(List.of(
        WireEvents.s3Record(eventName, bucket, key, size, etag, versionId, sequencer, time))));
  }

  /**
   * Invokes the parse function asynchronously with an S3 event in wire format, as S3 would: on
   * error it is retried up to the template's limit, then dead-lettered.
   */
  public void deliverS3(JsonNode event) {
    deliveredS3.add(event);
    pending.incrementAndGet();
    parseWorkers.execute(() -> {
      try {
        invokeParser(event);
      } finally {
        pending.decrementAndGet();
      }
    });
  }

  private void invokeParser(JsonNode event) {
    String lastError = "";
    int attempts = 0;
    for (; attempts <= settings.parseMaxRetries() && !closed; attempts++) {
      try {
        parseInvocations.incrementAndGet();
        peakParallelParses.accumulateAndGet(parsesRunning.incrementAndGet(), Math::max);
        try {
          parser.handleRequest(WireEvents.toS3Event(event), new LocalContext("ParseArticleFunction", log));
        } finally {
          parsesRunning.decrementAndGet();
        }
        return;
      } catch (RuntimeException e) {
        parseRetries.incrementAndGet();
        lastError = e.toString();
        sleep(ASYNC_RETRY_DELAY.multipliedBy(attempts + 1L));
      }
    }
    deadLetters.add(new DeadLetter("ParseArticleFunction", event, lastError, attempts));
  }

  private void append(ObjectNode record) {
    pending.incrementAndGet();
    stream.add(record);
  }

  private void pollStream() {
    while (!closed) {
      List<ObjectNode> records = new ArrayList<>();
      try {
        ObjectNode first = stream.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        records.add(first);
        stream.drainTo(records, settings.streamBatchSize() - 1);
        List<ObjectNode> batch = records.stream().filter(this::passesFilter).toList();
        if (!batch.isEmpty()) {
          deliverBatch(batch, 0);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log("stream delivery failed: " + e);
      } finally {
        pending.addAndGet(-records.size());
      }
    }
  }

  /** Whether a stream record passes any of the template's filter patterns. */
  boolean passesFilter(JsonNode record) {
    for (String pattern : settings.streamFilters()) {
      try {
        if (Ruler.matchesRule(record.toString(), pattern)) {
          return true;
        }
      } catch (Exception e) {
        throw new IllegalStateException("template.yaml FilterCriteria pattern is invalid: " + pattern, e);
      }
    }
    return false;
  }

  private void deliverBatch(List<ObjectNode> batch, int attemptsSoFar) {
    List<ObjectNode> remaining = batch;
    int attempts = attemptsSoFar;
    while (!remaining.isEmpty() && !closed) {
      String failedFrom;
      String error;
      try {
        StreamsEventResponse response = summarizer.handleRequest(
            WireEvents.toDynamodbEvent(WireEvents.envelope(remaining)), new LocalContext("SummarizeArticleFunction", log));
        if (response.getBatchItemFailures() == null || response.getBatchItemFailures().isEmpty()) {
          return;
        }
        failedFrom = response.getBatchItemFailures().stream()
            .map(StreamsEventResponse.BatchItemFailure::getItemIdentifier).min(String::compareTo).orElseThrow();
        error = "partial batch failure";
      } catch (RuntimeException e) {
        if (settings.bisectOnError() && remaining.size() > 1) {
          int half = remaining.size() / 2;
          deliverBatch(remaining.subList(0, half), attempts + 1);
          deliverBatch(remaining.subList(half, remaining.size()), attempts + 1);
          return;
        }
        failedFrom = sequenceNumber(remaining.get(0));
        error = e.toString();
      }
      attempts++;
      String from = failedFrom;
      remaining = remaining.stream().filter(r -> sequenceNumber(r).compareTo(from) >= 0).toList();
      if (attempts > settings.streamMaxRetries()) {
        for (ObjectNode record : remaining) {
          deadLetters.add(new DeadLetter("SummarizeArticleFunction", record, error, attempts));
        }
        return;
      }
      sleep(ASYNC_RETRY_DELAY);
    }
  }

  private static String sequenceNumber(JsonNode record) {
    return record.path("dynamodb").path("SequenceNumber").asText();
  }

  private void log(String message) {
    if (log != null) {
      log.println(message);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    closed = true;
    parseWorkers.shutdownNow();
    streamPoller.interrupt();
    try {
      s3Proxy.close();
    } finally {
      dynalite.close();
    }
  }
}
