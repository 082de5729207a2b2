package io.kabar.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.Pipeline;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.summarize.RankedSummarizer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SnapStart hooks run the real work on the bundled samples and send nothing over the network: the
 * functions' S3 and DynamoDB endpoints point at a local socket that must see no connection.
 */
class PrimingTest {
  private static Map<String, String> env(ServerSocket trap) {
    String endpoint = "http://127.0.0.1:" + trap.getLocalPort();
    return Map.of("AWS_REGION", "us-east-1", "TABLE_NAME", "kabar-test", "AWS_ENDPOINT_URL_S3", endpoint,
        "AWS_ENDPOINT_URL_DYNAMODB", endpoint);
  }

  /** True if a client connected: a pending connection is accepted at once, none times out. */
  private static boolean connected(ServerSocket trap) throws Exception {
    trap.setSoTimeout(300);
    try (var socket = trap.accept()) {
      return true;
    } catch (SocketTimeoutException none) {
      return false;
    }
  }

  @Test
  void parseFunctionHookRunsThePipelineWithoutNetwork() throws Exception {
    try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      ParseArticleFunction function = new ParseArticleFunction(env(trap));
      assertEquals(0, function.priming().runs());
      function.priming().beforeCheckpoint(null);
      function.priming().afterRestore(null);
      assertEquals(1, function.priming().runs());
      assertFalse(connected(trap), "priming must not call S3 or DynamoDB");
    }
  }

  @Test
  void summarizeFunctionHookSummarisesWithoutNetwork() throws Exception {
    try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      SummarizeArticleFunction function = new SummarizeArticleFunction(env(trap));
      function.priming().beforeCheckpoint(null);
      assertEquals(1, function.priming().runs());
      assertFalse(connected(trap), "priming must not call S3 or DynamoDB");
    }
  }

  @Test
  void theTrapSeesAConnection() throws Exception {
    // the check above could not fail if the trap never saw connections
    try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        var client = new java.net.Socket(InetAddress.getLoopbackAddress(), trap.getLocalPort())) {
      assertTrue(connected(trap));
    }
  }

  @Test
  void samplesCoverBothLanguagesEveryStageAndTheSummarizer() {
    List<Analysis> analyses = Priming.primeParse(Pipeline.standard());
    assertEquals(List.of("id", "en"), analyses.stream().map(Analysis::language).toList());
    for (Analysis a : analyses) {
      assertFalse(a.entities().isEmpty(), a.id() + " has no entities: the name models were not exercised");
      assertFalse(a.summary().sentences().isEmpty(), a.id());
    }
    var summaries = Priming.primeSummary(new RankedSummarizer(SentenceSplitter.standard()));
    assertEquals(2, summaries.size());
    summaries.forEach(s -> assertFalse(s.sentences().isEmpty()));
  }

  @Test
  void aFailingHookFailsTheCheckpoint() {
    Priming priming = new Priming(() -> {
      throw new IllegalStateException("sample failed");
    });
    assertThrows(IllegalStateException.class, () -> priming.beforeCheckpoint(null));
    assertEquals(0, priming.runs());
  }
}
