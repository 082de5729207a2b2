package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar eval claims}: exit codes, the JSON shape, and the seed article when ../shared is present. */
class ClaimsEvalCommandTest {
  static final Path SAMPLES = Path.of(System.getProperty("user.dir"), "..", "shared", "samples");

  @Test
  void missingFolderIsAUsageError() {
    EvalCommandTest.Run r = EvalCommandTest.run("eval", "claims", "/no/such/folder");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such folder"), r.err());
  }

  @Test
  void jsonCountsAFoundAndAMissedClaim(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Harga beras\n\nMenteri Perdagangan Budi Santoso mengatakan harga beras "
        + "akan turun pekan depan.\n\nCuaca di Jakarta cerah sepanjang hari.\n");
    Files.writeString(dir.resolve("a.expected.json"), "{\"language\":\"id\",\"claims\":["
        + "{\"speaker_any\":[\"Menteri Perdagangan Budi Santoso\"],\"text_contains\":\"harga beras akan turun\","
        + "\"kind\":\"ATTRIBUTED\"},"
        + "{\"speaker_any\":[\"Budi\"],\"text_contains\":\"kalimat yang tidak ada\"}]}");
    EvalCommandTest.Run r = EvalCommandTest.run("eval", "claims", "--json", dir.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode id = new ObjectMapper().readTree(r.out()).path("languages").path("id");
    assertEquals(2, id.path("gold").asInt());
    assertEquals(1, id.path("found").asInt());
    assertEquals(0.5, id.path("recall").asDouble(), 1e-9);
  }

  @Test
  void seedArticleClaimsAreAllFound() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(SAMPLES.resolve("viva-putin-korut.expected.json")), "../shared absent");
    EvalCommandTest.Run r = EvalCommandTest.run("eval", "claims", "--json", SAMPLES.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode all = new ObjectMapper().readTree(r.out()).path("all");
    assertEquals(10, all.path("gold").asInt());
    assertEquals(1.0, all.path("recall").asDouble(), 1e-9);
    assertEquals(1.0, all.path("speakerAccuracy").asDouble(), 1e-9);
    assertEquals(1.0, all.path("kindAccuracy").asDouble(), 1e-9);
    assertEquals(1.0, all.path("quantityAccuracy").asDouble(), 1e-9);
  }
}
