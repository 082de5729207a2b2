package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  static String fixture(String path) throws IOException {
    try (InputStream in = HtmlReaderTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheArticleWithoutChrome() throws IOException {
    Document d = new HtmlReader().read(fixture("/articles/en/harbor-bridge.html"));
    assertEquals("Harbor bridge reopens after repairs", d.title());
    assertEquals("Jane Writer", d.byline());
    assertEquals("2025-03-14T08:00:00Z", d.publishedAt());
    assertEquals("en", d.languageHint());
    assertEquals(List.of(
        "PORTVILLE (Example Wire) - The Harbor Bridge reopened on Friday after eight months of repairs, city officials said.",
        "Mayor Alice Moreno said the work cost about $3.5 million, nearly 20% less than planned.",
        "Traffic returns",
        "Buses use the bridge again from Monday.",
        "Cyclists get a new lane.",
        "\"We kept our promise to the people of Portville,\" Moreno said.",
        "Read more: Other city stories"), d.paragraphs());
    String all = String.join("\n", d.paragraphs());
    for (String chrome : List.of("tracking", "color: red", "menu", "newsletter", "figcaption", "Photo:",
        "comment in this form", "Copyright", "tail script", "<", ">")) {
      assertFalse(all.contains(chrome), chrome);
    }
  }

  @Test
  void withoutArticleOrMainTakesTheDensestParagraphContainer() {
    String html = "<html><head><title>Short story | Site</title></head><body>"
        + "<div class=side><p>Tiny.</p></div>"
        + "<div class=story><p>The first long paragraph of the story text.</p><p>The second long paragraph.</p></div>"
        + "</body></html>";
    Document d = new HtmlReader().read(html);
    assertEquals("Short story", d.title());
    assertEquals(List.of("The first long paragraph of the story text.", "The second long paragraph."), d.paragraphs());
  }

  @Test
  void titleSuffixIsRemoved() {
    Document d = new HtmlReader().read("<title>Kim visits Moscow | Example News</title><p>Body</p>");
    assertEquals("Kim visits Moscow", d.title());
    assertTrue(d.paragraphs().contains("Body"));
  }

  @Test
  void entityEncodedMojibakeIsRepairedAfterParsing() {
    // the page's own markup spells the damage as entities: the decoder cannot see it, the text can
    Document d = new HtmlReader().read("<title>It&acirc;&euro;&trade;s back | Site</title><article>"
        + "<p>The bridge isn&acirc;&euro;&trade;t just open &acirc;&euro;&rdquo; it&acirc;&euro;&trade;s busy.</p>"
        + "<p>Caf&Atilde;&copy; owners said traffic doubled.</p></article>");
    assertEquals("It’s back", d.title());
    assertEquals(List.of("The bridge isn’t just open — it’s busy.", "Café owners said traffic doubled."), d.paragraphs());
  }
}
