package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar analyze}: in-process, no AWS; one JSON object per input, failures inline. */
class AnalyzeCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  record Run(int exit, List<JsonNode> lines, String err) {}

  static Run run(String... args) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        lines.add(JSON.readTree(line));
      }
    }
    return new Run(exit, lines, err.toString());
  }

  @Test
  void jsonlInputsFailOneByOneAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("docs.jsonl");
    Files.writeString(input, String.join("\n",
        "{\"id\":\"a\",\"text\":\"WASHINGTON (Reuters) - The Senate approved the bill on Tuesday, Senator Maria Lopez said.\"}",
        "{\"id\":\"b\",\"text\":",
        "[1,2,3]",
        "{\"id\":\"c\",\"title\":\"no body\"}",
        "{\"id\":\"d\",\"html\":\"<html lang='id'><body><article><p>Presiden Joko Santoso mengatakan bahwa ekonomi tumbuh 5 persen tahun ini.</p></article></body></html>\"}",
        "{\"id\":\"e\",\"text\":\"   \"}"), StandardCharsets.UTF_8);

    Run run = run("analyze", "--jsonl", input.toString());

    assertEquals(0, run.exit(), "every input has its answer, failed ones included");
    assertEquals(3, run("analyze", "--strict", "--jsonl", input.toString()).exit(), "--strict: some inputs failed");
    assertEquals(6, run.lines().size(), "one answer per input line");
    assertEquals("a", run.lines().get(0).path("id").asText());
    assertTrue(run.lines().get(0).has("entities"));
    assertEquals("MALFORMED", run.lines().get(1).path("error").path("code").asText());
    assertEquals("MALFORMED", run.lines().get(2).path("error").path("code").asText());
    assertEquals("c", run.lines().get(3).path("id").asText());
    assertEquals("MALFORMED", run.lines().get(3).path("error").path("code").asText());
    assertEquals("d", run.lines().get(4).path("id").asText());
    assertEquals("id", run.lines().get(4).path("language").asText());
    assertTrue(run.lines().get(4).path("text").asText().startsWith("Presiden Joko Santoso"), "markup gone");
    assertEquals("EMPTY", run.lines().get(5).path("error").path("code").asText());
  }

  @Test
  void aMissingFileIsReportedAndTheOthersStillRun(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.md");
    Files.writeString(good, "# Judul\n\nGubernur Anton Siregar mengatakan banjir surut pada hari Rabu.\n", StandardCharsets.UTF_8);

    Run run = run("analyze", "--no-pretty", dir.resolve("missing.txt").toString(), good.toString());

    assertEquals(0, run.exit());
    assertEquals("NOT_FOUND", run.lines().get(0).path("error").path("code").asText());
    assertEquals("Judul", run.lines().get(1).path("title").asText());
  }

  @Test
  void jsonIsTheDefaultAndTheFlagIsAcceptedForConsistency(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.md");
    Files.writeString(good, "# Judul\n\nGubernur Anton Siregar mengatakan banjir surut pada hari Rabu.\n", StandardCharsets.UTF_8);

    Run plain = run("analyze", "--no-pretty", good.toString());
    Run flagged = run("analyze", "--no-pretty", "--json", good.toString());

    assertEquals(0, flagged.exit());
    assertEquals(plain.lines().get(0).path("entities"), flagged.lines().get(0).path("entities"));
    assertEquals(plain.lines().get(0).path("title"), flagged.lines().get(0).path("title"));
    StringWriter err = new StringWriter();
    assertEquals(2, Cli.run(new String[] {"analyze", "--json", "--format", "html", good.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
    assertTrue(err.toString().contains("--json and --format html exclude each other"), err::toString);
  }
}
