package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kabar.ner.Conll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train ner --held-out-fold K}: the K-th fifth of a set's documents (sorted paths) is held out and every
 * other document trains, so five runs hold out every document once (cross-validation); 4 is the shipped split.
 */
class HeldOutFoldTest {
  private static final String[] PEOPLE = {"Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus"};

  private static List<String> firstTokens(NerTrainer.Split split) {
    return split.sentences().stream().map(s -> s.tokens().get(0)).toList();
  }

  @Test
  void theFoldPicksWhichFifthOfTheDocumentsIsHeldOut(@TempDir Path dir) throws Exception {
    for (int d = 0; d < PEOPLE.length; d++) {
      // written in reverse so that sorting, not the file system's order, decides the folds
      Files.writeString(dir.resolve("doc" + (PEOPLE.length - 1 - d) + ".tsv"),
          PEOPLE[PEOPLE.length - 1 - d] + "\tperson\nLee\tperson\nspoke\t_\n.\t_\n");
    }
    Files.writeString(dir.resolve("notes.txt"), "Zed\tperson\n");
    java.util.Set<String> heldSomewhere = new java.util.HashSet<>();
    for (int fold = 0; fold < NerTrainer.FOLDS; fold++) {
      NerTrainer.Split[] splits = NerTrainer.documentSplits("x", dir, ".tsv", Conll.standardLabels(), fold);
      assertEquals("x-train", splits[0].name());
      assertEquals("x-heldout", splits[1].name());
      List<String> held = firstTokens(splits[1]);
      List<String> expected = new java.util.ArrayList<>();
      for (int d = fold; d < PEOPLE.length; d += NerTrainer.FOLDS) {
        expected.add(PEOPLE[d]);
      }
      assertEquals(expected, held, "fold " + fold);
      assertEquals(PEOPLE.length, held.size() + splits[0].sentences().size(), "fold " + fold);
      for (String t : firstTokens(splits[0])) {
        assertEquals(false, held.contains(t), "fold " + fold + ": " + t + " both trains and is held out");
      }
      heldSomewhere.addAll(held);
    }
    assertEquals(java.util.Set.of(PEOPLE), heldSomewhere, "every document is held out in one fold");
  }

  @Test
  void aFoldOutsideZeroToFourIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> options(5));
    assertThrows(IllegalArgumentException.class, () -> options(-1));
    assertEquals(4, options(4).heldOutFold());
  }

  private static NerTrainer.Options options(int fold) {
    return new NerTrainer.Options("en", Path.of("shared"), Path.of("out"), Path.of("work"), 1, 1, new int[] {64}, 1,
        false, false, List.of(), false, false, 3, 3,
        new NerTrainer.AutoFeatures(List.of(), 5, 0.8, 5, 1), NerTrainer.Learner.PERCEPTRON, java.util.Map.of(), fold,
        List.of(), NerTrainer.Silver.OFF, false, false, 0);
  }
}
