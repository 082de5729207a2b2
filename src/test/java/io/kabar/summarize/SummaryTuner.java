package io.kabar.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.eval.Rouge;
import io.kabar.nlp.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Coordinate-descent tuning of {@link RankedSummarizer.Weights} for mean ROUGE-1 F1 on a pairs file
 * (indosum-more, never indosum-dev). Not a test: run with
 * {@code java -cp target/test-classes:target/classes:CP io.kabar.summarize.SummaryTuner PAIRS LANG [LIMIT]}.
 */
public final class SummaryTuner {
  private static final boolean LEARNED = Boolean.getBoolean("learned");

  private SummaryTuner() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String[]> pairs = new ArrayList<>();
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank() && pairs.size() < limit) {
        JsonNode n = mapper.readTree(line);
        pairs.add(new String[] {n.path("article").asText(), n.path("summary").asText()});
      }
    }
    String lang = args[1];
    SentenceSplitter splitter = SentenceSplitter.standard();
    double[] w = {1.0, 0.5, 0.2, 0.3, 0.5, 0.2, 0.7};
    double[][] grid = {
        {1.0},
        {0.3, 0.5, 0.7, 1.0, 1.5, 2.0},
        {0, 0.1, 0.2, 0.3, 0.5, 0.8, 1.2},
        {0.3},
        {0.5},
        {0, 0.05, 0.1, 0.2, 0.4, 0.6},
        {0.5, 0.6, 0.7, 0.8, 0.9, 1.0}};
    double best = eval(pairs, lang, splitter, w);
    System.out.printf(Locale.ROOT, "start %.4f%n", best);
    for (int round = 0; round < 2; round++) {
      for (int d = 0; d < w.length; d++) {
        for (double v : grid[d]) {
          double[] t = w.clone();
          t[d] = v;
          double s = eval(pairs, lang, splitter, t);
          if (s > best + 1e-6) {
            best = s;
            w = t;
            System.out.printf(Locale.ROOT, "%.4f %s%n", best, java.util.Arrays.toString(w));
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "best %.4f %s%n", best, java.util.Arrays.toString(w));
  }

  static double eval(List<String[]> pairs, String lang, SentenceSplitter splitter, double[] w) {
    RankedSummarizer s = new RankedSummarizer(splitter,
        new RankedSummarizer.Weights(w[0], w[1], w[2], w[3], w[4], w[5], w[6]), 3, LEARNED);
    Rouge.Mean m = new Rouge.Mean();
    for (String[] p : pairs) {
      m.add(Rouge.score(String.join(" ", s.summarize(p[0], lang, null, List.of()).sentences()), p[1]));
    }
    return m.rouge1();
  }
}
