package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LanguageEvalCommandTest {
  @TempDir
  Path dir;

  private int run(StringWriter out, String... args) {
    CommandLine cli = new CommandLine(new LanguageEvalCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void scoresLabelledLinesByLanguageAndLength() throws Exception {
    Path file = dir.resolve("l.tsv");
    Files.writeString(file, "# comment\nid\tPemerintah akan menaikkan harga BBM sebesar 10 persen mulai Senin depan.\n"
        + "en\tThe minister said that the road will be built because people have waited for years.\n"
        + "und\tWaziri alisema kwamba serikali itajenga barabara mpya.\n");
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, "--shared", dir.resolve("absent").toString(), "--labelled", file.toString()));
    String table = out.toString();
    assertTrue(table.contains("| id | sentence | 1 | 100.0% |"), table);
    assertTrue(table.contains("| en | sentence | 1 | 100.0% |"), table);
    assertTrue(table.contains("| und | sentence | 1 | 100.0% |"), table);
    assertTrue(table.contains("all: 6 samples"), table);
  }

  @Test
  void noDataIsAUsageError() {
    assertEquals(2, run(new StringWriter(), "--shared", dir.resolve("absent").toString()));
  }
}
