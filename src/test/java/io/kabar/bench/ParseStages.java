package io.kabar.bench;

import io.kabar.analysis.Source;
import io.kabar.nlp.LanguageDetector;
import io.kabar.parse.Cleaner;
import io.kabar.parse.DatelineParser;
import io.kabar.parse.Document;
import io.kabar.parse.FormatDetector;
import io.kabar.parse.HtmlReader;
import io.kabar.parse.TextDecoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the parse stage spends its time on the typical page: each step of
 * {@link io.kabar.parse.ArticleParser} run on its own, in the thread's CPU time, next to the whole parse. Not a test; for profiling on a
 * shared machine, best pinned to one core:
 * {@code mvn -B -o -q test-compile exec:exec@jmh -Djmh.main=io.kabar.bench.ParseStages -Djmh.args=3000}
 * (iterations; the first half warms up). "jsoup parse" is part of "HTML read" (parse, metadata,
 * main-content extraction).
 */
public final class ParseStages {
  private ParseStages() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
    byte[] page = BenchPages.typicalNewsPage(100 * 1024);
    LanguageDetector languages = LanguageDetector.standard();
    DatelineParser datelines = DatelineParser.standard();
    Cleaner cleaner = Cleaner.standard(datelines);
    io.kabar.analysis.Pipeline pipeline = io.kabar.analysis.Pipeline.standard();
    FormatDetector formats = new FormatDetector();
    HtmlReader html = new HtmlReader();
    Source source = new Source("p", "page.html", page, Optional.of("text/html"), Optional.empty());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] names = {"format detection", "decoding", "jsoup parse", "HTML read", "language", "cleaning",
        "whole parse"};
    long[] total = new long[names.length];
    Object sink = null;
    for (int i = 0; i < n; i++) {
      long[] t = new long[names.length + 1];
      t[0] = mx.getCurrentThreadCpuTime();
      sink = formats.detect("page.html", Optional.of("text/html"), page);
      t[1] = mx.getCurrentThreadCpuTime();
      String text = TextDecoder.decodeChecked(page, true);
      t[2] = mx.getCurrentThreadCpuTime();
      sink = org.jsoup.Jsoup.parse(text);
      t[3] = mx.getCurrentThreadCpuTime();
      Document doc = html.read(text);
      t[4] = mx.getCurrentThreadCpuTime();
      String lang = languages.detect(String.join("\n", doc.paragraphs()), Optional.ofNullable(doc.languageHint()));
      t[5] = mx.getCurrentThreadCpuTime();
      sink = cleaner.clean(doc.paragraphs(), lang);
      t[6] = mx.getCurrentThreadCpuTime();
      sink = pipeline.parse(source);
      t[7] = mx.getCurrentThreadCpuTime();
      if (i >= n / 2) {
        for (int k = 0; k < names.length; k++) {
          total[k] += t[k + 1] - t[k];
        }
      }
    }
    for (int k = 0; k < names.length; k++) {
      System.out.printf(Locale.ROOT, "%-18s %.3f ms cpu%n", names[k], total[k] / 1e6 / (n - n / 2));
    }
    System.out.println(sink == null ? "" : "(" + (n - n / 2) + " measured iterations)");
  }
}
