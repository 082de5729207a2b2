package io.kabar.bench;

import io.kabar.extract.Gazetteer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The gazetteer's load time: {@code cold} is the first load in a fresh JVM (one shot per fork, as in a
 * Lambda cold start without SnapStart), {@code warm} a reload in a warmed-up JVM. Run:
 * {@code mvn -B test-compile exec:exec@jmh -Djmh.args="GazetteerLoadBenchmark"}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GazetteerLoadBenchmark {

  /** First load in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(10)
  public int cold() {
    return Gazetteer.load().size();
  }

  /** Reload once the JVM is warm. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(1)
  public int warm() {
    return Gazetteer.load().size();
  }
}
