package io.kabar.handler;

import io.kabar.store.SourceObject;

/** Runs one object through {@link ParseService} with its ids on every log line, then writes its EMF line. */
final class ParseMetrics {
  private ParseMetrics() {}

  static ParseService.Result run(ParseService service, SourceObject source, Log log, String function) {
    Log scoped = log.with("articleId", source.articleId(), "key", source.key());
    long start = System.nanoTime();
    ParseService.Result result = service.run(source, scoped);
    double millis = (System.nanoTime() - start) / 1e6;
    boolean parsed = result.outcome() == Outcome.PARSED;
    boolean failed = result.outcome() == Outcome.FAILED;
    Metrics line = Metrics.of(function, failed ? result.errorCode().name() : null)
        .count("ArticlesParsed", parsed ? 1 : 0).count("ArticlesFailed", failed ? 1 : 0)
        .count("ArticlesSkipped", parsed || failed ? 0 : 1);
    if (parsed) {
      line.count("Entities", result.entities()).count("Claims", result.claims()).millis("ParseDuration", millis);
    }
    line.property("articleId", source.articleId()).property("key", source.key()).property("requestId", log.requestId())
        .property("outcome", result.outcome().name()).write(log.logger());
    return result;
  }
}
