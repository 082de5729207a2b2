package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress output of {@code kabar process}: which mode, what a line says, how often it is written. */
class ProgressTest {
  @Test
  void fewFilesShowNothingATerminalGetsABarAndAnythingElsePlainLines() {
    assertEquals(Progress.Mode.NONE, Progress.mode(Progress.MIN_FILES, true, true));
    assertEquals(Progress.Mode.BAR, Progress.mode(Progress.MIN_FILES + 1, true, true));
    assertEquals(Progress.Mode.LINES, Progress.mode(Progress.MIN_FILES + 1, false, true));
    assertEquals(Progress.Mode.NONE, Progress.mode(100, true, false));
  }

  @Test
  void theEtaAssumesTheOpenFilesTakeAsLongEachAsTheFinishedOnes() {
    assertEquals("?", Progress.eta(0, 10, Duration.ofSeconds(5)));
    assertEquals("1m20s", Progress.eta(2, 10, Duration.ofSeconds(20)));
    assertEquals("5s", Progress.eta(5, 10, Duration.ofMillis(4_600)));
    assertEquals("2h00m", Progress.format(Duration.ofHours(2)));
  }

  @Test
  void theBarRedrawsOneLineInPlaceWithCountsAndEndsIt() {
    StringWriter err = new StringWriter();
    Progress bar = new Progress(Progress.Mode.BAR, 12, new PrintWriter(err));
    bar.update(3, 1, Duration.ofSeconds(8));
    bar.update(3, 1, Duration.ofSeconds(8));
    bar.finish(10, 2, Duration.ofSeconds(20));
    String text = err.toString();
    assertEquals(2, text.chars().filter(c -> c == '\r').count(), "an unchanged line is not redrawn");
    assertTrue(text.contains("4/12  done 3, failed 1  ETA 16s"), text);
    assertTrue(text.contains("12/12  done 10, failed 2  in 20s"), text);
    assertTrue(text.endsWith("\n") && text.indexOf('\n') == text.length() - 1, "one line, ended once");
  }

  @Test
  void plainLinesComeOncePerTenthOfTheFilesAndAtTheEnd() {
    StringWriter err = new StringWriter();
    Progress lines = new Progress(Progress.Mode.LINES, 40, new PrintWriter(err));
    for (int done = 0; done <= 39; done++) {
      lines.update(done, 0, Duration.ofSeconds(done));
    }
    lines.finish(39, 1, Duration.ofSeconds(41));
    String[] written = err.toString().split("\n");
    assertEquals(10, written.length, err::toString);
    assertTrue(written[0].contains("4/40") && written[0].startsWith("kabar: ["), written[0]);
    assertTrue(written[9].contains("40/40  done 39, failed 1  in 41s"), written[9]);
    StringWriter none = new StringWriter();
    new Progress(Progress.Mode.NONE, 40, new PrintWriter(none)).finish(40, 0, Duration.ZERO);
    assertEquals("", none.toString());
  }
}
