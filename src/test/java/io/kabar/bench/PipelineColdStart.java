package io.kabar.bench;

import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * Cold start of the parse function's work in a fresh JVM: {@code Pipeline.standard()} (data files, both
 * name models preloaded) and the first article after it. Run once per JVM, several times:
 * {@code for i in 1 2 3 4 5; do java -cp target/kabar-lambda.jar:target/test-classes io.kabar.bench.PipelineColdStart; done}
 */
public final class PipelineColdStart {
  private PipelineColdStart() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.standard();
    long t1 = System.nanoTime();
    pipeline.analyze(Source.of("cold", "cold.txt", ("Presiden Joko Widodo mengatakan harga beras naik 10 persen di "
        + "Jakarta pada Senin. \"Kami akan menambah stok,\" ujarnya.").getBytes(StandardCharsets.UTF_8)));
    long t2 = System.nanoTime();
    System.out.printf("Pipeline.standard() %.0f ms wall, first article %.0f ms wall, main thread CPU %d ms in all%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
  }
}
