package io.kabar.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import com.amazonaws.services.lambda.runtime.events.transformers.v2.dynamodb.DynamodbAttributeValueTransformer;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.store.ArticleStore;
import io.kabar.store.Backoff;
import io.kabar.summarize.RankedSummarizer;
import io.kabar.summarize.Summarizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Lambda entry point for the table's stream (filtered by the template to PARSED META items).
 * Reports failed records by sequence number (partial batch failure) so that only they are retried.
 */
public final class SummarizeArticleFunction implements RequestHandler<DynamodbEvent, StreamsEventResponse> {
  private final SummarizeService service;
  /** SnapStart priming (held strongly: CRaC may hold registered resources weakly). */
  private final Priming priming;

  /** For the Lambda runtime: clients and pipeline built once per execution environment. */
  public SummarizeArticleFunction() {
    this(System.getenv());
  }

  /** Clients from {@code env} (package-private for the priming test). */
  SummarizeArticleFunction(Map<String, String> env) {
    // only the summary step and its sentence splitter: the parse and extraction data stay unloaded
    this(Clients.s3(env), new ArticleStore(Clients.dynamo(env), Config.from(env).table(), Backoff.DEFAULT),
        RankedSummarizer.configured(SentenceSplitter.standard(), env));
  }

  /** For tests and the local runner: collaborators passed in. */
  public SummarizeArticleFunction(S3Client s3, ArticleStore store, Summarizer summarizer) {
    this.service = new SummarizeService(s3, store, summarizer);
    this.priming = Priming.register(() -> Priming.primeSummary(summarizer));
  }

  /** The SnapStart hook: loads the summary model and summarises bundled samples, no I/O. */
  Priming priming() {
    return priming;
  }

  @Override
  public StreamsEventResponse handleRequest(DynamodbEvent event, Context context) {
    Log log = new Log(context.getLogger(), context.getAwsRequestId());
    List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
    for (DynamodbStreamRecord record : event.getRecords()) {
      String sequenceNumber = record.getDynamodb().getSequenceNumber();
      try {
        var image = record.getDynamodb().getNewImage();
        if (image == null) {
          continue;
        }
        var item = DynamodbAttributeValueTransformer.toAttributeValueMapV2(image);
        String articleId = item.containsKey("articleId") ? item.get("articleId").s() : null;
        var source = item.get("source");
        String key = source != null && source.hasM() && source.m().containsKey("key") ? source.m().get("key").s() : null;
        long start = System.nanoTime();
        Outcome outcome = service.process(item, log.with("articleId", articleId, "key", key));
        if (outcome != Outcome.SKIPPED_IRRELEVANT) {
          boolean done = outcome == Outcome.SUMMARIZED;
          Metrics line = Metrics.of("SummarizeArticleFunction", null).count("ArticlesSummarized", done ? 1 : 0)
              .count("ArticlesSkipped", done ? 0 : 1);
          if (done) {
            line.millis("SummarizeDuration", (System.nanoTime() - start) / 1e6);
          }
          line.property("articleId", articleId).property("key", key).property("requestId", context.getAwsRequestId())
              .property("outcome", outcome.name()).write(context.getLogger());
        }
      } catch (RuntimeException e) {
        log.warn("stream record failed; reported for retry", "sequenceNumber", sequenceNumber,
            "error", e.toString());
        failures.add(new StreamsEventResponse.BatchItemFailure(sequenceNumber));
      }
    }
    return new StreamsEventResponse(failures);
  }
}
