package io.kabar.parse.html;

import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.bench.BenchPages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;

/**
 * Development tool, not a test: the parse stage on the JMH benchmark's 100 KB page, timed in
 * thread CPU time rather than wall time, so that a machine shared with other builds (where JMH's
 * wall-clock figures scatter by a factor of ten) still gives comparable figures before and after a
 * change. 2000 warm-up parses, then 5 rounds of 500; prints CPU ms per parse for each round.
 */
public final class ExtractionCpuTime {
  public static void main(String[] args) throws Exception {
    Pipeline pipeline = Pipeline.standard();
    Source page = new Source("page", "page.html", BenchPages.typicalNewsPage(100 * 1024), Optional.of("text/html"),
        Optional.empty());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 2000; i++) {
      pipeline.parse(page);
    }
    for (int round = 0; round < 5; round++) {
      long start = mx.getCurrentThreadCpuTime();
      int n = 500;
      for (int i = 0; i < n; i++) {
        pipeline.parse(page);
      }
      System.out.printf("round %d: %.3f CPU ms per parse%n", round, (mx.getCurrentThreadCpuTime() - start) / 1e6 / n);
    }
  }
}
