package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NerEvalCommandTest {
  @TempDir
  Path dir;

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new NerEvalCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(0, cli.execute(args), out::toString);
    return out.toString();
  }

  /** A sentence whose names the gazetteer knows (an alias, a short form, a club): the entity step finds them all. */
  private Path knownNames() throws Exception {
    Path file = dir.resolve("t.conll");
    Files.writeString(file, "Pejabat\tO\nKorut\tB-LOC\nbertemu\tO\ndengan\tO\nDKI\tB-LOC\ndan\tO\nPSG\tB-ORG\n.\tO\n\n");
    return file;
  }

  @Test
  void byDefaultTheEntityStepIsScoredAsThePipelineStoresIt() throws Exception {
    String file = knownNames().toString();
    String byDefault = run(file, "--lang", "id");
    assertEquals(run(file, "--lang", "id", "--system", "entities"), byDefault);
    assertTrue(byDefault.contains("| micro | 3 | 100.0 | 100.0 | 100.0 |"), byDefault);
  }

  @Test
  void aGivenModelIsScoredInsideTheEntityStepByDefault() throws Exception {
    // the English model read as the Indonesian one: it finds other names than the shipped Indonesian model
    Path model = dir.resolve("en-ner.bin");
    try (InputStream in = NerEvalCommandTest.class.getResourceAsStream("/io/kabar/ner/en-ner.bin")) {
      Files.copy(in, model);
    }
    Path file = dir.resolve("t2.conll");
    Files.writeString(file, "Menurut\tO\nBambang\tB-PER\nWidjojanto\tI-PER\n,\tO\nkasus\tO\nitu\tO\nditangani\tO\n"
        + "Polda\tB-ORG\nMetro\tI-ORG\nJaya\tI-ORG\nsejak\tO\nSelasa\tO\n.\tO\n\n"
        + "Warga\tO\nKampung\tB-LOC\nPulo\tI-LOC\nmengungsi\tO\nke\tO\nmasjid\tO\n.\tO\n\n");
    String given = run(file.toString(), "--lang", "id", "--model", model.toString());
    assertEquals(run(file.toString(), "--lang", "id", "--system", "entities_model", "--model", model.toString()), given);
    assertNotEquals(run(file.toString(), "--lang", "id", "--system", "entities"), given, "the given model is used");
  }
}
