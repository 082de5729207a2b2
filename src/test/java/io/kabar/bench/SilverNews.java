package io.kabar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Silver-labelled English news sentences for the self-training experiment of docs/NER.md ("English,
 * cross-validated"): the article bodies of news4k's {@code ground-truth.json}, split and tokenised as the
 * pipeline does, tagged by a name-finder model; a sentence of 6-60 tokens is written (CoNLL, token TAB BIO tag)
 * only when the model found a name in it and left no capitalised word outside a name after the first token
 * (months, weekdays, {@code I} and honorifics aside), so the learner is not taught that a name is no name. The
 * output is derived from news4k (Apache-2.0): it stays out of the repository. Run (after test-compile):
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.kabar.bench.SilverNews MODEL.bin
 * ../shared/data/extraction/news4k/ground-truth.json OUT.conll}, then {@code kabar train ner --extra-train OUT.conll}.
 */
public final class SilverNews {
  private static final Set<String> ALLOWED_CAPITALISED = Set.of("I", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr");

  private SilverNews() {}

  public static void main(String[] args) throws Exception {
    TokenNameFinderModel model;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      model = OpenNlpNameFinder.readModel(in);
    }
    NameFinderME finder = new NameFinderME(model);
    JsonNode articles = new ObjectMapper().readTree(Path.of(args[1]).toFile());
    int seen = 0;
    int kept = 0;
    int names = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      for (JsonNode article : articles) {
        for (Sentence s : SentenceSplitter.standard().split(article.path("articleBody").asText(), "en")) {
          List<Token> tokens = NerTokenizer.tokens(s.text(), "en");
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
                || ALLOWED_CAPITALISED.contains(words[i]);
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
