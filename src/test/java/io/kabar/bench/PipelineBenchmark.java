package io.kabar.bench;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.parse.ParsedArticle;
import java.util.Optional;
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
 * Warm single-thread cost of the parse stage on a typical 100 KB portal page, and of the whole
 * pipeline on the sample article. Run: {@code mvn -B test-compile exec:exec@jmh -Djmh.args="PipelineBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineBenchmark {
  private Pipeline pipeline;
  private Source page;
  private Source article;

  @Setup
  public void setUp() {
    pipeline = Pipeline.standard();
    page = new Source("page", "page.html", BenchPages.typicalNewsPage(100 * 1024), Optional.of("text/html"),
        Optional.empty());
    article = Source.of("article", "article.txt", BenchPages.sampleText());
  }

  /** Parse stage (format, HTML extraction, metadata, cleanup, dateline) on a 100 KB page. */
  @Benchmark
  public ParsedArticle parseTypicalHtmlPage() throws ArticleException {
    return pipeline.parse(page);
  }

  /** Everything including entities, claims and the summary, on the 1.5 KB sample text. */
  @Benchmark
  public Analysis analyzeSampleArticle() throws ArticleException {
    return pipeline.analyze(article);
  }

  /** Everything on the 100 KB page. */
  @Benchmark
  public Analysis analyzeTypicalHtmlPage() throws ArticleException {
    return pipeline.analyze(page);
  }
}
