package io.kabar.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.kabar.analysis.Pipeline;
import io.kabar.store.ArticleStore;
import io.kabar.store.Keys;
import io.kabar.store.SourceObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Lambda entry point for S3 {@code ObjectCreated} events: one {@link ParseService} call per record.
 *
 * <p>A record whose file is bad ends as a FAILED item and does not affect the others. If a record
 * hits a transient AWS error, the remaining records are still handled and the first such error
 * is rethrown at the end, so that Lambda retries the event (the handled records are then
 * recognised as duplicates).
 *
 * <p>With SnapStart, {@link Priming} runs the pipeline on bundled samples before the snapshot.
 */
public final class ParseArticleFunction implements RequestHandler<S3Event, List<String>> {
  private final ParseService service;
  /** SnapStart priming (held strongly: CRaC may hold registered resources weakly). */
  private final Priming priming;

  /** For the Lambda runtime: clients and pipeline built once per execution environment. */
  public ParseArticleFunction() {
    this(System.getenv());
  }

  /** Clients and configuration from {@code env} (package-private for the priming test). */
  ParseArticleFunction(Map<String, String> env) {
    this(ParseInit.from(env));
  }

  /** The pipeline loaded on a second thread while the SDK clients are built (see {@link ParseInit}). */
  private ParseArticleFunction(ParseInit init) {
    this(init.s3(), init.store(), init.pipeline(), init.config());
  }

  /** For tests and the local runner: collaborators passed in. */
  public ParseArticleFunction(S3Client s3, ArticleStore store, Pipeline pipeline, Config config) {
    this.service = new ParseService(s3, store, pipeline, config);
    this.priming = Priming.register(() -> Priming.primeParse(pipeline));
  }

  /** The SnapStart hook: loads every model and runs the pipeline on bundled samples, no I/O. */
  Priming priming() {
    return priming;
  }

  /** Returns one outcome per record, in order ({@code PARSED}, {@code FAILED}, {@code SKIPPED_…}). */
  @Override
  public List<String> handleRequest(S3Event event, Context context) {
    Log log = new Log(context.getLogger(), context.getAwsRequestId());
    List<String> outcomes = new ArrayList<>();
    RuntimeException transientError = null;
    for (S3EventNotificationRecord record : event.getRecords()) {
      try {
        outcomes.add(handle(record, log).name());
      } catch (RuntimeException e) {
        log.warn("record will be retried", "key", record.getS3().getObject().getUrlDecodedKey(),
            "error", e.toString());
        outcomes.add("RETRY");
        if (transientError == null) {
          transientError = e;
        }
      }
    }
    if (transientError != null) {
      throw transientError;
    }
    return outcomes;
  }

  private Outcome handle(S3EventNotificationRecord record, Log log) {
    if (record.getEventName() == null || !record.getEventName().startsWith("ObjectCreated:")) {
      return Outcome.SKIPPED_IRRELEVANT;
    }
    var object = record.getS3().getObject();
    String sequencer = object.getSequencer();
    String revision = sequencer != null && !sequencer.isBlank()
        ? Keys.revision(sequencer)
        : Keys.revisionFromMillis(record.getEventTime() != null
            ? record.getEventTime().getMillis() : System.currentTimeMillis());
    Long size = object.getSizeAsLong();
    SourceObject source = new SourceObject(record.getS3().getBucket().getName(), object.getUrlDecodedKey(),
        blankToNull(object.getVersionId()), blankToNull(object.geteTag()), size == null ? -1 : size, revision,
        record.getEventTime() == null ? null : record.getEventTime().toString());
    return ParseMetrics.run(service, source, log, "ParseArticleFunction").outcome();
  }

  /** Lambda's event model gives "" for fields an unversioned bucket's event leaves out. */
  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
