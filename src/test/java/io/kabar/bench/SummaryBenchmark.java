package io.kabar.bench;

import io.kabar.analysis.Summary;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.summarize.LeadSummarizer;
import io.kabar.summarize.RankedSummarizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm single-thread cost of summarising: a typical article (1,000 tokens of Indonesian news text,
 * {@link EntityBenchmark#thousandTokens()}) with {@link RankedSummarizer} and with the LEAD-3 baseline, and a
 * 10,000-sentence document with {@link RankedSummarizer} (target: under 3 ms and under 1 s). Run:
 * {@code mvn -B test-compile exec:exec@jmh -Djmh.args="SummaryBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SummaryBenchmark {
  private RankedSummarizer ranked;
  private LeadSummarizer lead;
  private String article;
  private String huge;

  @Setup
  public void setUp() {
    SentenceSplitter splitter = SentenceSplitter.standard();
    ranked = new RankedSummarizer(splitter);
    lead = new LeadSummarizer(splitter);
    article = EntityBenchmark.thousandTokens();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append("Kalimat nomor ").append(i).append(" membahas topik ").append(i % 97).append(" dan pasar ")
          .append(i % 13).append(" di kota ").append(i % 31).append(". ");
      if (i % 5 == 4) {
        sb.append("\n\n");
      }
    }
    huge = sb.toString();
  }

  /** RankedSummarizer on a 1,000-token article. */
  @Benchmark
  public Summary rankedTypicalArticle() {
    return ranked.summarize(article, "id", null, List.of());
  }

  /** LEAD-3 on the same article, for reference. */
  @Benchmark
  public Summary leadTypicalArticle() {
    return lead.summarize(article, "id", null, List.of());
  }

  /** RankedSummarizer on 10,000 sentences (cost must stay near-linear). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Summary rankedTenThousandSentences() {
    return ranked.summarize(huge, "id", null, List.of());
  }
}
