package io.kabar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Pipeline PIPELINE = Pipeline.standard();

  static byte[] resource(String path) throws IOException {
    try (InputStream in = PipelineTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  static void assertMentionsValid(Analysis a) {
    for (Entity e : a.entities()) {
      for (Mention m : e.mentions()) {
        assertEquals(m.text(), a.text().substring(m.start(), m.end()), e.key());
      }
    }
    for (Claim c : a.claims()) {
      assertTrue(c.start() >= 0 && c.end() <= a.text().length(), c.toString());
    }
  }

  @Test
  void englishSampleNamesArePlacesCompaniesAndPeople() throws Exception {
    Analysis a = PIPELINE.analyze(new Source("wind", "harbour-wind-farm.html",
        resource("/io/kabar/local/samples/harbour-wind-farm.html"), Optional.of("text/html"), Optional.empty()));
    assertMentionsValid(a);
    java.util.function.Function<String, Entity> byKey = key -> a.entities().stream()
        .filter(e -> e.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + ": " + a.entities()));
    assertEquals(EntityType.LOCATION, byKey.apply("LOCATION#port-ellery").type());
    assertEquals(EntityType.ORGANIZATION, byKey.apply("ORGANIZATION#northwind-energy").type());
    assertEquals(List.of("Okafor"), byKey.apply("PERSON#harriet-okafor").aliases());
    assertTrue(a.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON
        && (e.canonical().contains("Ellery") || e.canonical().contains("Northwind"))), a.entities().toString());
    Entity friday = a.entities().stream().filter(e -> e.type() == EntityType.DATE && e.canonical().contains("Friday"))
        .findFirst().orElseThrow(() -> new AssertionError(a.entities().toString()));
    assertEquals(a.publishedAt().substring(0, 10).compareTo(friday.normalized()) >= 0, true, friday.toString());
    assertEquals(java.time.DayOfWeek.FRIDAY, java.time.LocalDate.parse(friday.normalized()).getDayOfWeek());
  }

  @Test
  void standardIsBuiltOnce() {
    assertSame(Pipeline.standard(), Pipeline.standard());
    assertEquals(Pipeline.DEFAULT_MAX_BYTES, Pipeline.standard().maxBytes());
  }

  @Test
  void tooLargeNamesSizeLimitAndVariable() {
    ArticleException e = assertThrows(ArticleException.class,
        () -> Pipeline.withMaxBytes(10).extract(Source.of("a", "a.txt", new byte[11])));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("11") && e.getMessage().contains("10")
        && e.getMessage().contains("KABAR_MAX_OBJECT_BYTES"), e.getMessage());
  }

  @Test
  void emptyInputsAreEmpty() {
    for (String content : new String[] {"", "   \n\n\t", "<html><body><script>x()</script></body></html>", "--- ... ***"}) {
      String name = content.startsWith("<") ? "a.html" : "a.txt";
      ArticleException e = assertThrows(ArticleException.class,
          () -> PIPELINE.extract(Source.of("a", name, content.getBytes(StandardCharsets.UTF_8))), content);
      assertEquals(ErrorCode.EMPTY, e.code(), content);
    }
  }

  @Test
  void onlyBoilerplateIsEmpty() {
    ArticleException e = assertThrows(ArticleException.class, () -> PIPELINE.extract(
        Source.of("a", "a.txt", "Halaman Selanjutnya\nADVERTISEMENT".getBytes(StandardCharsets.UTF_8))));
    assertEquals(ErrorCode.EMPTY, e.code());
  }

  @Test
  void unsupportedFormat() {
    ArticleException e = assertThrows(ArticleException.class,
        () -> PIPELINE.extract(Source.of("a", "a.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
  }

  @Test
  void htmlArticleEndToEnd() throws Exception {
    Analysis a = PIPELINE.analyze(Source.of("bridge", "articles/en/harbor-bridge.html",
        resource("/articles/en/harbor-bridge.html")));
    assertEquals("en", a.language());
    assertEquals("Harbor bridge reopens after repairs", a.title());
    assertEquals("Jane Writer", a.byline());
    assertEquals(new Dateline("PORTVILLE", "Example Wire"), a.dateline());
    assertTrue(a.paragraphs().get(0).startsWith("The Harbor Bridge reopened"));
    assertFalse(a.text().contains("Read more"));
    assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("READ_ALSO")));
    assertTrue(a.entities().stream().anyMatch(e -> e.key().equals("PERSON#alice-moreno")
        && e.aliases().contains("Moreno")), a.entities().toString());
    assertTrue(a.entities().stream().anyMatch(e -> e.type() == EntityType.MONEY && e.value() == 3.5e6
        && e.approximate()), a.entities().toString());
    assertTrue(a.claims().stream().anyMatch(c -> c.kind() == ClaimKind.QUOTE
        && c.text().equals("We kept our promise to the people of Portville")
        && "PERSON#alice-moreno".equals(c.speakerKey())), a.claims().toString());
    assertNotNull(a.summary());
    assertEquals("Harbor bridge reopens after repairs", a.summary().headline());
    assertMentionsValid(a);
  }

  @Test
  void indonesianTextEndToEnd() throws Exception {
    Analysis a = PIPELINE.extract(Source.of("banjir", "banjir-kota.txt", resource("/articles/id/banjir-kota.txt")));
    assertNull(a.summary());
    assertEquals("id", a.language());
    assertEquals(new Dateline("Bandung", "KABAR"), a.dateline());
    assertEquals(4, a.paragraphs().size(), a.paragraphs().toString());
    assertEquals(String.join("\n\n", a.paragraphs()), a.text());
    assertEquals(java.util.List.of("PHOTO_CAPTION", "PHOTO_CAPTION", "READ_ALSO", "PAGINATION", "DUPLICATE_PARAGRAPH"),
        a.removed().stream().map(Removal::reason).toList());
    assertTrue(a.entities().stream().anyMatch(e -> e.key().equals("LOCATION#bandung")), a.entities().toString());
    assertTrue(a.entities().stream().anyMatch(e -> e.key().equals("DATE#2026-01")));
    assertTrue(a.claims().stream().anyMatch(c -> c.cue().equals("menurut") && c.quantities().size() == 2),
        a.claims().toString());
    assertMentionsValid(a);
  }

  @Test
  void anOutletOnlyDatelineHasNoPlaceAndNamesTheOutletForCleaning() throws Exception {
    String text = "Merdeka.com - Polisi menangkap dua orang yang diduga mencuri sepeda motor di Bekasi pada Senin "
        + "malam, kata juru bicara kepolisian.\n\nMerdeka Hukum\n\nKedua tersangka kini ditahan di kantor polisi "
        + "dan akan diperiksa lagi pada Selasa, menurut polisi.";
    Analysis a = PIPELINE.extract(Source.of("m", "m.txt", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(new Dateline(null, "Merdeka.com"), a.dateline());
    assertTrue(a.text().startsWith("Polisi menangkap"), a.text());
    assertFalse(a.text().contains("Merdeka Hukum"), "the outlet's rubric is a section label: " + a.text());
    assertTrue(a.removed().stream().anyMatch(r -> r.reason().equals("SECTION_LABEL")), a.removed().toString());
    assertTrue(a.entities().stream().noneMatch(e -> e.canonical() == null), a.entities().toString());
    com.fasterxml.jackson.databind.JsonNode dateline = AnalysisJson.toTree(a).get("dateline");
    assertTrue(dateline.get("location").isNull(), dateline.toString());
    assertEquals("Merdeka.com", dateline.get("source").asText());
    assertMentionsValid(a);
  }

  @Test
  void languageHintIsUsedForShortText() throws Exception {
    Source s = new Source("a", "a.txt", "Kim Jong Un tiba.".getBytes(StandardCharsets.UTF_8), Optional.empty(),
        Optional.of("id"));
    assertEquals("id", PIPELINE.extract(s).language());
    assertEquals("und", PIPELINE.extract(Source.of("a", "a.txt", "Kim Jong Un.".getBytes(StandardCharsets.UTF_8)))
        .language());
  }

  @Test
  void hostileInputsFinishQuickly() {
    assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
      String word = "A" + "b".repeat(2 * 1024 * 1024);
      PIPELINE.analyze(Source.of("w", "w.txt", word.getBytes(StandardCharsets.UTF_8)));
      StringBuilder many = new StringBuilder();
      for (int i = 0; i < 100_000; i++) {
        many.append("Paragraf ").append(i).append(" dari Kim Jong Un di Jakarta.\n");
      }
      Analysis a = PIPELINE.analyze(Source.of("p", "p.txt", many.toString().getBytes(StandardCharsets.UTF_8)));
      assertEquals(100_000, a.paragraphs().size());
      String md = "**a" + "*_[(b".repeat(200_000);
      PIPELINE.analyze(Source.of("m", "m.md", md.getBytes(StandardCharsets.UTF_8)));
    });
  }
}
