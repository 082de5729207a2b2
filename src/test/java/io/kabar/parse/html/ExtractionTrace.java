package io.kabar.parse.html;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Development tool: prints how the extractor chose the content of one page (the trace is passed to
 * this one call, so nothing global is set). Usage: {@code ExtractionTrace PAGE.html.gz}.
 */
public final class ExtractionTrace {
  public static void main(String[] args) throws Exception {
    byte[] bytes;
    try (var in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
      bytes = in.readAllBytes();
    }
    String html = new String(bytes, StandardCharsets.UTF_8);
    Metadata meta = Metadata.of(Jsoup.parse(html));
    List<String> paragraphs = ContentExtractor.extract(() -> Jsoup.parse(html), meta.titleTexts(), 4,
        System.out::println);
    for (String p : paragraphs) {
      System.out.println("| " + (p.length() > 160 ? p.substring(0, 160) : p));
    }
  }
}
