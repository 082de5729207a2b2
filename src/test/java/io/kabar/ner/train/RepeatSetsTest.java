package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kabar.analysis.EntityType;
import io.kabar.ner.LabelledSentence;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;

/** {@code train ner --repeat SET=N}: a set's sentences reach the learner N times, the other sets once. */
class RepeatSetsTest {
  private static LabelledSentence sentence(String first, String second) {
    return new LabelledSentence(List.of(first, second, "spoke"),
        List.of(new LabelledSentence.Name(0, 2, EntityType.PERSON)));
  }

  private static final List<NerTrainer.Split> TRAIN = List.of(
      new NerTrainer.Split("a-train", List.of(sentence("Ann", "Lee"), sentence("Bo", "Kim"))),
      new NerTrainer.Split("b-train", List.of(sentence("Cy", "Roe"))));

  private static List<String> firstTokens(List<NameSample> samples) {
    return samples.stream().map(s -> s.getSentence()[0]).toList();
  }

  @Test
  void everySetOnceByDefault() {
    assertEquals(List.of("Ann", "Bo", "Cy"), firstTokens(NerTrainer.samples(TRAIN, Map.of())));
  }

  @Test
  void aRepeatedSetComesAgainWholeWithItsNames() {
    List<NameSample> samples = NerTrainer.samples(TRAIN, Map.of("a-train", 3));
    assertEquals(List.of("Ann", "Bo", "Ann", "Bo", "Ann", "Bo", "Cy"), firstTokens(samples));
    for (NameSample s : samples) {
      assertEquals("PERSON", s.getNames()[0].getType());
      assertEquals(2, s.getNames()[0].length(), Arrays.toString(s.getSentence()));
    }
  }

  @Test
  void anUnknownSetOrACountBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.samples(TRAIN, Map.of("c-train", 2)));
    assertThrows(IllegalArgumentException.class, () -> NerTrainer.samples(TRAIN, Map.of("b-train", 0)));
  }
}
