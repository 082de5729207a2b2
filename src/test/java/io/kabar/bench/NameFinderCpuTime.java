package io.kabar.bench;

import io.kabar.ner.NerTokenizer;
import io.kabar.ner.OpenNlpNameFinder;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.nlp.Token;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;

/**
 * Warm name finding on the sample article in the thread's CPU time (the machine is shared: wall time
 * includes waiting for a core), per 1,000 NER tokens: the pipeline path ({@link OpenNlpNameFinder#find}
 * on each sentence: tokenise, tag, offsets), the tagger alone on pre-tokenised sentences, and OpenNLP's
 * {@link NameFinderME} on the same tokens and model (the reference the decoder reproduces). Run after
 * {@code mvn -B -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.kabar.bench.NameFinderCpuTime [passes]}.
 */
public final class NameFinderCpuTime {
  private NameFinderCpuTime() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String text = new String(BenchPages.sampleText(), StandardCharsets.UTF_8);
    List<Sentence> sentences = SentenceSplitter.standard().split(text, "id");
    String[][] tokenised = sentences.stream()
        .map(s -> NerTokenizer.tokens(text, s.start(), s.end(), "id").stream().map(Token::text).toArray(String[]::new))
        .toArray(String[][]::new);
    int tokens = 0;
    for (String[] t : tokenised) {
      tokens += t.length;
    }
    OpenNlpNameFinder finder = OpenNlpNameFinder.standard();
    finder.preload("id");
    NameFinderME reference = new NameFinderME(OpenNlpNameFinder.loadShipped("id"));
    System.out.printf("sample: %d sentences, %d tokens, %d passes per round%n", sentences.size(), tokens, passes);
    for (int round = 0; round < 4; round++) {
      long c0 = mx.getCurrentThreadCpuTime();
      int n = 0;
      for (int p = 0; p < passes; p++) {
        for (Sentence s : sentences) {
          n += finder.find(text, s, "id").size();
        }
      }
      long c1 = mx.getCurrentThreadCpuTime();
      for (int p = 0; p < passes; p++) {
        for (String[] t : tokenised) {
          n += finder.find(t, "id").length;
        }
      }
      long c2 = mx.getCurrentThreadCpuTime();
      for (int p = 0; p < passes; p++) {
        for (String[] t : tokenised) {
          n += reference.find(t).length;
          reference.clearAdaptiveData();
        }
      }
      long c3 = mx.getCurrentThreadCpuTime();
      double per = 1e6 * passes * tokens / 1000.0;
      System.out.printf("round %d: pipeline path %.2f ms, tagger alone %.2f ms, NameFinderME %.2f ms CPU per 1,000 tokens"
          + " (%d names)%n", round, (c1 - c0) / per, (c2 - c1) / per, (c3 - c2) / per, n);
    }
  }
}
