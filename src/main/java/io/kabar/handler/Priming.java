package io.kabar.handler;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.summarize.Summarizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming: a CRaC {@link Resource} whose {@code beforeCheckpoint} runs the function's work on
 * bundled sample articles ({@code io/kabar/handler/priming/}), so that the snapshot Lambda takes of a
 * published version already holds every loaded model and gazetteer and warm (JIT-compiled) code.
 *
 * <p>Priming calls the pipeline or summarizer only, never the S3 or DynamoDB clients: no request leaves
 * the execution environment before the snapshot. Without SnapStart (or on a JVM without CRaC) the hook
 * is never called and nothing extra runs at initialisation.
 *
 * <p>The function keeps a strong reference to its {@code Priming}: CRaC contexts may hold resources
 * weakly.
 */
public final class Priming implements Resource {
  /** The bundled samples, one Indonesian text and one English HTML page. */
  static final List<String> SAMPLES = List.of("banjir.txt", "harbour-wind-farm.html");

  private final Runnable work;
  private final AtomicInteger runs = new AtomicInteger();

  Priming(Runnable work) {
    this.work = work;
  }

  /** A hook running {@code work}, registered with CRaC's global context. */
  static Priming register(Runnable work) {
    Priming priming = new Priming(work);
    Core.getGlobalContext().register(priming);
    return priming;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    work.run();
    runs.incrementAndGet();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // nothing to reopen: the SDK clients open connections on demand
  }

  /** How many times the hook has run (for tests and logs). */
  int runs() {
    return runs.get();
  }

  /** Runs the whole pipeline (parse, entities, claims, summary) on every sample. */
  static List<Analysis> primeParse(Pipeline pipeline) {
    return SAMPLES.stream().map(name -> {
      try {
        return pipeline.analyze(Source.of("priming-" + name, name, sample(name)));
      } catch (ArticleException e) {
        throw new IllegalStateException("priming sample " + name + " failed: " + e.getMessage(), e);
      }
    }).toList();
  }

  /** Summarises the Indonesian sample text and an English one built from the HTML sample's words. */
  static List<io.kabar.analysis.Summary> primeSummary(Summarizer summarizer) {
    String id = new String(sample("banjir.txt"), java.nio.charset.StandardCharsets.UTF_8);
    String en = org.jsoup.Jsoup.parse(new String(sample("harbour-wind-farm.html"),
        java.nio.charset.StandardCharsets.UTF_8)).body().wholeText();
    return List.of(summarizer.summarize(id, "id", null, List.of()), summarizer.summarize(en, "en", null, List.of()));
  }

  static byte[] sample(String name) {
    try (InputStream in = Priming.class.getResourceAsStream("priming/" + name)) {
      if (in == null) {
        throw new IllegalStateException("priming sample missing from the jar: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
