package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Languages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kabar train language-words}: the most widespread lower-case words of a corpus, for the
 * language identifier's {@code common-<lang>.txt} (family-level evidence).
 */
@Command(name = "language-words", mixinStandardHelpOptions = true,
    description = {"List the words found in the most documents of a corpus (JSON lines or a JSON object of "
        + "objects; the text is field --field), leaving out words that are mostly capitalised (names), "
        + "contain digits, are shorter than 3 letters, or are in any supported language's stop-word or "
        + "marker list, or in an --exclude file.",
        "Examples:",
        "  kabar train language-words --field article --top 400 ../shared/data/summaries/indosum-more/pairs.jsonl",
        "  kabar train language-words --field articleBody --top 400 ../shared/data/extraction/news4k/ground-truth.json"})
final class LanguageWordsCommand implements Callable<Integer> {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Corpus files.")
  List<Path> files;

  @Option(names = "--field", defaultValue = "article", description = "JSON field holding the text (default: ${DEFAULT-VALUE}).")
  String field;

  @Option(names = "--top", defaultValue = "400", description = "How many words (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--exclude", paramLabel = "FILE", description = "Word lists to leave out (one word a line, # comments).")
  List<Path> exclude = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    List<String> docs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (Path f : files) {
      if (f.toString().endsWith(".jsonl")) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            docs.add(json.readTree(line).path(field).asText());
          }
        }
      } else {
        for (Iterator<JsonNode> it = json.readTree(f.toFile()).elements(); it.hasNext(); ) {
          docs.add(it.next().path(field).asText());
        }
      }
    }
    Set<String> known = new HashSet<>();
    for (String lang : Languages.supported()) {
      known.addAll(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "stopwords", lang)));
      known.addAll(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "markers", lang)));
    }
    for (Path f : exclude) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          known.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, Integer> docFreq = new HashMap<>();
    Map<String, int[]> caps = new HashMap<>(); // word -> [lower-case occurrences, all occurrences]
    for (String doc : docs) {
      Set<String> seen = new HashSet<>();
      Matcher m = WORD.matcher(doc);
      while (m.find()) {
        String w = m.group();
        String lower = w.toLowerCase(Locale.ROOT);
        int[] c = caps.computeIfAbsent(lower, k -> new int[2]);
        c[1]++;
        if (w.equals(lower)) {
          c[0]++;
        }
        if (seen.add(lower)) {
          docFreq.merge(lower, 1, Integer::sum);
        }
      }
    }
    docFreq.entrySet().stream()
        .filter(e -> e.getKey().length() >= 3 && !known.contains(e.getKey()))
        .filter(e -> caps.get(e.getKey())[0] * 2 > caps.get(e.getKey())[1])
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(top).map(Map.Entry::getKey).sorted()
        .forEach(spec.commandLine().getOut()::println);
    return 0;
  }
}
