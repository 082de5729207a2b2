package io.kabar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

  @Test
  void hasEveryTopLevelFieldAndWholeNumbers() throws Exception {
    String article = "Jakarta, KABAR – Menteri Rina Susanti mengatakan bahwa sekitar 4.000 tentara telah dikirim ke "
        + "perbatasan itu pada Juni 2024. Inflasi juga naik 2,5 persen dalam bulan yang sama.";
    Analysis a = Pipeline.standard().analyze(Source.of("doc-1", "doc.txt", article.getBytes(StandardCharsets.UTF_8)));
    String json = AnalysisJson.toJson(a);
    JsonNode tree = AnalysisJson.mapper().readTree(json);
    List<String> fields = new ArrayList<>();
    tree.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("id", "language", "title", "byline", "publishedAt", "siteName", "canonicalUrl", "dateline",
        "text", "paragraphs", "removed", "entities", "claims", "summary"), fields);
    assertTrue(tree.get("siteName").isNull() && tree.get("canonicalUrl").isNull(), "present and null for plain text");
    assertEquals("doc-1", tree.get("id").asText());
    assertTrue(tree.get("title").isNull());
    JsonNode quantity = null;
    for (JsonNode e : tree.get("entities")) {
      if (e.get("type").asText().equals("QUANTITY")) {
        quantity = e;
      }
      if (e.get("type").asText().equals("DATE")) {
        assertEquals("2024-06", e.get("normalized").asText());
      }
    }
    assertTrue(quantity != null, json);
    for (String f : List.of("value", "low", "high", "unit", "approximate")) {
      assertTrue(quantity.has(f), f);
    }
    assertTrue(quantity.get("value").isIntegralNumber(), quantity.toString());
    assertTrue(quantity.get("approximate").asBoolean());
    assertTrue(json.contains("\"value\":4000,"), json);
    assertFalse(json.contains("4000.0"), json);
    assertTrue(json.contains("\"value\":2.5"), json);
    JsonNode summary = tree.get("summary");
    assertTrue(summary.has("headline") && summary.has("sentences") && summary.has("keyPoints"));
    JsonNode claim = tree.get("claims").get(0);
    for (String f : List.of("text", "kind", "speaker", "speakerKey", "cue", "start", "end", "quantities", "entities",
        "checkworthiness")) {
      assertTrue(claim.has(f), f);
    }
  }

  @Test
  void carriesThePageMetadata() throws Exception {
    String html = "<html lang=id><head><title>Harga beras naik - Kabar Harian</title>"
        + "<meta property=og:site_name content='Kabar Harian'><meta property=og:url content='https://kabar.example/beras'>"
        + "<meta name=author content='Rina Susanti'><meta property=article:published_time content='2024-06-03'>"
        + "</head><body><article><p>Jakarta, KABAR – Harga beras di pasar naik lagi pada pekan ini, kata para pedagang "
        + "yang ditemui di pasar induk.</p><p>Pemerintah akan menggelar operasi pasar untuk menahan kenaikan harga itu, "
        + "dan stok di gudang disebut masih cukup.</p></article></body></html>";
    Analysis a = Pipeline.standard().extract(Source.of("doc-2", "beras.html", html.getBytes(StandardCharsets.UTF_8)));
    JsonNode tree = AnalysisJson.toTree(a);
    assertEquals("Harga beras naik", tree.get("title").asText());
    assertEquals("Rina Susanti", tree.get("byline").asText());
    assertEquals("2024-06-03", tree.get("publishedAt").asText());
    assertEquals("Kabar Harian", tree.get("siteName").asText());
    assertEquals("https://kabar.example/beras", tree.get("canonicalUrl").asText());
    assertEquals("id", tree.get("language").asText());
    assertEquals("Jakarta", tree.get("dateline").get("location").asText());
  }
}
