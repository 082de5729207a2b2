package io.kabar.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.AnalysisJson;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The parse functions' two-thread initialisation ({@link ParseInit}) builds the same handler as a
 * one-thread one would (how a background failure reaches the caller: {@code BackgroundTest}).
 */
class ParseInitTest {
  private static final Map<String, String> ENV = Map.of("AWS_REGION", "us-east-1", "TABLE_NAME", "kabar-test",
      "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9", "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9",
      Pipeline.MAX_BYTES_ENV, "123456");

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = ParseInitTest.class.getResourceAsStream("/io/kabar/handler/priming/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void buildsClientsConfigAndAPipelineThatAnalysesLikeTheStandardOne() throws Exception {
    ParseInit init = ParseInit.from(ENV);
    assertNotNull(init.s3());
    assertNotNull(init.store());
    assertEquals("kabar-test", init.config().table());
    assertEquals(123456, init.pipeline().maxBytes(), "the size cap comes from the environment");
    for (String name : Priming.SAMPLES) {
      Analysis parallel = init.pipeline().analyze(Source.of("s", name, sample(name)));
      Analysis serial = Pipeline.standard().analyze(Source.of("s", name, sample(name)));
      assertFalse(parallel.entities().isEmpty(), name);
      assertEquals(AnalysisJson.toJson(serial), AnalysisJson.toJson(parallel), name);
    }
  }

  @Test
  void theHandlersAreBuiltThroughIt() {
    // the public constructors' path: both models loaded, the function works on a sample
    ParseArticleFunction function = new ParseArticleFunction(ENV);
    function.priming().beforeCheckpoint(null);
    assertEquals(1, function.priming().runs());
  }
}
