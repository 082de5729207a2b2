package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * {@code train ner --algorithm}: the chosen learner reaches the model (only a perceptron model gets
 * {@code FastNameTagger}; a maxent one is decoded by {@code NameFinderME}).
 */
class LearnerTest {
  private static List<NameSample> samples() {
    List<NameSample> samples = new ArrayList<>();
    String[][] people = {{"Budi", "Santoso"}, {"Siti", "Aminah"}, {"Joko", "Widodo"}};
    for (int i = 0; i < 30; i++) {
      String[] p = people[i % people.length];
      samples.add(new NameSample(new String[] {"Kata", p[0], p[1], "kemarin", "di", "Bandung"},
          new Span[] {new Span(1, 3, "PERSON"), new Span(5, 6, "LOCATION")}, true));
    }
    return samples;
  }

  @Test
  void quasiNewtonMaxentModelIsTrainedAndTags() throws Exception {
    var model = NerTrainer.trainModel("id", samples(), Map.of(), "", 50, 1, 3,
        new NerTrainer.Learner("MAXENT_QN", 0, 0.1, 0));
    assertInstanceOf(QNModel.class, model.getArtifact("nameFinder.model"));
    String[] bio = NerTrainer.bio(new NameFinderME(model), new String[] {"Kata", "Siti", "Aminah", "kemarin", "di", "Bandung"});
    assertEquals(List.of("O", "B-PERSON", "I-PERSON", "O", "O", "B-LOCATION"), List.of(bio));
  }

  @Test
  void zeroWeightsAndEmptyPredicatesAreDroppedWithoutChangingAnyScore() {
    opennlp.tools.ml.model.Context[] params = {
        new opennlp.tools.ml.model.Context(new int[] {0, 1, 2}, new double[] {0.5, 0, -1.25}),
        new opennlp.tools.ml.model.Context(new int[] {0, 1, 2}, new double[] {0, 0, 0}),
        new opennlp.tools.ml.model.Context(new int[] {0, 1, 2}, new double[] {0, 2, 0})};
    QNModel full = new QNModel(params, new String[] {"a", "b", "c"}, new String[] {"O", "x-start", "x-cont"});
    QNModel pruned = NerTrainer.withoutZeros(full);
    @SuppressWarnings("unchecked")
    Map<String, opennlp.tools.ml.model.Context> pmap =
        (Map<String, opennlp.tools.ml.model.Context>) pruned.getDataStructures()[1];
    assertEquals(java.util.Set.of("a", "c"), pmap.keySet(), "b has only zero weights");
    assertEquals(List.of(0, 2), java.util.Arrays.stream(pmap.get("a").getOutcomes()).boxed().toList());
    for (String[] context : new String[][] {{"a"}, {"b"}, {"c"}, {"a", "b", "c"}, {"c", "a"}, {"z"}}) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(full.eval(context), pruned.eval(context), String.join(",", context));
    }
    assertEquals("x-cont", pruned.getOutcome(2));
  }

  @Test
  void smallWeightsAreDroppedAndPredicatesLeftEmptyGo() {
    opennlp.tools.ml.model.Context[] params = {
        new opennlp.tools.ml.model.Context(new int[] {0, 1, 2}, new double[] {0.5, 0.01, -0.015}),
        new opennlp.tools.ml.model.Context(new int[] {0, 1, 2}, new double[] {0.019, -0.001, 0}),
        new opennlp.tools.ml.model.Context(new int[] {0, 1, 2}, new double[] {0, -0.02, 0})};
    QNModel full = new QNModel(params, new String[] {"a", "b", "c"}, new String[] {"O", "x-start", "x-cont"});
    @SuppressWarnings("unchecked")
    Map<String, opennlp.tools.ml.model.Context> pmap = (Map<String, opennlp.tools.ml.model.Context>)
        NerTrainer.withoutSmallWeights(full, 0.02).getDataStructures()[1];
    assertEquals(java.util.Set.of("a", "c"), pmap.keySet(), "b has only weights below 0.02");
    assertEquals(List.of(0), java.util.Arrays.stream(pmap.get("a").getOutcomes()).boxed().toList());
    assertEquals(List.of(1), java.util.Arrays.stream(pmap.get("c").getOutcomes()).boxed().toList());
    assertEquals(3, ((Map<?, ?>) NerTrainer.withoutSmallWeights(full, 0).getDataStructures()[1]).size());
  }

  @Test
  void perceptronIsTheDefault() throws Exception {
    var model = NerTrainer.trainModel("id", samples(), Map.of(), "", 20, 1, 3);
    assertInstanceOf(PerceptronModel.class, model.getArtifact("nameFinder.model"));
  }

  @Test
  void unknownAlgorithmIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer.Learner("SVM", 0, 0, 0));
  }
}
