package io.kabar.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kabar demo}: the bundled sample articles through the whole local flow. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Start the embedded local stack (S3Proxy in this JVM, dynalite on loopback), upload the "
        + "bundled sample articles to incoming/samples/, deliver the S3 events and stream records to the "
        + "two functions, and print each article's records.",
        "Exits 0 only if every sample reached SUMMARIZED.", "Examples:", "  java -jar target/kabar.jar demo",
        "  java -jar target/kabar.jar demo --json"})
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLES = "samples/";

  @Spec
  CommandSpec spec;

  @Mixin
  StackOptions options;

  @picocli.CommandLine.Option(names = "--timeout", paramLabel = "SECONDS",
      description = "How long to wait for processing (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = 120;

  @picocli.CommandLine.Option(names = "--json", description = "One JSON document on standard output (as "
      + "process --json: files, totals, elapsedMs, parse, deadLetters) instead of the records and the table; the "
      + "stack's start-up lines go to standard error.")
  boolean json;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
    List<LocalRun.Upload> uploads = new ArrayList<>();
    for (String name : sampleNames()) {
      uploads.add(new LocalRun.Upload("incoming/samples/" + name, resource(SAMPLES + name)));
    }
    try (LocalStack stack = options.start(out, 0, 0)) {
      LocalRun.Outcome outcome = LocalRun.run(stack, uploads, Duration.ofSeconds(timeoutSeconds), null);
      if (!outcome.finished()) {
        out.println("kabar: still processing after " + timeoutSeconds + " s; reporting what is done");
      }
      boolean all = outcome.allSummarized();
      if (json) {
        spec.commandLine().getOut().println(LocalRun.json(outcome));
        spec.commandLine().getOut().flush();
        return all ? 0 : 1;
      }
      LocalRun.printRecords(stack, outcome, out);
      LocalRun.printTable(outcome, out);
      out.println(all ? "demo: every sample reached SUMMARIZED" : "demo: not every sample reached SUMMARIZED");
      return all ? 0 : 1;
    }
  }

  /** The bundled samples, as listed in {@code samples/index.txt}. */
  static List<String> sampleNames() {
    List<String> names = new ArrayList<>();
    for (String line : new String(resource(SAMPLES + "index.txt"), StandardCharsets.UTF_8).split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return names;
  }

  static byte[] resource(String name) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + name + " is missing: rebuild with 'mvn package'");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
