package io.kabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.parse.ParsedArticle;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The benchmark inputs are what they claim to be, and the same every time. */
class BenchPagesTest {
  @Test
  void theTypicalPageIsAbout100KbAndDeterministic() {
    byte[] page = BenchPages.typicalNewsPage(100 * 1024);
    assertTrue(Math.abs(page.length - 100 * 1024) < 4096, "size " + page.length);
    assertTrue(Arrays.equals(page, BenchPages.typicalNewsPage(100 * 1024)));
  }

  @Test
  void theParserFindsTheArticleInTheTypicalPage() throws Exception {
    ParsedArticle parsed = Pipeline.standard().parse(new Source("p", "p.html", BenchPages.typicalNewsPage(100 * 1024),
        Optional.of("text/html"), Optional.empty()));
    assertEquals("id", parsed.language());
    assertTrue(parsed.text().contains("Banjir merendam sedikitnya 14 kelurahan"));
    assertFalse(parsed.text().contains("pembaca3"), "comments are not article text");
  }
}
