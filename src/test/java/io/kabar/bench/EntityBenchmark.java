package io.kabar.bench;

import io.kabar.analysis.Entity;
import io.kabar.extract.EntityExtractor;
import io.kabar.extract.Gazetteer;
import io.kabar.extract.MeasureRules;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.nlp.Tokenizer;
import java.nio.charset.StandardCharsets;
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
 * Warm single-thread cost of entity extraction (with the baseline finder, and with the trained one as the
 * pipeline runs it) on 1,000 tokens of Indonesian news text (the bundled
 * sample repeated and cut at a sentence end; sentences split beforehand, as the Pipeline does), and of
 * the measure rules on the same text. Scores are per 1,000 tokens. The gazetteer's load time, cold,
 * is {@link GazetteerLoadBenchmark}. Each call gets its own copy of the text, as each article is a new string in the
 * pipeline (work cached per text object, the article's lower-case vocabulary, is counted once per call). Run:
 * {@code mvn -B test-compile exec:exec@jmh -Djmh.args="EntityBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EntityBenchmark {
  /** Tokens per operation. */
  public static final int TOKENS = 1000;
  private EntityExtractor extractor;
  /** The production entity step: the trained name finder of {@code NameFinders.standard()}, as Pipeline uses it. */
  private EntityExtractor withModel;
  private MeasureRules measures;
  private String text;
  private List<Sentence> sentences;

  /** About {@link #TOKENS} tokens of the sample article, ending at a sentence end. */
  public static String thousandTokens() {
    return thousandTokens(new String(BenchPages.sampleText(), StandardCharsets.UTF_8), "id");
  }

  /** About {@link #TOKENS} tokens of {@code sample} (repeated when shorter), ending at a sentence end. */
  public static String thousandTokens(String sample, String lang) {
    StringBuilder sb = new StringBuilder();
    while (Tokenizer.tokens(sb.toString(), 0, sb.length()).size() < TOKENS) {
      sb.append(sample).append("\n\n");
    }
    String all = sb.toString();
    List<Sentence> split = SentenceSplitter.standard().split(all, lang);
    int end = all.length();
    for (Sentence s : split) {
      if (Tokenizer.tokens(all, 0, s.end()).size() >= TOKENS) {
        end = s.end();
        break;
      }
    }
    return all.substring(0, end);
  }

  @Setup
  public void setUp() {
    extractor = EntityExtractor.standard();
    withModel = EntityExtractor.withFinder(io.kabar.ner.NameFinders.standard());
    measures = MeasureRules.standard();
    text = thousandTokens();
    sentences = SentenceSplitter.standard().split(text, "id");
  }

  /** Named entities (baseline finder + gazetteer, credits, merging) on 1,000 tokens. */
  @Benchmark
  public List<Entity> namedEntitiesPer1000Tokens() {
    return extractor.extract(new String(text), sentences, "id", null);
  }

  /** Named entities as the pipeline finds them (trained name finder + gazetteer, credits, merging) on 1,000 tokens. */
  @Benchmark
  public List<Entity> namedEntitiesWithModelPer1000Tokens() {
    return withModel.extract(new String(text), sentences, "id", null);
  }

  /** DATE, QUANTITY, MONEY, PERCENT rules on 1,000 tokens. */
  @Benchmark
  public List<Entity> measuresPer1000Tokens() {
    return measures.extract(new String(text), "id", "2026-02-10T08:30:00+07:00");
  }
}
