package io.kabar.bench;

import io.kabar.ner.OpenNlpNameFinder;
import io.kabar.nlp.Sentence;

/**
 * Cold model load, measured in a fresh JVM: the time (wall and the loading thread's CPU) to load the
 * Indonesian, then the English model, and to tag a first sentence. Run (after {@code mvn -B -o test-compile}):
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.kabar.bench.NameFinderColdStart}
 * with {@code target/cp.txt} from {@code mvn -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 * Arguments: the languages (default {@code id en}), and {@code --logging-first} to start slf4j before the first
 * load, as the function's I/O clients do at init (otherwise OpenNLP starts it inside the measured load).
 */
public final class NameFinderColdStart {
  private NameFinderColdStart() {}

  public static void main(String[] args) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    java.util.List<String> langs = new java.util.ArrayList<>(java.util.List.of(args));
    if (langs.remove("--logging-first")) {
      // slf4j starts once per JVM, for whoever logs first: in the function the AWS SDK's clients, built at init;
      // in a bare JVM, OpenNLP, inside the first load or the first sentence
      org.slf4j.LoggerFactory.getLogger(NameFinderColdStart.class);
    }
    for (String lang : langs.isEmpty() ? java.util.List.of("id", "en") : langs) {
      String text = lang.equals("id") ? "Presiden Joko Widodo tiba di Jakarta." : "Angela Merkel arrived in Berlin.";
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      OpenNlpNameFinder.standard().preload(lang);
      long t1 = System.nanoTime();
      long c1 = mx.getCurrentThreadCpuTime();
      int found = OpenNlpNameFinder.standard().find(text, new Sentence(text, 0, text.length()), lang).size();
      long t2 = System.nanoTime();
      long c2 = mx.getCurrentThreadCpuTime();
      System.out.printf("%s: load %.0f ms (thread CPU %.0f ms), first sentence %.1f ms (thread CPU %.1f ms, %d names)%n",
          lang, (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6, found);
    }
  }
}
