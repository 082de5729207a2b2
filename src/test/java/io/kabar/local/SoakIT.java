package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.testing.Servers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The soak: 1,000 uploads through the local stack with 8 concurrent parse invocations, 10 %
 * transient faults, 5 % duplicate events, 5 % reordered events and 5 % bad files (run by
 * {@code mvn -B verify}; {@code kabar local soak --uploads N} runs longer ones).
 */
@Tag("soak")
class SoakIT {
  @Test
  void aThousandUploadsUnderFaultsEndInExactlyOneTerminalStateEachWithNothingLostOrDuplicated() throws Exception {
    Assumptions.assumeTrue(Servers.dynaliteInstalled() || System.getenv("CI") != null,
        "dynalite is not installed: run 'npm ci'");
    int uploads = Integer.getInteger("kabar.soak.uploads", 1000);
    StringWriter text = new StringWriter();
    Soak.Report report = Soak.run(new Soak.Options(uploads, 8, 0.10, 0.05, 0.05, 0.05, 7L, Duration.ofMinutes(15)),
        new PrintWriter(text, true));
    System.out.println(text);

    assertEquals(uploads, report.keys());
    assertEquals(0, report.lost(), "lost\n" + text);
    assertEquals(0, report.duplicated(), "duplicated\n" + text);
    assertEquals(0, report.wrongVersion(), "the newest upload of a key wins\n" + text);
    assertEquals(0, report.commitViolations(), "no complete-looking META with missing children\n" + text);
    assertEquals(0, report.badNotFailed(), "bad files end FAILED\n" + text);
    assertEquals(uploads, report.summarized() + report.failed() + report.deadLettered(), text.toString());
    assertTrue(report.failed() >= report.badFiles() - report.deadLettered(), text.toString());
    assertTrue(report.faults().getOrDefault("injected", 0L) > uploads / 10, "faults were injected\n" + text);
    assertTrue(report.duplicateEvents() > 0 && report.reorderedEvents() > 0 && report.badFiles() > 0, text.toString());
    assertTrue(report.commitChecks() > 0, "the reader checked the commit point\n" + text);
    assertTrue(report.healthy(), text.toString());
  }
}
