package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train ner --first-names}: the English first-name list reaches the model as gazetteer features
 * ({@code fn=B} on the token, {@code p1fn=B}/{@code n1fn=B} on its neighbours), stored inside the model. That the
 * fast tagger decodes such a model as OpenNLP does, read back from its bytes, is in {@code FastNameTaggerTest}.
 */
class FirstNamesTest {
  @Test
  void theEnglishListIsLowerCaseOneWordNamesWithoutItsComments() throws Exception {
    List<String> names = NerTrainer.firstNames("en").names();
    assertTrue(names.size() > 8000, "names: " + names.size());
    for (String name : names) {
      assertTrue(name.matches("[a-z]{2,}"), () -> "not a lower-case one-word name: [" + name + "]");
    }
    assertTrue(names.containsAll(List.of("john", "mary", "susan")), "common given names");
    assertFalse(names.contains("whitfield"), "a surname");
    assertNull(NerTrainer.firstNames("id"), "no Indonesian list");
  }

  private static List<NameSample> samples() {
    List<NameSample> samples = new ArrayList<>();
    String[][] people = {{"John", "Smith"}, {"Mary", "Jones"}, {"Peter", "Brown"}};
    String[] places = {"Leeds", "Dover", "York"};
    for (int i = 0; i < 30; i++) {
      String[] p = people[i % people.length];
      samples.add(new NameSample(new String[] {"Yesterday", p[0], p[1], "went", "to", places[i % places.length]},
          new Span[] {new Span(1, 3, "PERSON"), new Span(5, 6, "LOCATION")}, true));
    }
    return samples;
  }

  /** The features the model's own generators give {@code sentence[index]} (also used by {@code CitiesTest}). */
  static List<String> features(TokenNameFinderModel model, String[] sentence, int index) {
    List<String> features = new ArrayList<>();
    model.getFactory().createFeatureGenerators().createFeatures(features, sentence, index, new String[0]);
    return features;
  }

  @Test
  void aModelTrainedWithTheListFiresItsFeaturesOnTheTokenAndItsNeighbours() throws Exception {
    TokenNameFinderModel model = NerTrainer.trainModel("en", samples(),
        Map.of(NerTrainer.FIRST_NAMES, NerTrainer.firstNames("en")), "", 20, 0, 3);
    String[] sentence = {"Yesterday", "Susan", "Whitfield", "went", "to", "Leeds"};
    assertTrue(features(model, sentence, 1).containsAll(List.of("fn=B", "fn=B,w=susan")),
        features(model, sentence, 1).toString());
    List<String> next = features(model, sentence, 2);
    assertTrue(next.contains("p1fn=B"), "the previous token's membership: " + next);
    assertFalse(next.contains("fn=B"), "Whitfield is not a first name: " + next);
    assertTrue(features(model, sentence, 0).contains("n1fn=B"), "the next token's membership");
    assertTrue(model.getArtifact(NerTrainer.FIRST_NAMES) != null, "the list is stored in the model");
    TokenNameFinderModel without = NerTrainer.trainModel("en", samples(), Map.of(), "", 20, 0, 3);
    assertFalse(features(without, sentence, 1).stream().anyMatch(f -> f.contains("fn=")), "no list, no features");
    assertNull(without.getArtifact(NerTrainer.FIRST_NAMES));
  }

  private static NerTrainer trainer(Path dir, String lang, boolean firstNames) throws Exception {
    return trainer(dir, lang, firstNames, false);
  }

  /** A trainer over a tiny English data folder in {@code dir} (also used by {@code CitiesTest}). */
  static NerTrainer trainer(Path dir, String lang, boolean firstNames, boolean cities) throws Exception {
    return trainer(dir, lang, firstNames, cities, 3, NerTrainer.Silver.OFF);
  }

  /** {@link #trainer(Path, String, boolean, boolean)} writing a model with {@code beam}, with {@code silver}. */
  static NerTrainer trainer(Path dir, String lang, boolean firstNames, boolean cities, int beam,
      NerTrainer.Silver silver) throws Exception {
    Path en = Files.createDirectories(dir.resolve("data/ner/en"));
    Files.createDirectories(en.resolve("wikigold"));
    StringBuilder wikigold = new StringBuilder();
    String[][] people = {{"John", "Smith"}, {"Mary", "Jones"}, {"Peter", "Brown"}, {"Anne", "Lee"}};
    for (int doc = 0; doc < 10; doc++) {
      wikigold.append("-DOCSTART- O\n\n");
      for (String[] p : people) {
        wikigold.append("Yesterday O\n").append(p[0]).append(" I-PER\n").append(p[1]).append(" I-PER\n")
            .append("went O\nto O\nLeeds I-LOC\n. O\n\n");
      }
    }
    Files.writeString(en.resolve("wikigold/wikigold.conll.txt"), wikigold.toString());
    Files.createDirectories(en.resolve("re3d_open"));
    Files.writeString(en.resolve("re3d_open/a.conll"), "Cy B-Person\nran O\n");
    Files.createDirectories(en.resolve("GUM_news"));
    Files.writeString(en.resolve("GUM_news/a.tsv"), "Di\tperson\nsang\t_\n");
    Path news4k = Files.createDirectories(dir.resolve("data/extraction/news4k"));
    Files.writeString(news4k.resolve("ground-truth.json"),
        "{\"a.html.gz\": {\"articleBody\": \"Mary Jones went to Leeds. John Smith went to Leeds.\"}}");
    Files.createDirectories(dir.resolve("data/extraction/wcxb-dev-articles/ground-truth"));
    return new NerTrainer(new NerTrainer.Options(lang, dir, dir.resolve("out"), dir.resolve("work"), 5, 0,
        new int[] {2}, 1, false, false, List.of("wikigold-train"), false, false, 1, beam,
        new NerTrainer.AutoFeatures(List.of(), 5, 0.8, 5, 1), NerTrainer.Learner.PERCEPTRON, Map.of(), 4,
        List.of(), silver, firstNames, cities, 0), new PrintWriter(new StringWriter()));
  }

  @Test
  void theTrainerStoresTheListInTheModelItWritesOnlyWhenAsked(@TempDir Path dir) throws Exception {
    TokenNameFinderModel with = trainer(dir.resolve("a"), "en", true).train().model();
    assertTrue(with.getArtifact(NerTrainer.FIRST_NAMES) != null);
    assertTrue(features(with, new String[] {"Susan", "went"}, 0).contains("fn=B"));
    TokenNameFinderModel without = trainer(dir.resolve("b"), "en", false).train().model();
    assertNull(without.getArtifact(NerTrainer.FIRST_NAMES));
    assertFalse(features(without, new String[] {"Susan", "went"}, 0).contains("fn=B"));
  }

  @Test
  void aLanguageWithoutAListFailsBeforeAnyWork(@TempDir Path dir) throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> trainer(dir, "id", true).train());
    assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("first-name list"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("work")), "nothing was written: no cluster induction ran");
  }
}
