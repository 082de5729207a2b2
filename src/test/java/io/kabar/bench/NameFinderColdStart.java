package io.kabar.bench;

import io.kabar.ner.OpenNlpNameFinder;
import io.kabar.nlp.Sentence;

/**
 * Cold model load, measured in a fresh JVM: the time from first use of the Indonesian (then the
 * English) model to its first answer. Run (after {@code mvn -B -o test-compile}):
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.kabar.bench.NameFinderColdStart}
 * with {@code target/cp.txt} from {@code mvn -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.
 */
public final class NameFinderColdStart {
  private NameFinderColdStart() {}

  public static void main(String[] args) {
    for (String lang : args.length > 0 ? args : new String[] {"id", "en"}) {
      String text = lang.equals("id") ? "Presiden Joko Widodo tiba di Jakarta." : "Angela Merkel arrived in Berlin.";
      long t0 = System.nanoTime();
      OpenNlpNameFinder.standard().preload(lang);
      long t1 = System.nanoTime();
      int found = OpenNlpNameFinder.standard().find(text, new Sentence(text, 0, text.length()), lang).size();
      long t2 = System.nanoTime();
      System.out.printf("%s: load %.0f ms, first sentence %.1f ms (%d names)%n", lang, (t1 - t0) / 1e6,
          (t2 - t1) / 1e6, found);
    }
  }
}
