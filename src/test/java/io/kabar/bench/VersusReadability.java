package io.kabar.bench;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Our whole pipeline against Readability4J's extraction alone (jsoup parse + {@code Readability4J.parse}),
 * over the same pages in the same JVM, each op one pass over the page set. The ratio
 * {@code kabarWholePipeline / readability4jExtraction} is the figure (below 1: we are faster).
 *
 * <p>Pages: {@code -Dkabar.pages=DIR} (HTML files, {@code .html} or {@code .html.gz}, walked recursively,
 * sorted, the first {@code -Dkabar.pages.max} (default 200)), e.g. {@code ../shared/data/extraction/news4k/html};
 * without it, the generated 100 KB page of {@link BenchPages}. Pass the properties to the fork:
 * {@code -Djmh.args="VersusReadability -jvmArgsAppend -Dkabar.pages=../shared/data/extraction/news4k/html"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VersusReadability {
  private Pipeline pipeline;
  private List<byte[]> pages;

  @Setup
  public void setUp() throws IOException {
    pipeline = Pipeline.standard();
    pages = pages(System.getProperty("kabar.pages"), Integer.getInteger("kabar.pages.max", 200));
    System.out.println("\n" + pages.size() + " pages, " + pages.stream().mapToLong(p -> p.length).sum() / 1024
        + " KB; ms/op is per pass over all of them");
  }

  static List<byte[]> pages(String dir, int max) throws IOException {
    if (dir == null || dir.isBlank()) {
      return List.of(BenchPages.typicalNewsPage(100 * 1024));
    }
    Path root = Path.of(dir);
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("kabar.pages is not a folder: " + root.toAbsolutePath());
    }
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz"))
          .sorted().limit(max).toList()) {
        try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f))
            : Files.newInputStream(f)) {
          pages.add(in.readAllBytes());
        }
      }
    }
    return pages;
  }

  @Benchmark
  public void kabarWholePipeline(Blackhole bh) {
    int i = 0;
    for (byte[] page : pages) {
      try {
        Analysis a = pipeline.analyze(new Source("p" + i, "p" + i++ + ".html", page, Optional.of("text/html"),
            Optional.empty()));
        bh.consume(a);
      } catch (ArticleException e) {
        bh.consume(e); // a page without article text costs what it cost
      }
    }
  }

  @Benchmark
  public void readability4jExtraction(Blackhole bh) {
    for (byte[] page : pages) {
      try {
        var doc = Jsoup.parse(new ByteArrayInputStream(page), null, "https://example.com/");
        bh.consume(new Readability4J("https://example.com/", doc).parse().getTextContent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException | StackOverflowError e) {
        bh.consume(e);
      }
    }
  }
}
