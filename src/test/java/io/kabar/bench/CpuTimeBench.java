package io.kabar.bench;

import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link PipelineBenchmark} workloads timed in the benchmark thread's CPU time rather than wall
 * time, for a machine shared with other jobs: wall-clock JMH figures there include the time the
 * thread waits for a core, CPU time does not (it still pays for caches other jobs evict, so it is
 * an upper bound on a quiet machine's figure, not an exact stand-in). Not a test; run with
 * {@code mvn -B -o -q test-compile exec:exec@jmh -Djmh.main=io.kabar.bench.CpuTimeBench -Djmh.args="10 2"}
 * (rounds, seconds per round; after a warm-up of the same length as all rounds together). Prints the mean
 * CPU ms/op per workload with the spread over rounds (Student's t, 99.9 %), and the wall-clock mean.
 */
public final class CpuTimeBench {
  private CpuTimeBench() {}

  /** A workload. */
  private interface Op {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
    Pipeline pipeline = Pipeline.standard();
    Source page = new Source("page", "page.html", BenchPages.typicalNewsPage(100 * 1024), Optional.of("text/html"),
        Optional.empty());
    Source article = Source.of("article", "article.txt", BenchPages.sampleText());
    run("parseTypicalHtmlPage", () -> pipeline.parse(page), rounds, seconds);
    run("analyzeTypicalHtmlPage", () -> pipeline.analyze(page), rounds, seconds);
    run("analyzeSampleArticle", () -> pipeline.analyze(article), rounds, seconds);
  }

  private static void run(String name, Op op, int rounds, double seconds) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long budget = (long) (seconds * 1e9);
    long warmEnd = mx.getCurrentThreadCpuTime() + budget * rounds;
    Object sink = null;
    while (mx.getCurrentThreadCpuTime() < warmEnd) {
      sink = op.run();
    }
    double[] cpuMs = new double[rounds];
    long wall = 0;
    long ops = 0;
    for (int r = 0; r < rounds; r++) {
      long n = 0;
      long c0 = mx.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      long c = c0;
      while (c - c0 < budget) {
        sink = op.run();
        n++;
        c = mx.getCurrentThreadCpuTime();
      }
      wall += System.nanoTime() - w0;
      ops += n;
      cpuMs[r] = (c - c0) / 1e6 / n;
    }
    double mean = 0;
    for (double v : cpuMs) {
      mean += v / rounds;
    }
    double var = 0;
    for (double v : cpuMs) {
      var += (v - mean) * (v - mean) / Math.max(1, rounds - 1);
    }
    double half = T999[Math.min(rounds - 1, T999.length - 1)] * Math.sqrt(var / rounds);
    System.out.printf(Locale.ROOT, "%-24s cpu %.3f ± %.3f ms/op (99.9%%, %d rounds of %.1f s cpu)   wall %.3f ms/op%s%n",
        name, mean, half, rounds, seconds, wall / 1e6 / ops, sink == null ? "?" : "");
  }

  /** Two-sided 99.9 % Student's t quantiles by degrees of freedom (index 0 unused; 30+ uses the last). */
  private static final double[] T999 = {Double.NaN, 636.6, 31.60, 12.92, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781,
      4.587, 4.437, 4.318, 4.221, 4.140, 4.073, 4.015, 3.965, 3.922, 3.883, 3.850, 3.819, 3.792, 3.768, 3.745,
      3.725, 3.707, 3.690, 3.674, 3.659, 3.646};
}
