package io.kabar.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.kabar.analysis.ArticleException;
import io.kabar.parse.DocxReader;
import io.kabar.parse.FormatDetector;
import io.kabar.parse.HtmlReader;
import io.kabar.parse.JsonReader;
import io.kabar.parse.MarkdownReader;
import io.kabar.parse.MarkupScrubber;
import io.kabar.parse.PdfReader;
import io.kabar.parse.TextDecoder;
import io.kabar.parse.TextReader;
import io.kabar.testing.HostileCorpus;
import java.util.Locale;
import java.util.Optional;

/**
 * Jazzer fuzz targets (issue 7, item 5) for format detection, decoding and each format reader: on
 * any bytes, a reader returns a document or throws an {@link ArticleException} with a code; any other
 * exception or error is a finding. In {@code mvn verify} these run in regression mode (the committed
 * inputs under {@code src/test/resources/io/kabar/fuzz/ReadersFuzzTestInputs/} plus an empty input);
 * with {@code JAZZER_FUZZ=1} each fuzzes for its {@code maxDuration} (the {@code fuzz} profile of
 * the pom runs them one by one, as Jazzer fuzzes one test per JVM).
 */
class ReadersFuzzTest {
  private static final String[] NAMES = {"a.txt", "a.md", "a.html", "a.json", "a.pdf", "a.docx", "a", "a.png"};
  private static final String[] TYPES = {"", "text/html", "application/json", "text/markdown", "text/plain"};

  @FuzzTest(maxDuration = "20s")
  void detectAndDecode(FuzzedDataProvider data) {
    String name = data.pickValue(NAMES);
    String type = data.pickValue(TYPES);
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      new FormatDetector().detect(name, type.isEmpty() ? Optional.empty() : Optional.of(type), bytes);
    } catch (ArticleException expected) {
      // a documented code is a fine answer
    }
    TextDecoder.decode(bytes, true);
    TextDecoder.decode(bytes, false);
  }

  @FuzzTest(maxDuration = "30s")
  void textReaders(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 3);
    String text = data.consumeRemainingAsString();
    try {
      switch (which) {
        case 0 -> new TextReader().read(text);
        case 1 -> new MarkdownReader().read(text);
        case 2 -> new HtmlReader().read(text);
        default -> new JsonReader().read(text);
      }
    } catch (ArticleException expected) {
      // a documented code is a fine answer
    }
  }

  @FuzzTest(maxDuration = "20s")
  void binaryReaders(FuzzedDataProvider data) {
    boolean pdf = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      if (pdf) {
        new PdfReader().read(bytes);
      } else {
        new DocxReader().read(bytes);
      }
    } catch (ArticleException expected) {
      // a documented code is a fine answer
    }
  }

  @FuzzTest(maxDuration = "20s")
  void scrubberLeavesNoMarkup(String text) {
    if (text == null) { // Jazzer passes null for a nullable parameter; the scrubber keeps null as null
      return;
    }
    String out = MarkupScrubber.scrub(text).toLowerCase(Locale.ROOT);
    for (String bad : HostileCorpus.FORBIDDEN) {
      if (out.contains(bad)) {
        throw new IllegalStateException("scrubbed text carries " + bad + ": " + out);
      }
    }
  }
}
