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
  void jsonGivesTheSameCellsAsOneDocument() throws Exception {
    Path file = dir.resolve("l.tsv");
    Files.writeString(file, "id\tPemerintah akan menaikkan harga BBM sebesar 10 persen mulai Senin depan.\n"
        + "en\tThe minister said that the road will be built because people have waited for years.\n");
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, "--shared", dir.resolve("absent").toString(), "--labelled", file.toString(), "--json"));
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertEquals(4, json.path("samples").asInt());
    assertEquals(4, json.path("cells").size(), "two languages times sentence and words5");
    com.fasterxml.jackson.databind.JsonNode first = json.path("cells").get(0);
    assertEquals("en", first.path("gold").asText());
    for (com.fasterxml.jackson.databind.JsonNode cell : json.path("cells")) {
      int answered = 0;
      for (var it = cell.path("answers").elements(); it.hasNext(); ) {
        answered += it.next().asInt();
      }
      assertEquals(cell.path("n").asInt(), answered, cell::toString);
      assertEquals(100.0 * cell.path("answers").path(cell.path("gold").asText()).asInt(0) / cell.path("n").asInt(),
          cell.path("accuracy").asDouble(), 1e-9, cell::toString);
    }
  }

  @Test
  void noDataIsAUsageError() {
    assertEquals(2, run(new StringWriter(), "--shared", dir.resolve("absent").toString()));
  }
}
