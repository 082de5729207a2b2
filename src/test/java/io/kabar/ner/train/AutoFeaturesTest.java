package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kabar.ner.WordClusterFeatureGeneratorFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoFeaturesTest {
  private final List<String[]> tokens = new ArrayList<>();
  private final List<String[]> tags = new ArrayList<>();

  private void add(String sentence, String tagLine) {
    tokens.add(sentence.split(" "));
    tags.add(tagLine.split(" "));
  }

  /** budi: always B-PERSON (6x, any case); jakarta: 3x LOCATION, 3x ORGANIZATION; langka: twice. */
  private void corpus() {
    for (int i = 0; i < 3; i++) {
      add("Budi tiba di Jakarta", "B-PERSON O O B-LOCATION");
      add("BUDI memimpin Jakarta Raya", "B-PERSON O B-ORGANIZATION I-ORGANIZATION");
    }
    add("langka di Bandung", "O O B-LOCATION");
    add("Langka tiba", "B-PERSON O");
  }

  @Test
  void dominantTagAndInsideShare() {
    corpus();
    Map<String, String> auto = NerTrainer.autoColumns(tokens, tags,
        new NerTrainer.AutoFeatures(List.of("tag", "inside"), 3, 0.8));
    int bPerson = NerTrainer.AUTO_TAGS.indexOf("B-PERSON") + 1;
    int o = NerTrainer.AUTO_TAGS.indexOf("O") + 1;
    assertEquals(bPerson + " 5", auto.get("budi"), "always a person: its tag, all inside a name");
    assertEquals("0 5", auto.get("jakarta"), "split between two types: no dominant tag, still inside names");
    assertEquals(o + " 1", auto.get("di"), "never in a name");
    assertEquals(o + " 1", auto.get("tiba"));
    assertFalse(auto.containsKey("langka"), "seen fewer than k times");
    assertFalse(auto.containsKey("Budi"), "keys are lower-cased");
  }

  @Test
  void insideBuckets() {
    corpus();
    add("Tiba Budi", "O B-PERSON");
    Map<String, String> ten = NerTrainer.autoColumns(tokens, tags, new NerTrainer.AutoFeatures(List.of("inside"), 3, 0, 10));
    assertEquals("10", ten.get("budi"));
    assertEquals("1", ten.get("tiba"), "0 of 5 inside");
    tokens.add(new String[] {"tiba", "tiba"});
    tags.add(new String[] {"B-LOCATION", "B-LOCATION"});
    // tiba: 2 of 7 inside = 0.29 -> bucket index 2 of 10 -> value 3; of 5 -> index 1 -> value 2
    assertEquals("3", NerTrainer.autoColumns(tokens, tags, new NerTrainer.AutoFeatures(List.of("inside"), 3, 0, 10)).get("tiba"));
    assertEquals("2", NerTrainer.autoColumns(tokens, tags, new NerTrainer.AutoFeatures(List.of("inside"), 3, 0)).get("tiba"));
  }

  @Test
  void shareThresholdDecides() {
    corpus();
    // jakarta's dominant tag has share 0.5: named at p = 0.5, not at 0.51
    Map<String, String> loose = NerTrainer.autoColumns(tokens, tags, new NerTrainer.AutoFeatures(List.of("tag"), 3, 0.5));
    Map<String, String> strict = NerTrainer.autoColumns(tokens, tags, new NerTrainer.AutoFeatures(List.of("tag"), 3, 0.51));
    assertFalse(loose.get("jakarta").equals("0"));
    assertEquals("0", strict.get("jakarta"));
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.autoColumns(tokens, tags,
        new NerTrainer.AutoFeatures(List.of("nope"), 3, 0.5)));
  }

  @Test
  void appendedColumnsStayAlignedAndBecomeFeatures() throws Exception {
    String clusters = "budi 3 17\njakarta 5 9\nlain 1 2\n";
    String out = NerTrainer.appendColumns(clusters, Map.of("budi", "2 5", "jakarta", "0 5"), 2);
    WordClusterFeatureGeneratorFactory.Clusters c = WordClusterFeatureGeneratorFactory.Clusters.read(
        new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("cl0=3", "cl1=17", "cl2=2", "cl3=5"), List.of(c.lookup("budi")));
    assertEquals(List.of("cl0=1", "cl1=2", "cl2=0", "cl3=0"), List.of(c.lookup("lain")), "no auto values: zeros");
    assertEquals(3, c.size());
  }

  @Test
  void bioFromSpans() throws Exception {
    // a finder trained on a few sentences tags its own training words; checks span -> BIO conversion
    List<opennlp.tools.namefind.NameSample> samples = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      samples.add(new opennlp.tools.namefind.NameSample(new String[] {"Kata", "Budi", "Santoso", "kemarin"},
          new opennlp.tools.util.Span[] {new opennlp.tools.util.Span(1, 3, "PERSON")}, true));
    }
    var model = NerTrainer.trainModel("id", samples, Map.of(), "", 20, 1, 3);
    String[] bio = NerTrainer.bio(new opennlp.tools.namefind.NameFinderME(model),
        new String[] {"Kata", "Budi", "Santoso", "kemarin"});
    assertEquals(List.of("O", "B-PERSON", "I-PERSON", "O"), List.of(bio));
  }
}
