package io.kabar.bench;

import io.kabar.ner.OpenNlpNameFinder;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A shipped name model's own load cost in a JVM where OpenNLP's classes are already loaded: read the
 * model from the jar's resources and build its decoder, ready to tag (what {@code preload} does). The
 * first load in a fresh JVM also pays one-time class loading, XML parser and logging start-up:
 * {@link NameFinderColdStart} measures that. Run:
 * {@code mvn -B test-compile exec:exec@jmh -Djmh.args="NameFinderLoadBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NameFinderLoadBenchmark {
  @Param({"id", "en"})
  public String lang;

  /** Reads the model and builds the finder's decoder for {@code lang}. */
  @Benchmark
  public OpenNlpNameFinder loadModel() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(Map.of(lang, OpenNlpNameFinder.loadShipped(lang)));
    finder.preload(lang);
    return finder;
  }
}
