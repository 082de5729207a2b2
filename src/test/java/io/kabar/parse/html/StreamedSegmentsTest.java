package io.kabar.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.parse.HtmlReader;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class StreamedSegmentsTest {

  @Test
  void boundaryWithMarkersIsReplacedUpToItsEndMarker() {
    Document doc = Jsoup.parse("<div id=a><p>before</p><!--$?--><template id=\"B:0\"></template>"
        + "<div>Loading <!-- -->paragraph<!-- -->...</div><!--/$--><p>after</p></div>"
        + "<div hidden id=\"S:0\"><p>streamed one</p><p>streamed two</p></div>");
    assertEquals(1, StreamedSegments.resolve(doc));
    assertEquals("before streamed one streamed two after", doc.getElementById("a").text());
    assertTrue(doc.select("template").isEmpty());
    assertTrue(doc.select("[hidden]").isEmpty());
  }

  @Test
  void nestedBoundariesInsideTheFallbackAreRemovedWithIt() {
    Document doc = Jsoup.parse("<div id=a><!--$?--><template id=\"B:1\"></template>"
        + "<div>outer<!--$--><span>inner fallback</span><!--/$--></div><!--/$--><p>kept</p></div>"
        + "<div hidden id=\"S:1\"><p>real</p></div>");
    StreamedSegments.resolve(doc);
    assertEquals("real kept", doc.getElementById("a").text());
  }

  @Test
  void withoutMarkersOnlyAShortPlainFallbackIsDropped() {
    Document doc = Jsoup.parse("<div id=a><template id=\"B:0\"></template><div>Loading paragraph...</div>"
        + "<template id=\"B:1\"></template><div>This sibling is a long paragraph of real text that must stay put.</div>"
        + "<template id=\"B:2\"></template><div><a href=/x>Short link</a></div></div>"
        + "<div hidden id=\"S:0\"><p>zero</p></div><div hidden id=\"S:1\"><p>one</p></div>"
        + "<div hidden id=\"S:2\"><p>two</p></div>");
    assertEquals(3, StreamedSegments.resolve(doc));
    assertEquals("zero one This sibling is a long paragraph of real text that must stay put. two Short link",
        doc.getElementById("a").text());
  }

  @Test
  void postponedSegmentsReplaceTheirTemplateAndMayNestInOtherSegments() {
    Document doc = Jsoup.parse("<div id=a><template id=\"P:1\"></template></div>"
        + "<div hidden id=\"S:1\"><h2>Heading</h2><template id=\"P:2\"></template></div>"
        + "<div hidden id=\"S:2\"><p>deep text</p></div>");
    assertEquals(2, StreamedSegments.resolve(doc));
    assertEquals("Heading deep text", doc.getElementById("a").text());
  }

  @Test
  void segmentsWithoutATargetOrNotHiddenAreLeftAlone() {
    Document doc = Jsoup.parse("<div id=\"S:9\"><p>visible, not a segment</p></div>"
        + "<div hidden id=\"S:3\"><p>orphan</p></div><div id=\"B:3\">not a template</div>");
    assertEquals(0, StreamedSegments.resolve(doc));
    assertFalse(doc.select("[hidden]").isEmpty());
    assertEquals("visible, not a segment orphan not a template", doc.body().text());
  }

  @Test
  void aStreamedArticleIsExtractedInPlaceAndWithoutItsLoadingPlaceholders() {
    StringBuilder page = new StringBuilder("<html><head><title>Index funds explained</title></head><body>"
        + "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/about>About</a></nav><main><article>"
        + "<h1>Index funds explained</h1>");
    for (int i = 0; i < 6; i++) {
      page.append("<template id=\"B:").append(i).append("\"></template><div>Loading paragraph...</div>");
    }
    page.append("</article></main><footer><a href=/terms>Terms</a></footer>");
    for (int i = 0; i < 6; i++) {
      page.append("<div hidden id=\"S:").append(i).append("\"><p>Paragraph number ").append(i)
          .append(" explains how an index fund follows a market index, what it costs and why investors"
              + " who hold it for years tend to keep more of their returns.</p></div>");
    }
    page.append("</body></html>");
    List<String> paragraphs = new HtmlReader().read(page.toString()).paragraphs();
    assertEquals(6, paragraphs.size(), paragraphs.toString());
    for (int i = 0; i < 6; i++) {
      assertTrue(paragraphs.get(i).startsWith("Paragraph number " + i + " "), paragraphs.get(i));
    }
  }
}
