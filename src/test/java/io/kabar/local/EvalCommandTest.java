package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar eval extraction}: exit codes, the JSON shape, and a short run on the real dev sets. */
class EvalCommandTest {
  static final Path SHARED = Path.of(System.getProperty("user.dir"), "..", "shared", "data", "extraction");

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  static Path tinyWcxb(Path dir) throws IOException {
    Path root = dir.resolve("tiny");
    Files.createDirectories(root.resolve("html"));
    Files.createDirectories(root.resolve("ground-truth"));
    String body = "The city council approved the new budget on Tuesday after a long debate about schools, "
        + "roads and the public library, which will stay open on Sundays from next year.";
    Files.writeString(root.resolve("html/0001.html"), "<html><head><title>Budget approved</title>"
        + "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00+07:00\">"
        + "<meta name=\"author\" content=\"Sari Dewi\"></head><body><nav>Home News Sport</nav><article><h1>Budget approved</h1>"
        + "<p>" + body + "</p></article><footer>Copyright</footer></body></html>");
    Files.writeString(root.resolve("ground-truth/0001.json"), "{\"url\": \"https://example.com/news/budget\", "
        + "\"ground_truth\": {\"title\": \"Budget approved\", \"author\": \"Sari Dewi\", "
        + "\"publish_date\": \"2024-03-05\", \"main_content\": \"" + body + "\"}}");
    return root;
  }

  @Test
  void aMissingDatasetFolderIsBadUsage(@TempDir Path dir) {
    Run run = run("eval", "extraction", dir.resolve("absent").toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("no such dataset folder"), run.err());
  }

  @Test
  void aFolderWithoutARecognisedLayoutIsBadUsage(@TempDir Path dir) {
    Run run = run("eval", "extraction", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("no recognised layout"), run.err());
  }

  @Test
  void scoresBothSystemsAsJson(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.md");
    Path pages = dir.resolve("pages.jsonl");
    Run run = run("eval", "extraction", "--json", "--out", report.toString(), "--pages", pages.toString(),
        tinyWcxb(dir).toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode set = json.path("datasets").get(0);
    assertEquals("wcxb", set.path("layout").asText());
    assertEquals(1, set.path("pages").asInt());
    JsonNode ours = set.path("systems").path("kabar");
    assertEquals(1.0, ours.path("f1").asDouble(), 1e-9, run.out());
    assertEquals(1, ours.path("title").path("correct").asInt());
    assertEquals(1, ours.path("date").path("correct").asInt());
    assertEquals(0, ours.path("failures").asInt());
    JsonNode theirs = set.path("systems").path("readability4j");
    assertTrue(theirs.path("date").isNull(), "Readability4J finds no date");
    assertTrue(theirs.path("f1").asDouble() > 0.5, run.out());
    assertTrue(Files.readString(report).contains("| tiny | 1 |"), Files.readString(report));
    JsonNode page = new ObjectMapper().readTree(Files.readAllLines(pages).get(0));
    assertEquals("0001", page.path("id").asText());
    assertEquals("Sari Dewi", page.path("gold").path("author").asText());
    assertEquals(1.0, page.path("kabar").path("f1").asDouble(), 1e-9);
    assertTrue(page.path("kabar").path("dateMatch").asBoolean());
  }

  @Test
  void printsATablePerDataset(@TempDir Path dir) throws IOException {
    Run run = run("eval", "extraction", tinyWcxb(dir).toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Readability4J 1.0.8"), run.out());
    assertTrue(run.out().contains("ours minus Readability4J: F1"), run.out());
  }

  @Test
  void runsFivePagesOfEachRealDevSet() throws IOException {
    Path news4k = SHARED.resolve("news4k");
    Path wcxb = SHARED.resolve("wcxb-dev-articles");
    Assumptions.assumeTrue(Files.isDirectory(news4k) && Files.isDirectory(wcxb),
        "the extraction dev sets are not present under " + SHARED);
    Run run = run("eval", "extraction", "--limit", "5", "--json", news4k.toString(), wcxb.toString());
    assertEquals(0, run.exit(), run.err());
    JsonNode sets = new ObjectMapper().readTree(run.out()).path("datasets");
    assertEquals(2, sets.size());
    assertEquals("news4k", sets.get(0).path("layout").asText());
    assertEquals("wcxb", sets.get(1).path("layout").asText());
    for (JsonNode set : sets) {
      assertEquals(5, set.path("pages").asInt());
      // Readability4J is the calibrated reference: on any five dev pages it extracts most of the text
      assertTrue(set.path("systems").path("readability4j").path("f1").asDouble() > 0.6, set.toString());
    }
  }
}
