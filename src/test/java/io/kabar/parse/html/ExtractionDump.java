package io.kabar.parse.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.parse.HtmlReader;
import io.kabar.parse.ParsedArticle;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Development tool, not a test: runs the parse stage over a directory of {@code *.html.gz} pages
 * and writes one JSON line per page (id, mainText, title, byline, publishedAt) for an external
 * scorer, then times {@link HtmlReader} alone, warm, over the same pages.
 * Usage: {@code ExtractionDump HTML_DIR OUT.jsonl} ({@code -Drounds=N} timing rounds, default none).
 */
public final class ExtractionDump {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    List<byte[]> pages = new ArrayList<>();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      for (Path f : files) {
        String id = f.getFileName().toString().replace(".html.gz", "");
        byte[] bytes;
        try (var in = new GZIPInputStream(Files.newInputStream(f))) {
          bytes = in.readAllBytes();
        }
        pages.add(bytes);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        try {
          ParsedArticle a = Pipeline.standard().parse(Source.of(id, id + ".html", bytes));
          row.put("text", a.mainText());
          row.put("title", a.title());
          row.put("byline", a.byline());
          row.put("date", a.publishedAt());
        } catch (Exception e) {
          row.put("text", "");
          row.put("error", e.toString());
        }
        out.println(json.writeValueAsString(row));
      }
    }
    HtmlReader reader = new HtmlReader();
    List<String> decoded = pages.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    for (int round = 0; round < Integer.getInteger("rounds", 0); round++) {
      long bytes = 0;
      long t0 = System.nanoTime();
      for (String html : decoded) {
        reader.read(html);
        bytes += html.length();
      }
      long ns = System.nanoTime() - t0;
      System.err.printf("round %d: %.2f ms/page, %.2f ms per 100 KB chars (%d pages)%n", round,
          ns / 1e6 / decoded.size(), ns / 1e6 / (bytes / 100_000.0), decoded.size());
    }
  }
}
