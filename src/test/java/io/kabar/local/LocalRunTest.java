package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The end of a local run: the summary table and the JSON document say the same about the same results. */
class LocalRunTest {
  private static LocalRun.Outcome outcome() {
    return new LocalRun.Outcome(List.of(
        new LocalRun.Result("incoming/a/long-name.html", "0123456789abcdef01234567", "SUMMARIZED", null, "en", 12, 4),
        new LocalRun.Result("incoming/scan.pdf", "fedcba9876543210fedcba98", "FAILED", "MALFORMED", null, 0, 0),
        new LocalRun.Result("incoming/b.md", "00112233445566778899aabb", "PARSED", null, "id", 7, 2)),
        Duration.ofMillis(12_340), false, 4, 3, 0, 0, 2, List.of());
  }

  @Test
  void theTableHasOneAlignedRowPerFileThenTotalsElapsedTimeAndParallelism() {
    String[] lines = table(outcome()).strip().split("\n");
    assertTrue(lines[0].startsWith("STATUS       KEY") && lines[0].contains("ENTITIES"), lines[0]);
    assertTrue(lines[1].matches("SUMMARIZED +incoming/a/long-name\\.html +0123456789abcdef01234567 +en +12 +4"), lines[1]);
    assertTrue(lines[2].matches("FAILED +incoming/scan\\.pdf +fedcba9876543210fedcba98 +- +0 +0 +MALFORMED"), lines[2]);
    assertEquals(lines[1].indexOf("0123"), lines[2].indexOf("fedc"), "the id column is aligned");
    assertEquals("3 files: 1 SUMMARIZED, 1 FAILED, 1 PARSED; 19 entities, 6 claims; 12.3 s", lines[4]);
    assertEquals("parse: 3 invocations, up to 2 at once on 4 workers", lines[5]);
  }

  @Test
  void theJsonDocumentCarriesTheSameFiguresAndTheRunState() {
    JsonNode json = LocalRun.json(outcome());
    assertEquals(3, json.path("files").size());
    assertEquals("MALFORMED", json.path("files").get(1).path("errorCode").asText());
    assertTrue(json.path("files").get(1).path("language").isNull());
    assertEquals(1, json.path("totals").path("byStatus").path("PARSED").asInt());
    assertEquals(19, json.path("totals").path("entities").asInt());
    assertEquals(12_340, json.path("elapsedMs").asLong());
    assertFalse(json.path("finished").asBoolean());
    assertEquals(2, json.path("parse").path("peakParallel").asInt());
    assertEquals(0, json.path("parse").path("retries").asInt());
    assertFalse(outcome().allTerminal(), "PARSED is not terminal: exit 1, not 3");
  }

  /** {@link #outcome()} with other parse counts (4 workers, up to 2 at once). */
  private static LocalRun.Outcome withParses(int invocations, int retries, int duplicateUploadEvents) {
    LocalRun.Outcome o = outcome();
    return new LocalRun.Outcome(o.results(), o.elapsed(), o.finished(), 4, invocations, retries, duplicateUploadEvents,
        2, List.of());
  }

  private static String table(LocalRun.Outcome outcome) {
    StringWriter out = new StringWriter();
    LocalRun.printTable(outcome, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void retriedInvocationsAreSaidInTheTableAndTheJson() {
    LocalRun.Outcome retried = withParses(4, 1, 0);
    String table = table(retried);
    assertTrue(table.contains("parse: 4 invocations (1 failed and were retried), up to 2 at once on 4 workers"), table);
    assertEquals(1, LocalRun.json(retried).path("parse").path("retries").asInt());
  }

  @Test
  void duplicateUploadNotificationsAreSaidWithTheRetries() {
    LocalRun.Outcome both = withParses(5, 1, 1);
    String table = table(both);
    assertTrue(table.contains("parse: 5 invocations (1 failed and were retried; 1 for uploads notified more "
        + "than once), up to 2 at once on 4 workers"), table);
    assertEquals(1, LocalRun.json(both).path("parse").path("duplicateUploadEvents").asInt());
  }
}
