package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.ner.OpenNlpNameFinder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * {@code train ner --first-names}: the English first-name list reaches the model as gazetteer features
 * ({@code fn=B} on the token and its neighbours), stored inside the model, read back by our model reader,
 * and decoded by the fast tagger as by OpenNLP's.
 */
class FirstNamesTest {
  @Test
  void theEnglishListIsLowerCaseNamesWithoutItsComments() throws Exception {
    var names = NerTrainer.firstNames("en");
    assertTrue(names.size() > 8000, "names: " + names.size());
    assertNull(NerTrainer.firstNames("xx"), "no list, no names");
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

  @Test
  void aModelTrainedWithTheListFiresItsFeaturesAndDecodesAlike() throws Exception {
    Map<String, Object> resources = Map.of(NerTrainer.FIRST_NAMES, NerTrainer.firstNames("en"));
    TokenNameFinderModel model = NerTrainer.trainModel("en", samples(), resources, "", 20, 0, 3);
    String[] sentence = {"Yesterday", "Susan", "Whitfield", "went", "to", "Leeds"};
    List<String> features = new ArrayList<>();
    var generator = model.getFactory().createFeatureGenerators();
    generator.createFeatures(features, sentence, 1, new String[0]);
    assertTrue(features.contains("fn=B"), "Susan is listed: " + features);
    assertTrue(features.contains("fn=B,w=susan"), features.toString());
    features.clear();
    generator.createFeatures(features, sentence, 2, new String[0]);
    assertTrue(features.contains("p1fn=B"), "the previous token's membership: " + features);
    assertFalse(features.contains("fn=B"), "Whitfield is not a first name: " + features);
    // stored in the model: written, read back by our reader, decoded by the fast tagger as by NameFinderME
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel read = OpenNlpNameFinder.readModel(new ByteArrayInputStream(bytes.toByteArray()));
    OpenNlpNameFinder fast = OpenNlpNameFinder.of(Map.of("en", read));
    NameFinderME slow = new NameFinderME(model);
    for (String[] s : List.of(sentence, new String[] {"Mary", "went", "to", "York", "with", "Bill"},
        new String[] {"will", "Will", "come", "?"})) {
      assertArrayEquals(slow.find(s), fast.find(s, "en"), String.join(" ", s).toLowerCase(Locale.ROOT));
      slow.clearAdaptiveData();
    }
    assertEquals(List.of(new Span(1, 3, "PERSON"), new Span(5, 6, "LOCATION")),
        List.of(fast.find(sentence, "en")), "an unseen listed first name and surname are a person");
  }
}
