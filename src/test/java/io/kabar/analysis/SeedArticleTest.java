package io.kabar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Acceptance checks on the shared seed article; skipped when ../shared is not present. */
@EnabledIf(value = "seedPresent", disabledReason = "../shared/samples/viva-putin-korut.txt is not present")
class SeedArticleTest {
  private static final Path SEED =
      Path.of(System.getProperty("user.dir"), "..", "shared", "samples", "viva-putin-korut.txt");
  private static Analysis analysis;

  static boolean seedPresent() {
    return Files.exists(SEED);
  }

  @BeforeAll
  static void analyse() throws Exception {
    Assumptions.assumeTrue(Files.exists(SEED), "seed article not present: " + SEED);
    analysis = Pipeline.standard().analyze(Source.of("viva-putin-korut", SEED.getFileName().toString(),
        Files.readAllBytes(SEED)));
  }

  private static Optional<Entity> entity(EntityType type, String name) {
    return analysis.entities().stream()
        .filter(e -> e.type() == type)
        .filter(e -> e.canonical().equalsIgnoreCase(name) || e.aliases().stream().anyMatch(name::equalsIgnoreCase))
        .findFirst();
  }

  /** A measure one of whose mentions contains {@code form} ({@code 3.000 pasukan} in {@code sekitar 3.000 pasukan}). */
  private static Optional<Entity> measure(EntityType type, String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    return analysis.entities().stream().filter(e -> e.type() == type)
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().toLowerCase(Locale.ROOT).contains(lower)))
        .findFirst();
  }

  @Test
  void boilerplateIsGone() {
    for (String gone : List.of("Halaman Selanjutnya", "Photo :", "Minisitry of Defence",
        "VIVA Militer: Tentara Korea Utara (Korut) di Rusia", "VIVA Militer: Kim Jong-un")) {
      assertFalse(analysis.text().toLowerCase(Locale.ROOT).contains(gone.toLowerCase(Locale.ROOT)), gone);
    }
    for (String once : List.of("Pernyataan tersebut mengutip Kim yang mengatakan bahwa pengerahan pasukan tersebut dimaksudkan",
        "Mereka yang berjuang demi keadilan semuanya adalah pahlawan")) {
      assertEquals(analysis.text().indexOf(once), analysis.text().lastIndexOf(once), once);
      assertTrue(analysis.text().contains(once), once);
    }
  }

  @Test
  void datelineAndLanguage() {
    assertEquals(new Dateline("Moskow", "VIVA"), analysis.dateline());
    assertEquals("id", analysis.language());
    assertTrue(analysis.text().startsWith("Presiden Rusia Vladimir Putin"));
  }

  @Test
  void entities() {
    Entity putin = entity(EntityType.PERSON, "Vladimir Putin").orElseThrow();
    assertTrue(putin.aliases().contains("Putin"));
    Entity kim = entity(EntityType.PERSON, "Kim Jong Un").orElseThrow();
    assertTrue(kim.aliases().contains("Kim"), kim.toString());
    Entity kp = entity(EntityType.LOCATION, "Korea Utara").orElseThrow();
    assertTrue(kp.aliases().contains("Korut"));
    assertEquals("LOCATION#kp", kp.key());
    for (String place : List.of("Rusia", "Ukraina", "Kursk", "Korea Selatan", "Pyongyang", "Moskow", "AS")) {
      assertTrue(entity(EntityType.LOCATION, place).isPresent(), place);
    }
    for (String org : List.of("Kremlin", "The Hindu", "Komisi Militer Pusat Korea Utara")) {
      assertTrue(entity(EntityType.ORGANIZATION, org).isPresent(), org);
    }
    assertEquals("2024-06", entity(EntityType.DATE, "Juni 2024").orElseThrow().normalized());
    Entity range = analysis.entities().stream().filter(e -> e.type() == EntityType.QUANTITY && e.low() != null)
        .findFirst().orElseThrow();
    assertEquals(10000.0, range.low());
    assertEquals(12000.0, range.high());
    for (double v : new double[] {4000, 3000}) {
      assertTrue(analysis.entities().stream().anyMatch(e -> e.type() == EntityType.QUANTITY
          && Double.valueOf(v).equals(e.value()) && e.approximate()), "approximate " + v);
    }
    for (String junk : List.of("Halaman Selanjutnya", "Photo", "Minisitry of Defence of the Russian Federation")) {
      assertFalse(analysis.entities().stream().anyMatch(e -> e.canonical().equalsIgnoreCase(junk)), junk);
    }
    PipelineTest.assertMentionsValid(analysis);
  }

  /**
   * Every entity of the expected JSON ({@code entities}) with its type, merged aliases
   * ({@code also_called}), date and quantity values; none of {@code entities_must_not_include}.
   */
  @Test
  void entitiesOfTheExpectedJson() throws Exception {
    Path expectedFile = SEED.resolveSibling("viva-putin-korut.expected.json");
    Assumptions.assumeTrue(Files.exists(expectedFile), "no expectations: " + expectedFile);
    JsonNode expected = new ObjectMapper().readTree(expectedFile.toFile());
    for (JsonNode want : expected.get("entities")) {
      EntityType type = EntityType.valueOf(want.get("type").asText());
      List<String> any = new java.util.ArrayList<>();
      want.get("any").forEach(n -> any.add(n.asText()));
      Entity found = any.stream().map(name -> type.isMeasure() ? measure(type, name) : entity(type, name))
          .flatMap(Optional::stream).findFirst()
          .orElseThrow(() -> new AssertionError("no " + type + " " + any + " in " + analysis.entities()));
      if (want.has("also_called")) {
        for (JsonNode alias : want.get("also_called")) {
          assertTrue(found.aliases().stream().anyMatch(alias.asText()::equalsIgnoreCase)
              || found.canonical().equalsIgnoreCase(alias.asText()), alias + " not merged into " + found);
        }
      }
      if (want.has("normalized")) {
        assertEquals(want.get("normalized").asText(), found.normalized(), found.toString());
      }
      for (String field : List.of("value", "low", "high")) {
        if (want.has(field)) {
          Double actual = field.equals("value") ? found.value() : field.equals("low") ? found.low() : found.high();
          assertEquals(want.get(field).asDouble(), actual, field + " of " + found);
        }
      }
      if (want.has("approximate")) {
        assertEquals(want.get("approximate").asBoolean(), found.approximate(), found.toString());
      }
    }
    for (JsonNode junk : expected.get("entities_must_not_include")) {
      String bad = junk.asText();
      assertFalse(analysis.entities().stream().anyMatch(e -> e.canonical().equalsIgnoreCase(bad)
          || e.aliases().stream().anyMatch(bad::equalsIgnoreCase)), bad);
    }
  }

  @Test
  void theCaptionCreditIsNoEntityEvenWhenTheCleanerKeepsIt() throws Exception {
    String raw = Files.readString(SEED);
    io.kabar.extract.EntityExtractor extractor = io.kabar.extract.EntityExtractor.standard();
    List<io.kabar.nlp.Sentence> sentences = io.kabar.nlp.SentenceSplitter.standard().split(raw, "id");
    List<Entity> entities = extractor.extract(raw, sentences, "id", null);
    assertTrue(entities.stream().anyMatch(e -> e.key().equals("LOCATION#kp")), entities.toString());
    for (Entity e : entities) {
      for (io.kabar.analysis.Mention m : e.mentions()) {
        assertFalse(m.text().contains("Defence") || m.text().contains("Federation") || m.text().equals("Photo"),
            m.toString());
      }
    }
  }

  @Test
  void claims() {
    assertTrue(analysis.claims().stream().anyMatch(c -> c.kind() == ClaimKind.QUOTE
        && c.text().contains("Mereka yang berjuang demi keadilan") && "PERSON#kim-jong-un".equals(c.speakerKey())));
    assertTrue(analysis.claims().stream().anyMatch(c -> c.text().contains("10.000-12.000 tentara")
        && c.speaker() != null && c.speaker().startsWith("Pejabat intelijen AS")));
    assertTrue(analysis.claims().stream().anyMatch(c -> c.text().contains("memutuskan untuk mengirim pasukan tempur")
        && "Komisi Militer Pusat Korea Utara".equals(c.speaker())));
    long distinct = analysis.claims().stream().map(c -> c.text().toLowerCase(Locale.ROOT)).distinct().count();
    assertEquals(analysis.claims().size(), distinct);
  }

  @Test
  void summaryCoversKeyFactsWithoutBoilerplate() {
    Summary s = analysis.summary();
    assertTrue(s.sentences().size() <= io.kabar.summarize.RankedSummarizer.MAX_SENTENCES && !s.sentences().isEmpty());
    for (String sentence : s.sentences()) {
      assertFalse(sentence.contains("Halaman Selanjutnya") || sentence.contains("Photo :"), sentence);
    }
    // the key facts of the expected JSON's summary.must_cover_any: at least two must appear
    String joined = String.join(" ", s.sentences());
    List<List<String>> facts = List.of(List.of("Putin", "berterima kasih"), List.of("10.000-12.000"),
        List.of("perjanjian pertahanan"), List.of("4.000"));
    long covered = facts.stream().filter(f -> f.stream().allMatch(joined::contains)).count();
    assertTrue(covered >= 2, "covered " + covered + " key facts: " + joined);
    int last = -1;
    for (String sentence : s.sentences()) {
      int at = analysis.text().indexOf(sentence);
      assertTrue(at > last, "sentences in text order: " + sentence);
      last = at;
    }
  }
}
