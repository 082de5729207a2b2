package io.kabar.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.Analysis;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.Claim;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.eval.ClaimGold;
import io.kabar.eval.ClaimScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kabar eval claims DIR…}: the claim step (Pipeline.extract on each {@code NAME.txt}) scored against
 * {@code NAME.expected.json} ({@link ClaimGold}, matching rules in {@link ClaimScore}), per language.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = {"Score claim extraction on folders of NAME.txt + NAME.expected.json (a 'claims' list: "
        + "text_contains, speaker_any, kind, quantity), per language (the gold 'language' or the detected one).",
        "A gold claim is found when an extracted claim's text contains its fragment after normalisation "
            + "(NFKC, quotes removed, dashes unified, whitespace collapsed, lower case); an extracted claim is correct "
            + "when it contains a fragment no earlier claim contained. Speaker, kind and quantity accuracy are over "
            + "found gold claims, judged on the first matching claim.",
        "Example:", "  kabar eval claims ../shared/samples/claims-dev src/test/resources/io/kabar/claims-dev"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the evaluation ran", "1:internal error", "2:a folder is missing or holds no labelled article"})
final class ClaimsEvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of NAME.txt + NAME.expected.json.")
  List<Path> folders;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Option(names = "--misses", description = "Also list missed gold claims, wrong speakers/kinds and unmatched claims.")
  boolean misses;

  /** One language's totals. */
  record Result(Map<String, ClaimScore> byLanguage, ClaimScore all, int articles, long nanos, long tokens) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    List<ClaimGold.Article> articles = new ArrayList<>();
    for (Path folder : folders) {
      try {
        articles.addAll(ClaimGold.open(folder));
      } catch (IllegalArgumentException e) {
        stderr.println("kabar eval claims: " + e.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
    }
    Result r = evaluate(Pipeline.standard(), articles, misses ? stdout : null);
    if (json) {
      stdout.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(r)));
    } else {
      printTable(r, stdout);
    }
    stdout.flush();
    return 0;
  }

  /** Runs the pipeline on every article and scores its claims; lists misses on {@code log} when given. */
  static Result evaluate(Pipeline pipeline, List<ClaimGold.Article> articles, PrintWriter log) throws IOException {
    Map<String, ClaimScore> byLanguage = new TreeMap<>();
    ClaimScore all = new ClaimScore();
    long nanos = 0;
    long tokens = 0;
    for (ClaimGold.Article a : articles) {
      byte[] bytes = Files.readAllBytes(a.text());
      List<Claim> claims;
      String language;
      long start = System.nanoTime();
      try {
        Analysis analysis = pipeline.extract(Source.of(a.name(), a.name() + ".txt", bytes));
        claims = analysis.claims();
        language = a.language() != null ? a.language() : analysis.language();
        tokens += analysis.text().split("\\s+").length;
      } catch (ArticleException e) {
        claims = List.of();
        language = a.language() != null ? a.language() : "und";
      }
      nanos += System.nanoTime() - start;
      ClaimScore.ArticleOutcome o = byLanguage.computeIfAbsent(language, k -> new ClaimScore()).add(a.claims(), claims);
      all.add(a.claims(), claims);
      if (log != null) {
        logMisses(a.name(), o, log);
      }
    }
    return new Result(byLanguage, all, articles.size(), nanos, tokens);
  }

  private static void logMisses(String name, ClaimScore.ArticleOutcome o, PrintWriter w) {
    for (ClaimScore.GoldOutcome g : o.gold()) {
      if (g.match() == null) {
        w.printf("%s MISSED  %s  [%s, %s]%n", name, g.expected().textContains(), g.expected().kind(),
            g.expected().speakerAny());
      } else {
        if (!g.speakerOk()) {
          w.printf("%s SPEAKER %s: got %s, want %s%n", name, g.expected().textContains(), g.match().speaker(),
              g.expected().speakerAny());
        }
        if (Boolean.FALSE.equals(g.kindOk())) {
          w.printf("%s KIND    %s: got %s, want %s%n", name, g.expected().textContains(), g.match().kind(),
              g.expected().kind());
        }
        if (Boolean.FALSE.equals(g.quantityOk())) {
          w.printf("%s QTY     %s: got %s, want %s%n", name, g.expected().textContains(), g.match().quantities(),
              g.expected().quantity());
        }
      }
    }
    for (Claim c : o.wrong()) {
      w.printf("%s EXTRA   [%s, %s] %s%n", name, c.kind(), c.speaker(), c.text());
    }
  }

  private static String pct(Optional<Double> v) {
    return v.map(x -> String.format(Locale.ROOT, "%.1f%%", 100 * x)).orElse("n/a");
  }

  private static void printTable(Result r, PrintWriter w) {
    String format = "%-6s %5s %9s %9s %9s %9s %9s %9s%n";
    w.printf(Locale.ROOT, format, "lang", "gold", "extracted", "recall", "precision", "speaker", "kind", "quantity");
    r.byLanguage().forEach((lang, s) -> row(w, format, lang, s));
    row(w, format, "all", r.all());
    w.printf(Locale.ROOT, "%d articles, %d whitespace tokens, %.1f ms pipeline.extract in all (cold JVM, not a benchmark)%n",
        r.articles(), r.tokens(), r.nanos() / 1e6);
  }

  private static void row(PrintWriter w, String format, String lang, ClaimScore s) {
    w.printf(Locale.ROOT, format, lang, s.gold(), s.extracted(), pct(s.recall()), pct(s.precision()),
        pct(s.speakerAccuracy()), pct(s.kindAccuracy()), pct(s.quantityAccuracy()));
  }

  private static ObjectNode toJson(Result r) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    root.put("articles", r.articles());
    ObjectNode langs = root.putObject("languages");
    r.byLanguage().forEach((lang, s) -> scoreJson(langs.putObject(lang), s));
    scoreJson(root.putObject("all"), r.all());
    return root;
  }

  private static void scoreJson(ObjectNode n, ClaimScore s) {
    n.put("gold", s.gold());
    n.put("found", s.found());
    n.put("extracted", s.extracted());
    n.put("correct", s.correct());
    put(n, "recall", s.recall());
    put(n, "precision", s.precision());
    put(n, "speakerAccuracy", s.speakerAccuracy());
    put(n, "kindAccuracy", s.kindAccuracy());
    put(n, "quantityAccuracy", s.quantityAccuracy());
    ArrayNode counts = n.putArray("speakerKindQuantityCorrectTotal");
    for (int[] c : s.counts()) {
      counts.addArray().add(c[0]).add(c[1]);
    }
  }

  private static void put(ObjectNode n, String field, Optional<Double> v) {
    if (v.isPresent()) {
      n.put(field, v.get());
    } else {
      n.putNull(field);
    }
  }
}
