package io.kabar.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.analysis.AnalysisJson;
import io.kabar.analysis.Pipeline;
import io.kabar.local.LocalContext;
import io.kabar.store.ArticleStore;
import io.kabar.store.Backoff;
import io.kabar.store.Keys;
import io.kabar.testing.Servers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The summarizer's EMF line and log context, on a stream record of what the parser wrote. */
class SummarizerMetricsIT {
  @Test
  void aSummarizedArticlePrintsAValidEmfLineAndItsIdsOnEveryLine() throws Exception {
    try (Servers servers = Servers.start()) {
      ArticleStore store = new ArticleStore(servers.dynamo, Servers.TABLE, Backoff.DEFAULT);
      Pipeline pipeline = Pipeline.standard();
      String key = "incoming/metrics/summarized.txt";
      servers.upload(key, Servers.sampleArticle());
      S3Event upload = ParseFunctionIT.event(key, "0000000000000A01");
      new ParseArticleFunction(servers.s3, store, pipeline, ParseFunctionIT.CONFIG)
          .handleRequest(upload, new LocalContext("parse", line -> { }));
      var meta = store.meta(Keys.articleId(Servers.BUCKET, key)).orElseThrow();
      List<String> log = new CopyOnWriteArrayList<>();

      new SummarizeArticleFunction(servers.s3, store, pipeline::summarize)
          .handleRequest(SummarizeFunctionIT.streamEvent(List.of(meta), 1), new LocalContext("summarize", log::add));

      List<JsonNode> emf = MetricsTest.emfLines(log);
      assertEquals(1, emf.size(), () -> String.join("", log));
      MetricsTest.assertValidEmf(emf.get(0));
      assertEquals("SummarizeArticleFunction", emf.get(0).path("Function").asText());
      assertEquals(1, emf.get(0).path("ArticlesSummarized").asInt());
      assertEquals(Keys.articleId(Servers.BUCKET, key), emf.get(0).path("articleId").asText());
      for (String line : log) {
        JsonNode json = AnalysisJson.mapper().readTree(line);
        assertTrue(json.path("requestId").isTextual() && json.path("articleId").isTextual()
            && key.equals(json.path("key").asText()), () -> "ids on every line: " + line);
      }
    }
  }
}
