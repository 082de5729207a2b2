package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train ner --cities}: GeoNames city names reach the model as gazetteer features ({@code city=B} /
 * {@code city=I} on the tokens, {@code p1city}/{@code n1city} on their neighbours), stored inside the model, and
 * only from a token not written in lower case: {@code Van} (a Turkish city) fires, {@code van} does not.
 */
class CitiesTest {
  @Test
  void theListHoldsCitiesTokenisedAndLowerCasedWithoutStopWords() {
    List<String> names = NerTrainer.cities("en").names();
    assertTrue(names.size() > 20_000, "names: " + names.size());
    assertTrue(names.containsAll(List.of("rome", "brisbane", "jakarta", "rio de janeiro")), "well-known cities");
    assertTrue(names.contains("winston-salem"), "a hyphenated name stays one token, as the finder splits it");
    for (String stop : List.of("the", "and", "dan", "yang", "untuk")) {
      assertFalse(names.contains(stop), "a stop word is no city: " + stop);
    }
    for (String name : names) {
      assertTrue(name.equals(name.toLowerCase(java.util.Locale.ROOT)) && !name.isBlank(), name);
    }
  }

  private static List<NameSample> samples() {
    List<NameSample> samples = new ArrayList<>();
    String[] places = {"Leeds", "Dover", "York"};
    for (int i = 0; i < 30; i++) {
      samples.add(new NameSample(new String[] {"They", "flew", "to", places[i % places.length]},
          new Span[] {new Span(3, 4, "LOCATION")}, true));
    }
    return samples;
  }

  private static List<String> features(TokenNameFinderModel model, String[] sentence, int index) {
    return FirstNamesTest.features(model, sentence, index);
  }

  @Test
  void aModelTrainedWithTheListFiresOnCapitalisedCityNamesOnly() throws Exception {
    TokenNameFinderModel model = NerTrainer.trainModel("en", samples(),
        Map.of(NerTrainer.CITIES, NerTrainer.cities("en")), "", 20, 0, 3);
    String[] sentence = {"They", "flew", "to", "Rio", "de", "Janeiro", "in", "a", "van", "from", "Van"};
    assertTrue(features(model, sentence, 3).containsAll(List.of("city=B", "city=B,w=rio")),
        features(model, sentence, 3).toString());
    assertTrue(features(model, sentence, 5).contains("city=I"), "inside the three-word name");
    assertTrue(features(model, sentence, 2).contains("n1city=B"), "the next token's membership");
    assertFalse(features(model, sentence, 8).stream().anyMatch(f -> f.startsWith("city=")),
        "van in lower case is no city: " + features(model, sentence, 8));
    assertTrue(features(model, sentence, 10).contains("city=B"), "Van, capitalised, is one");
    assertTrue(model.getArtifact(NerTrainer.CITIES) != null, "the list is stored in the model");
    // read back from its bytes, with the first-name list beside it, the model keeps both lists and the case rule
    TokenNameFinderModel both = NerTrainer.trainModel("en", samples(), Map.of(NerTrainer.CITIES,
        NerTrainer.cities("en"), NerTrainer.FIRST_NAMES, NerTrainer.firstNames("en")), "", 20, 0, 3);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    both.serialize(bytes);
    TokenNameFinderModel read = new TokenNameFinderModel(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    String[] mixed = {"Mary", "flew", "to", "İzmir", "in", "a", "van"};
    assertTrue(features(read, mixed, 0).contains("fn=B"), features(read, mixed, 0).toString());
    assertTrue(features(read, mixed, 3).contains("city=B"), "a name whose lower case is longer: İzmir");
    assertFalse(features(read, mixed, 6).stream().anyMatch(f -> f.startsWith("city=")), "van, read back");
    TokenNameFinderModel without = NerTrainer.trainModel("en", samples(), Map.of(), "", 20, 0, 3);
    assertFalse(features(without, sentence, 3).stream().anyMatch(f -> f.contains("city=")), "no list, no features");
    assertNull(without.getArtifact(NerTrainer.CITIES));
  }

  @Test
  void theTrainerStoresTheListInTheModelItWritesOnlyWhenAsked(@TempDir Path dir) throws Exception {
    TokenNameFinderModel with = FirstNamesTest.trainer(dir.resolve("a"), "en", false, true).train().model();
    assertTrue(with.getArtifact(NerTrainer.CITIES) != null);
    assertTrue(features(with, new String[] {"Leeds", "won"}, 0).contains("city=B"));
    TokenNameFinderModel without = FirstNamesTest.trainer(dir.resolve("b"), "en", false, false).train().model();
    assertNull(without.getArtifact(NerTrainer.CITIES));
    assertFalse(features(without, new String[] {"Leeds", "won"}, 0).contains("city=B"));
  }
}
