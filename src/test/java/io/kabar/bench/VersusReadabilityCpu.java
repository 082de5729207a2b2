package io.kabar.bench;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * {@link VersusReadability} in the benchmark thread's CPU time, which a loaded machine disturbs far less
 * than wall time: per page, our whole pipeline then Readability4J's extraction (jsoup parse + parse),
 * interleaved page by page, after warm-up passes over the whole set. The pipeline runs as
 * {@code analyze} does (parse, extract, summarize) so that the parse stage's share is reported too.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.kabar.bench.VersusReadabilityCpu \
 *     ../shared/data/extraction/news4k/html 200 3 5
 * </pre>
 * Arguments: page folder (or {@code -} for the generated 100 KB page), max pages, warm-up passes, measured passes.
 */
public final class VersusReadabilityCpu {
  private VersusReadabilityCpu() {}

  public static void main(String[] args) throws Exception {
    String dir = args.length > 0 && !"-".equals(args[0]) ? args[0] : null;
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int warm = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int passes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    List<byte[]> pages = VersusReadability.pages(dir, max);
    Pipeline pipeline = Pipeline.standard();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long kb = pages.stream().mapToLong(p -> p.length).sum() / 1024;
    System.out.printf("%d pages, %d KB (%s)%n", pages.size(), kb, dir == null ? "generated 100 KB page" : dir);
    for (int pass = 0; pass < warm + passes; pass++) {
      long ours = 0;
      long theirs = 0;
      long parse = 0;
      long extract = 0;
      for (int i = 0; i < pages.size(); i++) {
        byte[] page = pages.get(i);
        long t0 = threads.getCurrentThreadCpuTime();
        try {
          var parsed = pipeline.parse(new Source("p" + i, "p" + i + ".html", page, Optional.of("text/html"),
              Optional.empty()));
          parse += threads.getCurrentThreadCpuTime() - t0;
          long te = threads.getCurrentThreadCpuTime();
          var a = pipeline.extract("p" + i, parsed);
          extract += threads.getCurrentThreadCpuTime() - te;
          pipeline.summarize(a.text(), a.language(), a.title(), a.claims());
        } catch (ArticleException e) {
          // a page without article text costs what it cost
        }
        long t1 = threads.getCurrentThreadCpuTime();
        try {
          var doc = Jsoup.parse(new ByteArrayInputStream(page), null, "https://example.com/");
          new Readability4J("https://example.com/", doc).parse().getTextContent();
        } catch (RuntimeException | StackOverflowError e) {
          // as in kabar eval extraction
        }
        long t2 = threads.getCurrentThreadCpuTime();
        ours += t1 - t0;
        theirs += t2 - t1;
      }
      System.out.printf("%s pass %d: kabar whole pipeline %.2f ms/page CPU (parse stage %.2f, extract stage %.2f),"
          + " Readability4J extraction %.2f ms/page CPU, ratio %.2f%n", pass < warm ? "warm-up" : "measured", pass + 1,
          ours / 1e6 / pages.size(), parse / 1e6 / pages.size(), extract / 1e6 / pages.size(),
          theirs / 1e6 / pages.size(), (double) ours / theirs);
    }
  }
}
