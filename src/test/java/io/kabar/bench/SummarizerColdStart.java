package io.kabar.bench;

import io.kabar.nlp.SentenceSplitter;
import io.kabar.summarize.LeadSummarizer;
import io.kabar.summarize.RankedSummarizer;
import io.kabar.summarize.Summarizer;
import java.util.List;
import java.util.Locale;

/**
 * What the summarizer Lambda pays at init: in a fresh JVM, build the splitter and the summariser named by
 * the argument ({@code ranked} or {@code lead}) and summarise one typical article (first call: data files
 * and the ranker model load lazily). Not a test: run with
 * {@code java -cp target/test-classes:target/classes:CP io.kabar.bench.SummarizerColdStart ranked}.
 */
public final class SummarizerColdStart {
  private SummarizerColdStart() {}

  public static void main(String[] args) {
    String article = EntityBenchmark.thousandTokens(); // before timing: the input, not the init
    long start = System.nanoTime();
    SentenceSplitter splitter = SentenceSplitter.standard();
    Summarizer s = "lead".equals(args[0]) ? new LeadSummarizer(splitter) : new RankedSummarizer(splitter);
    long built = System.nanoTime();
    s.summarize(article, "id", null, List.of());
    long first = System.nanoTime();
    System.out.printf(Locale.ROOT, "%s: build %.1f ms, first summary %.1f ms, total %.1f ms%n", args[0],
        (built - start) / 1e6, (first - built) / 1e6, (first - start) / 1e6);
  }
}
