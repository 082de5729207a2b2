package io.kabar.handler;

import io.kabar.analysis.Background;
import io.kabar.analysis.Pipeline;
import io.kabar.store.ArticleStore;
import io.kabar.store.Backoff;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the parse functions build once per execution environment, built on two threads: the
 * {@link Pipeline} (data files, name models, gazetteers, language detector) on a background thread
 * while the calling thread builds the HTTP client and the S3 and DynamoDB clients. The two halves
 * share nothing but classes, and class initialisation is thread-safe, so there is no race; the caller
 * waits for both and gets the pipeline's own exception if loading it failed.
 *
 * <p>Measured on the 2-core test machine (docs/BENCHMARKS.md, issue 8): the two halves cost about the
 * same, so the init phase takes about the longer of the two instead of their sum. On one core it costs
 * nothing but a thread.
 */
record ParseInit(S3Client s3, ArticleStore store, Pipeline pipeline, Config config) {
  /** Name of the background thread (visible in thread dumps and JFR). */
  static final String THREAD = "kabar-init-pipeline";

  static ParseInit from(Map<String, String> env) {
    Config config = Config.from(env);
    Background<Pipeline> pipeline = Background.start(THREAD, () -> Pipeline.withMaxBytes(config.maxObjectBytes()));
    S3Client s3 = Clients.s3(env);
    DynamoDbClient dynamo = Clients.dynamo(env);
    return new ParseInit(s3, new ArticleStore(dynamo, config.table(), Backoff.DEFAULT), pipeline.join(), config);
  }
}
