package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReaderTest {
  private final JsonReader reader = new JsonReader();

  private ArticleException malformed(String json) {
    ArticleException e = assertThrows(ArticleException.class, () -> reader.read(json));
    assertEquals(ErrorCode.MALFORMED, e.code(), e.getMessage());
    return e;
  }

  @Test
  void cmsExport() throws Exception {
    Document doc = reader.read("{\"id\": 7, \"title\": \"Harga beras naik\", \"body\": \"Paragraf satu.\\n\\nParagraf dua.\","
        + " \"author\": \"Sari Dewi\", \"published_at\": \"2024-06-03T08:00:00+07:00\", \"language\": \"id-ID\"}");
    assertEquals("Harga beras naik", doc.title());
    assertEquals("Sari Dewi", doc.byline());
    assertEquals("2024-06-03T08:00:00+07:00", doc.publishedAt());
    assertEquals("id", doc.languageHint());
    assertEquals(List.of("Paragraf satu.", "Paragraf dua."), doc.paragraphs());
  }

  @Test
  void commonVariantsOfFieldNames() throws Exception {
    Document doc = reader.read("{\"headline\": \"Bridge &amp; tunnel\", \"article_body\": \"Text.\","
        + " \"authors\": [\"A. Writer\", {\"name\": \"B. Editor\"}], \"publishedAt\": \"2024-06-03\"}");
    assertEquals("Bridge & tunnel", doc.title());
    assertEquals("A. Writer, B. Editor", doc.byline());
    assertEquals("2024-06-03", doc.publishedAt());
    assertEquals(List.of("Text."), doc.paragraphs());

    doc = reader.read("{\"Title\": \"T\", \"content\": {\"rendered\": \"<p>Rendered.</p>\"}, \"byline\": \"By X\","
        + " \"date\": 1717372800}");
    assertEquals("By X", doc.byline());
    assertEquals("2024-06-03T00:00:00Z", doc.publishedAt());
    assertEquals(List.of("Rendered."), doc.paragraphs());

    doc = reader.read("{\"article\": {\"text\": \"Wrapped body.\", \"published\": \"kemarin\"}}");
    assertEquals(List.of("Wrapped body."), doc.paragraphs());
    assertEquals("kemarin", doc.publishedAt());
    assertNull(doc.title());
  }

  @Test
  void htmlInTheBodyBecomesPlainParagraphs() throws Exception {
    Document doc = reader.read("{\"title\": \"<b>Bold</b> title\", \"body\": \"<h2>Sub head</h2><p>First <a href='x'>link"
        + "</a> para.</p><script>alert(1)</script><div><p>Nested</p> tail</div><ul><li>One</li><li>Two</li></ul>"
        + "Line one<br><br>Line two<br>continued\"}");
    assertEquals("Bold title", doc.title());
    assertEquals(List.of("Sub head", "First link para.", "Nested", "tail", "One", "Two", "Line one",
        "Line two continued"), doc.paragraphs());
  }

  @Test
  void entitiesInAPlainBodyAreDecodedAndParagraphsKept() throws Exception {
    Document doc = reader.read("{\"body\": \"Tom &amp; Jerry at AT&T.\\n\\nSecond &lt;para&gt;.\"}");
    assertEquals(List.of("Tom & Jerry at AT&T.", "Second <para>."), doc.paragraphs());
  }

  @Test
  void bodyAsAnArrayOfParagraphs() throws Exception {
    Document doc = reader.read("{\"body\": [\"One.\", {\"text\": \"Two.\"}, 3]}");
    assertEquals(List.of("One.", "Two.", "3"), doc.paragraphs());
  }

  @Test
  void wrongShapes() {
    assertTrue(malformed("[{\"body\": \"x\"}]").getMessage().contains("root is an array"));
    assertTrue(malformed("42").getMessage().contains("root is a number"));
    assertTrue(malformed("\"text\"").getMessage().contains("root is a string"));
    ArticleException e = malformed("{\"title\": \"T\", \"summary\": \"S\"}");
    assertTrue(e.getMessage().contains("no body field") && e.getMessage().contains("title, summary"), e.getMessage());
    assertTrue(malformed("{\"body\": 12}").getMessage().contains("body field is a number"));
    assertTrue(malformed("{\"body\": {\"x\": 1}}").getMessage().contains("body field is an object without a text"));
  }

  @Test
  void truncatedAndBrokenJson() {
    ArticleException e = malformed("{\"title\": \"T\", \"body\": \"Some text");
    assertTrue(e.getMessage().startsWith("JSON is truncated"), e.getMessage());
    assertTrue(malformed("{\"title\": \"T\", \"body\": [\"a\"").getMessage().startsWith("JSON is truncated"));
    assertTrue(malformed("{\"body\": \"x\",}").getMessage().startsWith("not valid JSON at line 1"));
    assertTrue(malformed("{\"body\": \"x\"} trailing").getMessage().startsWith("not valid JSON"));
    assertTrue(malformed("   ").getMessage().contains("no value"));
  }

  @Test
  void deepNestingFailsFastWithoutOverflowingTheStack() {
    int depth = 100_000;
    String deep = "{\"body\": \"x\", \"a\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    ArticleException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> malformed(deep));
    assertEquals("JSON exceeds a limit (nesting depth 64, string length 20000000): Document nesting depth (65) "
        + "exceeds the maximum allowed (64)", e.getMessage());
    String deepObjects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    assertTrue(malformed(deepObjects).getMessage().contains("nesting depth"));
  }

  @Test
  void nestingWithinTheLimitIsRead() throws Exception {
    String ok = "{\"body\": \"x\", \"meta\": " + "[".repeat(JsonReader.MAX_NESTING_DEPTH - 2)
        + "]".repeat(JsonReader.MAX_NESTING_DEPTH - 2) + "}";
    assertEquals(List.of("x"), reader.read(ok).paragraphs());
  }
}
