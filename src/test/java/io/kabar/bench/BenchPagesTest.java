package io.kabar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.parse.ParsedArticle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
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

  /**
   * Checks the make-up BenchPages claims: the 60-160 KB pages of the extraction dev sets have about
   * 600-670 elements, 105 links, 17-23 % inline script, and 4-10 KB of article text (medians).
   */
  @Test
  void theTypicalPageHasTheMakeUpOfRealPagesOfThatSize() throws Exception {
    byte[] bytes = BenchPages.typicalNewsPage(100 * 1024);
    String page = new String(bytes, StandardCharsets.UTF_8);
    long elements = Pattern.compile("<[a-zA-Z]").matcher(page).results().count();
    long links = Pattern.compile("<a[\\s>]").matcher(page).results().count();
    long scripts = Pattern.compile("<script[\\s\\S]*?</script>").matcher(page).results()
        .mapToLong(m -> m.group().length()).sum();
    assertTrue(elements >= 500 && elements <= 900, elements + " elements");
    assertTrue(links >= 80 && links <= 150, links + " links");
    assertTrue(scripts > 0.15 * page.length() && scripts < 0.3 * page.length(), scripts + " chars of script");
    ParsedArticle parsed = Pipeline.standard().parse(new Source("p", "p.html", bytes, Optional.of("text/html"),
        Optional.empty()));
    assertTrue(parsed.text().length() >= 4000 && parsed.text().length() <= 10_000, parsed.text().length() + " chars");
    assertTrue(parsed.paragraphs().size() >= 20, parsed.paragraphs().size() + " paragraphs");
  }
}
