package io.kabar.summarize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.nlp.SentenceSplitter;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the learned ranker's training data: for each pair of a pairs file, the candidate sentences with
 * their {@link RankedSummarizer#FEATURES} and the reference summary, one JSON object a line. The labels and
 * the logistic regression are in {@code src/test/scripts/train-summary-ranker.py}. Not a test: run with
 * {@code java -cp target/test-classes:target/classes:CP io.kabar.summarize.RankerFeatureDump PAIRS LANG OUT}.
 */
public final class RankerFeatureDump {
  private RankerFeatureDump() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    RankedSummarizer summarizer = new RankedSummarizer(SentenceSplitter.standard(),
        new RankedSummarizer.Weights(1, 1, 0, 0, 0, 0, 1), 3, false);
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]))) {
      for (String line : Files.readAllLines(Path.of(args[0]))) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode pair = mapper.readTree(line);
        ObjectNode doc = mapper.createObjectNode();
        doc.put("summary", pair.path("summary").asText());
        ArrayNode sents = doc.putArray("sents");
        ArrayNode xs = doc.putArray("x");
        summarizer.featureSink = (text, x) -> {
          sents.add(text);
          ArrayNode row = xs.addArray();
          for (double v : x) {
            row.add(v);
          }
        };
        summarizer.summarize(pair.path("article").asText(), args[1], null, List.of());
        if (!sents.isEmpty()) {
          out.write(mapper.writeValueAsString(doc));
          out.write('\n');
        }
      }
    }
  }
}
