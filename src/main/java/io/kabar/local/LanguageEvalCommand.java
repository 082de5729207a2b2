package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.nlp.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kabar eval language}: accuracy of {@link LanguageDetector} by gold language and text length,
 * on labelled text from the shared data folder plus optional {@code lang<TAB>text} files.
 */
@Command(name = "language", mixinStandardHelpOptions = true,
    description = {"Score the language identifier by gold language and text length.",
        "Indonesian: IndoSum articles (indosum-dev) and their paragraphs, NER sentences (nergrit valid, "
            + "idner-news-2k dev); English: news4k article bodies and paragraphs, NER sentences (wikigold, GUM_news); "
            + "plus every line of each --labelled file (lang<TAB>text, lang 'und' for text that must not be "
            + "given a supported language). 'words5' is the first five words of each sentence.",
        "Example:", "  kabar eval language --shared ../shared --labelled src/test/resources/io/kabar/nlp/langid-labelled.tsv"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the evaluation ran", "1:internal error", "2:no data found"})
final class LanguageEvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared folder holding data/ (default ../shared).")
  Path shared;

  @Option(names = "--labelled", paramLabel = "FILE", description = "Extra lang<TAB>text files (one sample a line).")
  List<Path> labelled = new ArrayList<>();

  @Option(names = "--max", defaultValue = "1000", description = "Most samples per language and length (first ones).")
  int max;

  @Option(names = "--json", description = "One JSON object {cells: [{gold, length, n, accuracy, und, answers}], "
      + "samples, accuracy} (percentages) instead of the table.")
  boolean json;

  @Option(names = "--errors", defaultValue = "0", description = "Print up to this many errors per cell.")
  int errors;

  /** One labelled text. */
  record Sample(String lang, String length, String text) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Sample> samples = new ArrayList<>();
    Path data = shared.resolve("data");
    indoSum(data.resolve("summaries/indosum-dev/pairs.jsonl"), samples);
    conll(data.resolve("ner/id/nergrit/valid.txt"), "id", samples);
    conll(data.resolve("ner/id/idner-news-2k/dev.txt"), "id", samples);
    news4k(data.resolve("extraction/news4k/ground-truth.json"), samples);
    conll(data.resolve("ner/en/wikigold/wikigold.conll.txt"), "en", samples);
    Path gum = data.resolve("ner/en/GUM_news");
    if (Files.isDirectory(gum)) {
      try (var files = Files.list(gum)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
          conll(f, "en", samples);
        }
      }
    }
    for (Path f : labelled) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (!line.startsWith("#") && tab > 0) {
          String text = line.substring(tab + 1).strip();
          samples.add(new Sample(line.substring(0, tab).strip(), "sentence", text));
          samples.add(new Sample(line.substring(0, tab).strip(), "words5", firstWords(text, 5)));
        }
      }
    }
    if (samples.isEmpty()) {
      spec.commandLine().getErr().println("no labelled text found under " + data + " nor in --labelled files");
      return 2;
    }
    LanguageDetector detector = LanguageDetector.standard();
    Map<String, Map<String, int[]>> cells = new TreeMap<>(); // lang -> length -> [n, correct, und]
    Map<String, Map<String, Map<String, Integer>>> confusion = new TreeMap<>();
    Map<String, Integer> printed = new LinkedHashMap<>();
    long cpu = 0;
    for (Sample s : samples) {
      int[] c = cells.computeIfAbsent(s.lang(), k -> new TreeMap<>()).computeIfAbsent(s.length(), k -> new int[3]);
      if (c[0] >= max) {
        continue;
      }
      long t0 = System.nanoTime();
      String got = detector.detect(s.text());
      cpu += System.nanoTime() - t0;
      c[0]++;
      if (got.equals(s.lang())) {
        c[1]++;
      } else if (errors > 0 && printed.merge(s.lang() + "/" + s.length(), 1, Integer::sum) <= errors) {
        out.printf("ERROR gold=%s got=%s [%s] %s%n", s.lang(), got, s.length(),
            s.text().length() > 160 ? s.text().substring(0, 160) + "…" : s.text());
      }
      if (got.equals("und")) {
        c[2]++;
      }
      confusion.computeIfAbsent(s.lang(), k -> new TreeMap<>()).computeIfAbsent(s.length(), k -> new TreeMap<>())
          .merge(got, 1, Integer::sum);
    }
    if (json) {
      com.fasterxml.jackson.databind.node.ObjectNode root = new ObjectMapper().createObjectNode();
      com.fasterxml.jackson.databind.node.ArrayNode rows = root.putArray("cells");
      int total = 0;
      int correct = 0;
      for (var lang : cells.entrySet()) {
        for (var len : lang.getValue().entrySet()) {
          int[] c = len.getValue();
          total += c[0];
          correct += c[1];
          com.fasterxml.jackson.databind.node.ObjectNode row = rows.addObject().put("gold", lang.getKey())
              .put("length", len.getKey()).put("n", c[0]).put("accuracy", 100.0 * c[1] / c[0])
              .put("und", 100.0 * c[2] / c[0]);
          confusion.get(lang.getKey()).get(len.getKey()).forEach(row.putObject("answers")::put);
        }
      }
      root.put("samples", total).put("accuracy", 100.0 * correct / total);
      out.println(root);
      out.flush();
      return 0;
    }
    out.println("| gold | length | n | accuracy | und | answers |");
    out.println("|---|---|---|---|---|---|");
    int n = 0;
    int ok = 0;
    for (var lang : cells.entrySet()) {
      for (var len : lang.getValue().entrySet()) {
        int[] c = len.getValue();
        n += c[0];
        ok += c[1];
        out.printf(Locale.ROOT, "| %s | %s | %d | %.1f%% | %.1f%% | %s |%n", lang.getKey(), len.getKey(), c[0],
            100.0 * c[1] / c[0], 100.0 * c[2] / c[0], confusion.get(lang.getKey()).get(len.getKey()));
      }
    }
    out.printf(Locale.ROOT, "all: %d samples, accuracy %.1f%%, detection time %.1f ms in total%n", n, 100.0 * ok / n,
        cpu / 1e6);
    return 0;
  }

  static String firstWords(String text, int n) {
    String[] words = text.strip().split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(n, words.length)));
  }

  private static void addSentence(List<String> tokens, String lang, List<Sample> samples) {
    if (tokens.size() >= 3) {
      String text = String.join(" ", tokens);
      samples.add(new Sample(lang, "sentence", text));
      samples.add(new Sample(lang, "words5", firstWords(text, 5)));
    }
  }

  /** CoNLL-style file: token first on each line, blank line between sentences, -DOCSTART- skipped. */
  private static void conll(Path file, String lang, List<Sample> samples) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    List<String> tokens = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (t.isEmpty()) {
          addSentence(tokens, lang, samples);
          tokens = new ArrayList<>();
        } else if (!t.startsWith("-DOCSTART-")) {
          tokens.add(t.split("[\\t ]")[0]);
        }
      }
    }
    addSentence(tokens, lang, samples);
  }

  private static void article(String lang, String text, List<Sample> samples) {
    samples.add(new Sample(lang, "article", text));
    for (String p : text.split("\\n\\s*\\n")) {
      if (p.strip().split("\\s+").length >= 15) {
        samples.add(new Sample(lang, "paragraph", p.strip()));
      }
    }
  }

  private static void indoSum(Path file, List<Sample> samples) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        article("id", json.readTree(line).path("article").asText(), samples);
      }
    }
  }

  private static void news4k(Path file, List<Sample> samples) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
      String body = it.next().path("articleBody").asText();
      if (!body.isBlank()) {
        article("en", body, samples);
      }
    }
  }
}
