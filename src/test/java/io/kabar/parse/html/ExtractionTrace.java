package io.kabar.parse.html;

import io.kabar.parse.HtmlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Development tool: prints how the extractor chose the content of one page. */
public final class ExtractionTrace {
  public static void main(String[] args) throws Exception {
    ContentExtractor.trace = System.out::println;
    byte[] bytes;
    try (var in = new GZIPInputStream(Files.newInputStream(Path.of(args[0])))) {
      bytes = in.readAllBytes();
    }
    var d = new HtmlReader().read(new String(bytes, StandardCharsets.UTF_8));
    for (String p : d.paragraphs()) {
      System.out.println("| " + (p.length() > 160 ? p.substring(0, 160) : p));
    }
  }
}
