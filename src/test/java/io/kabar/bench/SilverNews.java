package io.kabar.bench;

import io.kabar.ner.NerTokenizer;
import io.kabar.ner.OpenNlpNameFinder;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.nlp.Token;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Silver-labelled news sentences for the self-training experiments of docs/NER.md: the article bodies of
 * news4k's {@code ground-truth.json} (English) or of IndoSum's {@code pairs.jsonl} (field {@code article}), split
 * and tokenised as the pipeline does, tagged by a name-finder model; a sentence of 6-60 tokens is written (CoNLL,
 * token TAB BIO tag) only when the model found a name in it and left no capitalised word outside a name after the
 * first token (months, weekdays, {@code I}, honorifics and, with {@code titles}, the language's person titles from
 * {@code person-titles-LANG.txt} aside), so the learner is not taught that a name is no name. The output is derived from the articles' text: it
 * stays out of the repository. Run (after test-compile):
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.kabar.bench.SilverNews MODEL.bin
 * ../shared/data/extraction/news4k/ground-truth.json OUT.conll [en|id] [titles]}, then
 * {@code kabar train ner --extra-train OUT.conll}.
 */
public final class SilverNews {
  private static final Set<String> ALLOWED_CAPITALISED = Set.of("I", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr",
      "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Februari", "Maret", "Mei", "Juni",
      "Juli", "Agustus", "Oktober", "Desember");

  private SilverNews() {}

  public static void main(String[] args) throws Exception {
    TokenNameFinderModel model;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      model = OpenNlpNameFinder.readModel(in);
    }
    NameFinderME finder = new NameFinderME(model);
    String lang = args.length > 3 ? args[3] : "en";
    // "titles": the language's person titles (Presiden, Menteri, ...) may stand capitalised outside a name too
    Set<String> titles = args.length > 4 && args[4].equals("titles") ? io.kabar.nlp.DataFiles.lowerCaseSet(
        io.kabar.nlp.DataFiles.perLanguage("io/kabar/extract", "person-titles", lang)) : Set.of();
    List<String> bodies = io.kabar.ner.train.NerTrainer.articleBodies(Path.of(args[1]));
    int seen = 0;
    int kept = 0;
    int names = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (String body : bodies) {
        for (Sentence s : SentenceSplitter.standard().split(body, lang)) {
          List<Token> tokens = NerTokenizer.tokens(s.text(), lang);
          if (tokens.size() < 6 || tokens.size() > 60) {
            continue;
          }
          seen++;
          String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
          Span[] spans = finder.find(words);
          finder.clearAdaptiveData();
          String[] tags = new String[words.length];
          Arrays.fill(tags, "O");
          for (Span span : spans) {
            for (int i = span.getStart(); i < span.getEnd(); i++) {
              tags[i] = (i == span.getStart() ? "B-" : "I-") + span.getType();
            }
          }
          boolean clean = spans.length > 0;
          for (int i = 1; i < words.length && clean; i++) {
            clean = !tags[i].equals("O") || !Character.isUpperCase(words[i].charAt(0))
                || ALLOWED_CAPITALISED.contains(words[i]) || titles.contains(words[i].toLowerCase(java.util.Locale.ROOT));
          }
          if (clean) {
            kept++;
            names += spans.length;
            for (int i = 0; i < words.length; i++) {
              out.println(words[i] + "\t" + tags[i]);
            }
            out.println();
          }
        }
      }
    }
    System.out.printf("%d sentences of 6-60 tokens, %d kept, %d names%n", seen, kept, names);
  }
}
