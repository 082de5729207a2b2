package io.kabar.bench;

import io.kabar.extract.EntityExtractor;
import io.kabar.extract.Gazetteer;
import io.kabar.extract.MeasureRules;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The same work as {@link EntityBenchmark}, timed in thread CPU time rather than wall time, for a machine
 * shared with other jobs (wall-clock JMH scores there mostly measure the neighbours). First line: the
 * gazetteer's first load in this fresh JVM. Run (after test-compile):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.kabar.bench.EntityCpuTime [model [en NEWS4K]]},
 * with {@code mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}. {@code model}: the production
 * finder; {@code en NEWS4K}: English, 1,000 tokens of news4k article bodies ({@code ground-truth.json}) instead of
 * the Indonesian sample. Every call gets its own copy of the text, as every article is a new string in the
 * pipeline: per-article work cached by text identity (the lower-case vocabulary) is counted once per call.
 */
public final class EntityCpuTime {
  private EntityCpuTime() {}

  public static void main(String[] args) throws java.io.IOException {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu = mx.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    int names = Gazetteer.standard().size();
    System.out.printf("gazetteer first load: %d ms CPU, %d ms wall, %d names%n",
        (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000, names);
    String lang = args.length > 1 && args[1].equals("en") ? "en" : "id";
    if (lang.equals("en") && args.length < 3) {
      throw new IllegalArgumentException("usage: EntityCpuTime model en PATH/TO/news4k/ground-truth.json");
    }
    String text = lang.equals("en") ? englishThousandTokens(java.nio.file.Path.of(args[2]))
        : EntityBenchmark.thousandTokens();
    List<Sentence> sentences = SentenceSplitter.standard().split(text, lang);
    System.out.println("language: " + lang);
    // "model": the production entity step (the trained name finder of NameFinders.standard(), as Pipeline
    // uses it); default: the baseline finder, as first measured
    boolean model = args.length > 0 && args[0].equals("model");
    EntityExtractor extractor = model ? EntityExtractor.withFinder(io.kabar.ner.NameFinders.standard())
        : EntityExtractor.standard();
    System.out.println(model ? "finder: NameFinders.standard() (trained model)" : "finder: baseline");
    MeasureRules measures = MeasureRules.standard();
    int rounds = 500;
    for (int round = 0; round < 5; round++) {
      long t = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < rounds; i++) {
        extractor.extract(new String(text), sentences, lang, null);
      }
      long named = (mx.getCurrentThreadCpuTime() - t) / rounds / 1000;
      t = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < rounds; i++) {
        measures.extract(new String(text), lang, "2026-02-10T08:30:00+07:00");
      }
      long measured = (mx.getCurrentThreadCpuTime() - t) / rounds / 1000;
      System.out.printf("round %d: named entities %d us CPU, measures %d us CPU per 1,000 tokens%n", round + 1, named,
          measured);
    }
    // then many short rounds, each the named step and the rules on the same text: on a host whose neighbours
    // take the CPU in bursts, the minimum and the median of 60 rounds say more than 5 long rounds
    int steady = 60;
    long[] named = new long[steady];
    long[] measured = new long[steady];
    long[] both = new long[steady];
    for (int round = 0; round < steady; round++) {
      long t = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < 100; i++) {
        extractor.extract(new String(text), sentences, lang, null);
      }
      named[round] = (mx.getCurrentThreadCpuTime() - t) / 100 / 1000;
      t = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < 100; i++) {
        measures.extract(new String(text), lang, "2026-02-10T08:30:00+07:00");
      }
      measured[round] = (mx.getCurrentThreadCpuTime() - t) / 100 / 1000;
      both[round] = named[round] + measured[round];
    }
    System.out.printf("%d rounds of 100, us CPU per 1,000 tokens (min / median): named entities %s, measures %s, "
        + "the whole entity step %s%n", steady, minMedian(named), minMedian(measured), minMedian(both));
  }

  /** About 1,000 tokens of news4k article bodies (in file order), ending at a sentence end. */
  static String englishThousandTokens(java.nio.file.Path groundTruth) throws java.io.IOException {
    StringBuilder sb = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonNode page : new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(groundTruth.toFile())) {
      sb.append(page.path("articleBody").asText()).append("\n\n");
      if (io.kabar.nlp.Tokenizer.tokens(sb.toString()).size() >= EntityBenchmark.TOKENS) {
        break;
      }
    }
    return EntityBenchmark.thousandTokens(sb.toString().strip(), "en");
  }

  private static String minMedian(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[0] + " / " + sorted[sorted.length / 2];
  }
}
