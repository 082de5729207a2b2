package io.kabar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void summaryIsLeadWithoutBoilerplate() {
    Summary s = analysis.summary();
    assertTrue(s.sentences().size() <= 3 && !s.sentences().isEmpty());
    for (String sentence : s.sentences()) {
      assertFalse(sentence.contains("Halaman Selanjutnya") || sentence.contains("Photo :"), sentence);
    }
    assertTrue(s.sentences().get(0).contains("Putin berterima kasih"));
  }
}
