package io.kabar.bench;

import io.kabar.analysis.Claim;
import io.kabar.analysis.Entity;
import io.kabar.extract.ClaimExtractor;
import io.kabar.extract.EntityExtractor;
import io.kabar.extract.MeasureRules;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
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
 * Warm single-thread cost of the claim step on 1,000 tokens of Indonesian news text
 * ({@link EntityBenchmark#thousandTokens()}); sentences, entities and measures are computed beforehand, as the
 * Pipeline passes them. Score per 1,000 tokens (target: under 2 ms). Run:
 * {@code mvn -B test-compile exec:exec@jmh -Djmh.args="ClaimBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClaimBenchmark {
  private ClaimExtractor claims;
  private String text;
  private List<Sentence> sentences;
  private List<Entity> entities;

  @Setup
  public void setUp() {
    claims = ClaimExtractor.standard();
    text = EntityBenchmark.thousandTokens();
    sentences = SentenceSplitter.standard().split(text, "id");
    entities = new ArrayList<>(EntityExtractor.standard().extract(text, sentences, "id", null));
    entities.addAll(MeasureRules.standard().extract(text, "id"));
  }

  /** Claims (cues, quotes, speakers, pronouns, quantities) on 1,000 tokens. */
  @Benchmark
  public List<Claim> claimsPer1000Tokens() {
    return claims.extract(text, sentences, "id", entities);
  }
}
