package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.EntityType;
import io.kabar.ner.CountryGazetteerFeatureGeneratorFactory.NameList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * {@code train ner --known-names SHARE}: the entity step's curated name lists reach the model as one gazetteer
 * feature per type ({@code kper}, {@code korg}, {@code kloc}); the model trains with a fixed share of each list and
 * stores the whole list.
 */
class KnownNamesTest {
  @Test
  void theListsHoldTheCuratedNamesOfTheirTypeTokenisedAndLowerCased() {
    List<String> bodies = NerTrainer.knownNames(EntityType.ORGANIZATION, "id").names();
    List<String> places = NerTrainer.knownNames(EntityType.LOCATION, "id").names();
    List<String> people = NerTrainer.knownNames(EntityType.PERSON, "en").names();
    assertTrue(bodies.containsAll(List.of("reuters", "kpk")), "an organisation file and an alias: " + bodies.size());
    assertTrue(places.contains("jawa barat"), "an Indonesian province");
    assertFalse(places.contains("indonesia"), "CLDR countries have their own feature");
    assertFalse(bodies.contains("jawa barat") || places.contains("reuters"), "each name under its own type");
    assertFalse(people.isEmpty());
    // AS is the United States only in Indonesian text (gazetteer-aliases.txt): English's "as" is no place
    assertTrue(places.contains("as"));
    assertFalse(NerTrainer.knownNames(EntityType.LOCATION, "en").names().contains("as"));
    for (String name : bodies) {
      assertEquals(name.toLowerCase(java.util.Locale.ROOT), name);
    }
  }

  @Test
  void aShareIsAFixedPartOfTheListAboutThatBig() {
    NameList all = NerTrainer.knownNames(EntityType.ORGANIZATION, "id");
    NameList half = NerTrainer.share(all, 0.5);
    assertEquals(half.names(), NerTrainer.share(all, 0.5).names(), "the same part every time");
    assertTrue(new HashSet<>(all.names()).containsAll(half.names()));
    double part = half.size() / (double) all.size();
    assertTrue(part > 0.4 && part < 0.6, "about half: " + part);
    assertEquals(all.names(), NerTrainer.share(all, 1).names());
    assertTrue(NerTrainer.share(all, 0.1).size() < half.size());
  }

  private static List<NameSample> samples() {
    List<NameSample> samples = new ArrayList<>();
    String[] bodies = {"Reuters", "Antara", "Bappenas"};
    for (int i = 0; i < 30; i++) {
      samples.add(new NameSample(new String[] {"Kata", bodies[i % bodies.length], "kemarin"},
          new Span[] {new Span(1, 2, "ORGANIZATION")}, true));
    }
    return samples;
  }

  @Test
  void theModelTrainedWithPartOfAListStoresAndUsesTheWholeList() throws Exception {
    String resource = NerTrainer.KNOWN_NAMES.get(EntityType.ORGANIZATION);
    NameList part = new NameList(List.of("reuters"));
    NameList whole = new NameList(List.of("antara", "reuters"));
    TokenNameFinderModel trained = NerTrainer.trainModel("id", samples(), Map.of(resource, part), "", 20, 0, 3);
    String[] sentence = {"Kata", "Antara", "dan", "Reuters", "serta", "antara"};
    assertFalse(FirstNamesTest.features(trained, sentence, 1).contains("korg=B"), "not in the part trained with");
    assertTrue(FirstNamesTest.features(trained, sentence, 3).contains("korg=B"));
    Map<String, Object> lists = new HashMap<>();
    lists.put(resource, whole);
    TokenNameFinderModel stored = NerTrainer.withResources(trained, lists);
    assertEquals(whole.names(), ((NameList) stored.getArtifact(resource)).names());
    List<String> antara = FirstNamesTest.features(stored, sentence, 1);
    assertTrue(antara.containsAll(List.of("korg=B", "korg=B,w=antara")), antara.toString());
    assertTrue(FirstNamesTest.features(stored, sentence, 0).contains("n1korg=B"), "the next token's membership");
    assertFalse(FirstNamesTest.features(stored, sentence, 5).stream().anyMatch(f -> f.startsWith("korg")),
        "antara in lower case (between) is no name");
    assertTrue(java.util.Arrays.equals(entry(trained, "nameFinder.model"), entry(stored, "nameFinder.model")),
        "the weights are the same");
    assertFalse(java.util.Arrays.equals(entry(trained, resource), entry(stored, resource)));
  }

  private static byte[] entry(TokenNameFinderModel model, String name) throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    model.serialize(bytes);
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("no entry " + name);
  }
}
