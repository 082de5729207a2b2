package io.kabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.analysis.ErrorCode;
import io.kabar.testing.HostileCorpus;
import io.kabar.testing.HostileCorpus.Item;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's done-when: the whole hostile corpus through {@code java -Xmx512m -jar target/kabar.jar
 * analyze FILE…} in one process gives one JSON answer per file, in order, each an analysis or a
 * documented error code, and exit code 0. Writes the outcome table to
 * {@code target/hostile-corpus.md}.
 */
class HostileCorpusIT {

  @Test
  void theWholeCorpusInOneProcessUnder512Mb(@TempDir Path dir) throws Exception {
    List<Item> items = HostileCorpus.items();
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    List<Path> files = HostileCorpus.write(corpus);
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", JarsIT.CLI_JAR.toString(), "analyze", "--no-pretty"));
    files.forEach(f -> command.add(f.toString()));
    Path out = dir.resolve("out.jsonl");
    Path err = dir.resolve("err.txt");
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean finished = process.waitFor(10, TimeUnit.MINUTES); // a hang guard, not a speed claim
    if (!finished) {
      process.destroyForcibly();
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertTrue(finished, "analyze finished");
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "exit code 0; stderr: " + stderr);
    assertFalse(stderr.contains("OutOfMemoryError") || stderr.contains("StackOverflowError"), stderr);

    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    assertEquals(items.size(), lines.size(), "one JSON answer per file");
    ObjectMapper json = new ObjectMapper();
    StringBuilder table = new StringBuilder("| file | kind | outcome |\n|---|---|---|\n");
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      JsonNode answer = json.readTree(lines.get(i));
      assertEquals(item.name(), answer.path("id").asText(), "answers in file order");
      String outcome;
      if (answer.has("error")) {
        ErrorCode code = ErrorCode.valueOf(answer.path("error").path("code").asText());
        assertTrue(item.codes().contains(code), item.kind() + ": " + answer);
        outcome = "`" + code + "`";
      } else {
        assertTrue(item.ok(), item.kind() + ": expected " + item.codes() + ", got an analysis");
        HostileCorpus.assertClean(answer, item.kind());
        outcome = "analysis (" + answer.path("language").asText() + ", " + answer.path("text").asText().length() + " chars, "
            + answer.path("entities").size() + " entities)";
      }
      table.append("| `").append(item.name()).append("` | ").append(item.kind()).append(" | ").append(outcome).append(" |\n");
    }
    table.append("\n").append(items.size()).append(" files, one process, -Xmx512m, ").append(seconds).append(" s wall\n");
    Files.writeString(Path.of("target/hostile-corpus.md"), table, StandardCharsets.UTF_8);
  }
}
