package io.kabar.bench;

import io.kabar.extract.NameSpan;
import io.kabar.ner.NerTokenizer;
import io.kabar.ner.OpenNlpNameFinder;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Warm single-thread cost of the trained Indonesian name finder over the sample article (every
 * sentence: tokenise, tag, map back to offsets); divide by {@link #tokens} (printed at setup) for
 * the cost per 1,000 tokens. Run:
 * {@code mvn -B test-compile exec:exec@jmh -Djmh.args="NameFinderBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NameFinderBenchmark {
  private OpenNlpNameFinder finder;
  private String text;
  private List<Sentence> sentences;
  /** NER tokens in the text. */
  public int tokens;

  @Setup
  public void setUp() {
    finder = OpenNlpNameFinder.standard();
    finder.preload("id");
    text = new String(BenchPages.sampleText(), StandardCharsets.UTF_8);
    sentences = SentenceSplitter.standard().split(text, "id");
    tokens = NerTokenizer.tokens(text, "id").size();
    System.out.println("\nsample: " + sentences.size() + " sentences, " + tokens + " tokens");
  }

  /** All names of the sample article. */
  @Benchmark
  public List<NameSpan> findNamesInSampleArticle() {
    List<NameSpan> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.addAll(finder.find(text, s, "id"));
    }
    return out;
  }
}
