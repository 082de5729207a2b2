package io.kabar.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3BatchEvent;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse.ResultCode;
import io.kabar.analysis.Pipeline;
import io.kabar.store.ArticleStore;
import io.kabar.store.Keys;
import io.kabar.store.SourceObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Lambda entry point for S3 Batch Operations ({@code LambdaInvoke}, invocation schema 1.0): the
 * backfill of a bucket of old articles. Each task goes through the same {@link ParseService} as
 * an upload and gets its own result code:
 *
 * <ul>
 *   <li>{@code Succeeded}: parsed ({@code PARSED}), or already current ({@code CURRENT}: the
 *       table holds a newer revision, i.e. an upload event processed the object);
 *   <li>{@code PermanentFailure}: bad input, recorded as a FAILED article; {@code resultString} is
 *       {@code FAILED <CODE>: message}, so the job's completion report lists the codes; also a key
 *       outside {@code INCOMING_PREFIX} or a task S3 Batch could not have meant (bad bucket ARN);
 *   <li>{@code TemporaryFailure}: a transient AWS fault (throttling, 5xx, timeouts, unprocessed
 *       items), so that S3 Batch retries the task.
 * </ul>
 *
 * <p>Why a second handler class in the same jar, not one handler sniffing both event shapes: S3
 * Batch invokes synchronously and reads the function's return value, while S3 notifications are
 * asynchronous with retries and an on-failure queue; a separate function keeps those settings
 * (and a concurrency cap for a backfill that must not starve live uploads) apart, and both
 * handlers stay typed through the Lambda runtime's own event deserialisation.
 *
 * <p>The revision of a batch task is the invocation time in milliseconds
 * ({@link Keys#revisionFromMillis}): it sorts below every real S3 sequencer, so an object that an
 * upload event processed is left as it is ({@code CURRENT}), a later upload always wins over a
 * backfill, and a second backfill job reprocesses what an earlier backfill wrote (e.g. after a
 * parser upgrade).
 */
public final class ParseBatchFunction implements RequestHandler<S3BatchEvent, S3BatchResponse> {
  static final String BUCKET_ARN_PREFIX = "arn:aws:s3:::";
  /** resultString is kept short: it lands in the job's CSV completion report. */
  static final int MAX_RESULT_STRING = 500;

  private final ParseService service;
  private final LongSupplier clock;
  private final Priming priming;

  /** For the Lambda runtime: clients and pipeline built once per execution environment. */
  public ParseBatchFunction() {
    this(System.getenv());
  }

  private ParseBatchFunction(Map<String, String> env) {
    this(ParseInit.from(env));
  }

  /** The pipeline loaded on a second thread while the SDK clients are built (see {@link ParseInit}). */
  private ParseBatchFunction(ParseInit init) {
    this(init.s3(), init.store(), init.pipeline(), init.config());
  }

  /** For tests and the local runner: collaborators passed in. */
  public ParseBatchFunction(S3Client s3, ArticleStore store, Pipeline pipeline, Config config) {
    this.service = new ParseService(s3, store, pipeline, config);
    this.clock = System::currentTimeMillis;
    this.priming = Priming.register(() -> Priming.primeParse(pipeline)); // SnapStart, as ParseArticleFunction
  }

  Priming priming() {
    return priming;
  }

  @Override
  public S3BatchResponse handleRequest(S3BatchEvent event, Context context) {
    Log log = new Log(context.getLogger(), context.getAwsRequestId());
    String revision = Keys.revisionFromMillis(clock.getAsLong());
    List<S3BatchResponse.Result> results = new ArrayList<>();
    for (S3BatchEvent.Task task : event.getTasks() == null ? List.<S3BatchEvent.Task>of() : event.getTasks()) {
      results.add(S3BatchResponse.Result.builder().withTaskId(task.getTaskId())
          .withResultCode(ResultCode.PermanentFailure).build());
      S3BatchResponse.Result result = results.get(results.size() - 1);
      try {
        handle(task, revision, result, log);
      } catch (RuntimeException e) {
        log.warn("batch task will be retried by S3 Batch", "taskId", task.getTaskId(), "key", task.getS3Key(),
            "jobId", event.getJob() == null ? null : event.getJob().getId(), "error", e.toString());
        result.setResultCode(ResultCode.TemporaryFailure);
        result.setResultString(shorten("RETRY: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
    }
    return S3BatchResponse.builder().withInvocationSchemaVersion(event.getInvocationSchemaVersion())
        .withInvocationId(event.getInvocationId())
        .withTreatMissingKeysAs(ResultCode.PermanentFailure).withResults(results).build();
  }

  private void handle(S3BatchEvent.Task task, String revision, S3BatchResponse.Result result, Log log) {
    String arn = task.getS3BucketArn();
    if (arn == null || !arn.startsWith(BUCKET_ARN_PREFIX) || arn.length() == BUCKET_ARN_PREFIX.length()
        || task.getS3Key() == null || task.getS3Key().isEmpty()) {
      result.setResultString("BAD_TASK: no bucket ARN or key in the task");
      return;
    }
    String key;
    try {
      // S3 Batch passes manifest keys URL-encoded, '+' for a space (as in S3 event notifications)
      key = URLDecoder.decode(task.getS3Key(), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      result.setResultString("BAD_TASK: key is not URL-encoded: " + e.getMessage());
      return;
    }
    String version = task.getS3VersionId() == null || task.getS3VersionId().isBlank() ? null : task.getS3VersionId();
    SourceObject source = new SourceObject(arn.substring(BUCKET_ARN_PREFIX.length()), key, version, null, -1,
        revision, null);
    ParseService.Result outcome = ParseMetrics.run(service, source, log.with("taskId", task.getTaskId()),
        "ParseBatchFunction");
    switch (outcome.outcome()) {
      case PARSED -> {
        result.setResultCode(ResultCode.Succeeded);
        result.setResultString("PARSED " + source.articleId());
      }
      case SKIPPED_STALE -> {
        result.setResultCode(ResultCode.Succeeded);
        result.setResultString("CURRENT " + source.articleId() + ": an upload event's revision is stored");
      }
      case FAILED -> result.setResultString(shorten("FAILED " + outcome.errorCode() + ": " + outcome.errorMessage()));
      case SKIPPED_OUTSIDE_PREFIX -> result.setResultString("OUTSIDE_PREFIX: key is not under the incoming prefix");
      default -> result.setResultString(outcome.outcome().name());
    }
  }

  static String shorten(String s) {
    return s.length() <= MAX_RESULT_STRING ? s : s.substring(0, MAX_RESULT_STRING - 1) + "…";
  }
}
