package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cleanup and dateline data files keep their conventions: provenance, a gloss per rule, no site names. */
class BoilerplateRulesTest {
  private static final Path DIR = Path.of(System.getProperty("user.dir"), "src/main/resources/io/kabar/parse");
  /** Outlet names that must never appear in a rule: rules generalise over sites (see {@code (?<site>)}). */
  private static final Pattern OUTLET = Pattern.compile("viva|kompas|detik|tribun|jawapos|liputan|tempo|okezone|"
      + "sindonews|cnn|bbc|guardian|nytimes|jpnn|merdeka|suara\\.com|inews|kumparan");

  @ParameterizedTest
  @ValueSource(strings = {"boilerplate-common.txt", "boilerplate-en.txt", "boilerplate-id.txt", "datelines.txt"})
  void everyRuleHasAGlossAndTheFileItsProvenance(String name) throws IOException {
    List<String> raw = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8);
    assertTrue(raw.stream().takeWhile(l -> l.startsWith("#")).anyMatch(l -> l.contains("Provenance")),
        name + ": the header must give provenance");
    int rules = 0;
    for (int i = 0; i < raw.size(); i++) {
      String line = raw.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      rules++;
      String gloss = raw.get(i - 1).strip();
      assertTrue(gloss.startsWith("# ") && gloss.length() > 12,
          name + " line " + (i + 1) + ": a rule needs a gloss line above it: " + line);
      String regex = name.equals("datelines.txt") ? line : line.split("\t")[1];
      assertFalse(OUTLET.matcher(regex.toLowerCase(Locale.ROOT)).find(),
          name + " line " + (i + 1) + ": no rule may be keyed to one site: " + regex);
    }
    assertTrue(rules > 0, name + " has no rules");
  }

  @ParameterizedTest
  @ValueSource(strings = {"boilerplate-common.txt", "boilerplate-en.txt", "boilerplate-id.txt"})
  void everyRuleLoads(String name) {
    assertFalse(Cleaner.load("io/kabar/parse/" + name).isEmpty());
  }
}
