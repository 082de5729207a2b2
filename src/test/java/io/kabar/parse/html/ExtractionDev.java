package io.kabar.parse.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.eval.ExtractionDataset;
import io.kabar.eval.ShingleScorer;
import io.kabar.parse.ParsedArticle;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Development tool, not a test (-Dremoved=FILE: one JSON line per removal): our parse stage alone (no Readability4J) over evaluation datasets,
 * main-text precision, recall and F1 averaged as {@code kabar eval extraction} does, for the
 * even and the odd half of each dataset (the tuning and the held-out half: news4k by the last hex
 * digit of the id, WCXB by the page number) and for the whole. Writes one JSON line per page
 * (dataset, id, half, f1, p, r, tokens, gold tokens) to {@code -Dpages=FILE} when given, and our
 * text of every page to {@code -Dtexts=DIR/<id>.txt} when given.
 * Usage: {@code ExtractionDev DATASET...}.
 */
public final class ExtractionDev {
  public static void main(String[] args) throws Exception {
    Pipeline pipeline = Pipeline.standard();
    ObjectMapper json = new ObjectMapper();
    String pagesFile = System.getProperty("pages");
    String textsDir = System.getProperty("texts");
    String removedFile = System.getProperty("removed");
    PrintWriter removedOut = removedFile == null ? null
        : new PrintWriter(Files.newBufferedWriter(Path.of(removedFile), StandardCharsets.UTF_8));
    if (textsDir != null) {
      Files.createDirectories(Path.of(textsDir));
    }
    try (PrintWriter pages = pagesFile == null ? null
        : new PrintWriter(Files.newBufferedWriter(Path.of(pagesFile), StandardCharsets.UTF_8))) {
      for (String arg : args) {
        ExtractionDataset ds = ExtractionDataset.open(Path.of(arg));
        double[][] sums = new double[3][4]; // half: precision sum, pages with output, recall sum, pages
        long t0 = System.nanoTime();
        for (ExtractionDataset.Page page : ds.pages()) {
          if (page.text() == null || page.text().isBlank()) {
            continue;
          }
          String text = "";
          try {
            ParsedArticle a = pipeline.parse(new Source(page.id(), page.id() + ".html", page.html(),
                Optional.of("text/html"), Optional.empty()));
            text = a.mainText();
            if (removedOut != null) {
              for (var r : a.removed()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", page.id());
                row.put("reason", r.reason());
                row.put("text", r.text());
                removedOut.println(json.writeValueAsString(row));
              }
            }
          } catch (Exception e) {
            text = "";
          }
          ShingleScorer.PageScore s = ShingleScorer.score(page.text(), text);
          int half = odd(page.id()) ? 1 : 0;
          for (int h : new int[] {half, 2}) {
            if (s.precision().isPresent()) {
              sums[h][0] += s.precision().getAsDouble();
              sums[h][1]++;
            }
            sums[h][2] += s.recall().orElse(0);
            sums[h][3]++;
          }
          if (pages != null) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("dataset", Path.of(arg).getFileName().toString());
            row.put("id", page.id());
            row.put("half", half == 1 ? "odd" : "even");
            row.put("f1", Math.round(s.f1() * 1000) / 1000.0);
            row.put("p", Math.round(s.precision().orElse(0) * 1000) / 1000.0);
            row.put("r", Math.round(s.recall().orElse(0) * 1000) / 1000.0);
            row.put("tokens", ShingleScorer.tokens(text).size());
            row.put("gold", ShingleScorer.tokens(page.text()).size());
            row.put("url", page.url());
            pages.println(json.writeValueAsString(row));
          }
          if (textsDir != null) {
            Files.writeString(Path.of(textsDir, page.id() + ".txt"), text);
          }
        }
        String[] names = {"even", "odd", "all"};
        StringBuilder sb = new StringBuilder(Path.of(arg).getFileName().toString());
        for (int h = 0; h < 3; h++) {
          double p = sums[h][1] == 0 ? 0 : sums[h][0] / sums[h][1];
          double r = sums[h][3] == 0 ? 0 : sums[h][2] / sums[h][3];
          double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
          sb.append(String.format("  %s P %.4f R %.4f F1 %.4f (%d)", names[h], p, r, f, (int) sums[h][3]));
        }
        sb.append(String.format("  %.1f s", (System.nanoTime() - t0) / 1e9));
        System.out.println(sb);
      }
    } finally {
      if (removedOut != null) {
        removedOut.close();
      }
    }
  }

  static boolean odd(String id) {
    char c = id.charAt(id.length() - 1);
    return Character.digit(c, 16) % 2 == 1;
  }
}
