package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML view in a real browser: headless Debian Chromium loads the page from a file, the DOM it
 * dumps is checked (highlights, claim links), and a phone-sized screenshot is saved as
 * {@code target/report.png}. Skips when {@code /usr/bin/chromium} is absent; {@code .ci/run}
 * installs it.
 */
class ChromiumIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  static List<String> chromium(Path profile, String... args) {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    return command;
  }

  static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    assertEquals(0, process.exitValue(), () -> "chromium failed: " + command);
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void chromiumLoadsTheReportWithItsHighlightsAndClaimLinks(@TempDir Path profile) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (.ci/run installs it)");
    Path seed = ArticleHtmlTest.SEED;
    Analysis analysis = Files.exists(seed)
        ? Pipeline.standard().analyze(Source.of("viva-putin-korut", seed.toString(), Files.readAllBytes(seed)))
        : Pipeline.standard().analyze(Source.of("banjir", "Banjir Jakarta – Bekasi.txt",
            ArticleHtmlTest.bundled("Banjir Jakarta – Bekasi.txt")));
    Path page = Path.of("target", "report.html").toAbsolutePath();
    Files.createDirectories(page.getParent());
    Files.writeString(page, ArticleHtml.render(ArticleHtml.of(analysis)), StandardCharsets.UTF_8);
    String url = page.toUri().toString();

    Document dom = Jsoup.parse(run(chromium(profile, "--dump-dom", url)));

    int marks = ArticleHtmlTest.checkPage(analysis, dom);
    assertTrue(marks >= (Files.exists(seed) ? 20 : 10), "data-entity marks in the browser's DOM: " + marks);
    for (Element link : dom.select("a[href^=#]")) {
      assertTrue(dom.getElementById(link.attr("href").substring(1)) != null, "link target exists: " + link);
    }
    Path screenshot = Path.of("target", "report.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    run(chromium(profile, "--hide-scrollbars", "--window-size=412,2400", "--screenshot=" + screenshot, url));
    assertTrue(Files.size(screenshot) > 10_000, "screenshot saved: " + screenshot);
  }
}
