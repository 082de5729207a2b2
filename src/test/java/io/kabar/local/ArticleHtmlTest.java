package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.Claim;
import io.kabar.analysis.ClaimKind;
import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import io.kabar.analysis.Mention;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Quantity;
import io.kabar.analysis.Source;
import io.kabar.analysis.Summary;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ArticleHtmlTest {
  static final Path SEED = Path.of(System.getProperty("user.dir"), "..", "shared", "samples", "viva-putin-korut.txt");
  static final Pipeline PIPELINE = Pipeline.standard();

  static byte[] bundled(String name) throws Exception {
    try (InputStream in = ArticleHtmlTest.class.getResourceAsStream("/io/kabar/local/samples/" + name)) {
      return in.readAllBytes();
    }
  }

  /** Checks the page against the analysis it shows; returns the number of highlighted mentions. */
  static int checkPage(Analysis analysis, Document page) {
    Map<String, Entity> byKey = new LinkedHashMap<>();
    analysis.entities().forEach(e -> byKey.put(e.key(), e));
    int marks = 0;
    for (Element mark : page.select("article mark[data-entity]")) {
      Entity entity = byKey.get(mark.attr("data-entity"));
      assertTrue(entity != null, "mark of an unknown entity: " + mark);
      assertTrue(mark.hasClass("t-" + entity.type().name()), "highlighted by type: " + mark);
      assertTrue(entity.mentions().stream().anyMatch(m -> m.text().equals(mark.text())),
          () -> "a mark shows one of its entity's mentions: " + mark);
      marks++;
    }
    // the article's text is all there, in order, with only markers added
    String shown = String.join("\n\n", page.select("article > p").stream().map(p -> {
      Element copy = p.clone();
      copy.select("a.claim-mark").remove();
      return copy.wholeText();
    }).toList());
    assertEquals(analysis.text(), shown, "the page shows the whole text unchanged");
    assertEquals(analysis.claims().size(), page.select("section.claims li[id^=claim-item-]").size());
    for (int n = 1; n <= analysis.claims().size(); n++) {
      Element marker = page.getElementById("claim-" + n);
      Element item = page.getElementById("claim-item-" + n);
      assertTrue(marker != null && item != null, "claim " + n + " has a marker in the text and a list item");
      assertEquals("#claim-item-" + n, marker.attr("href"));
      assertEquals(1, item.select("a[href=#claim-" + n + "]").size(), "the list item links to its place in the text");
      assertTrue(marker.closest("article") != null, "the marker is in the article text");
    }
    assertTrue(page.select("script, link, img, iframe, [src]").isEmpty(), "no scripts and nothing loaded from outside");
    assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("default-src 'none'"));
    assertTrue(page.selectFirst("meta[name=viewport]") != null, "readable on a phone");
    return marks;
  }

  @Test
  void theBundledSampleIsHighlightedAndItsClaimsLinked() throws Exception {
    Analysis analysis = PIPELINE.analyze(Source.of("banjir", "Banjir Jakarta – Bekasi.txt",
        bundled("Banjir Jakarta – Bekasi.txt")));
    String html = ArticleHtml.render(ArticleHtml.of(analysis));
    Document page = Jsoup.parse(html);

    int marks = checkPage(analysis, page);

    int mentions = analysis.entities().stream().mapToInt(e -> e.mentions().size()).sum();
    assertTrue(marks >= 10 && marks <= mentions, "marks: " + marks + " of " + mentions + " mentions");
    assertFalse(analysis.claims().isEmpty(), "the sample has claims to link");
    assertEquals(analysis.summary().headline(), page.selectFirst(".summary .headline").text());
    assertTrue(html.startsWith("<!doctype html>"));
  }

  @Test
  void theSeedArticleHasAtLeastTwentyEntityMarks() throws Exception {
    Assumptions.assumeTrue(Files.exists(SEED), "seed article not present: " + SEED);
    Analysis analysis = PIPELINE.analyze(Source.of("viva-putin-korut", SEED.toString(), Files.readAllBytes(SEED)));

    int marks = checkPage(analysis, Jsoup.parse(ArticleHtml.render(ArticleHtml.of(analysis))));

    assertTrue(marks >= 20, "data-entity marks: " + marks);
  }

  @Test
  void markupInTheArticleComesOutEscaped() {
    String text = "Budi said \"<script>alert('x')</script>\" and <img src=x onerror=alert(1)>.\n\n"
        + "A second paragraph & more.";
    int budi = text.indexOf("Budi");
    Entity person = Entity.named("PERSON#budi\"><script>", EntityType.PERSON, "Budi <b>", List.of(), 0.5,
        List.of(new Mention("Budi", budi, budi + 4)));
    Claim claim = new Claim("<script>alert('x')</script>", ClaimKind.QUOTE, "Budi</span><script>", null, "said", 0,
        text.indexOf("\n\n"), List.of(new Quantity("<i>3</i>", 3.0, null, null, "<u>", false)), List.of(person.key()), 0.5);
    Analysis analysis = new Analysis("x<script>", "en", "</title><script>alert(1)</script>", null, null, null, null,
        null, text, List.of(text.split("\n\n")), List.of(), List.of(person), List.of(claim),
        new Summary("<script>h</script>", List.of("<script>s</script>"), List.of("<b>k</b>")));

    String html = ArticleHtml.render(ArticleHtml.of(analysis));
    Document page = Jsoup.parse(html);

    assertTrue(page.select("script, img, b, i, u").isEmpty(), () -> "markup reached the page:\n" + html);
    assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), html);
    assertEquals("</title><script>alert(1)</script>", page.title());
    assertEquals("PERSON#budi\"><script>", page.selectFirst("article mark").attr("data-entity"));
    checkPage(analysis, page);
  }

  @Test
  void analyzeFormatHtmlPrintsThePageAndRefusesSeveralFiles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("beras.md");
    Files.write(file, bundled("harga-beras.md"));
    StringWriter out = new StringWriter();

    int exit = Cli.run(new String[] {"analyze", "--format", "html", file.toString()}, new PrintWriter(out, true),
        new PrintWriter(new StringWriter(), true));

    assertEquals(0, exit);
    Document page = Jsoup.parse(out.toString());
    assertFalse(page.select("article mark[data-entity]").isEmpty());
    Set<String> keys = new HashSet<>();
    page.select("article mark[data-entity]").forEach(m -> keys.add(m.attr("data-entity")));
    assertTrue(keys.stream().allMatch(k -> k.matches("[A-Z]+#.+")), keys::toString);
    assertEquals(2, Cli.run(new String[] {"analyze", "--format", "html", file.toString(), file.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true)));
  }
}
