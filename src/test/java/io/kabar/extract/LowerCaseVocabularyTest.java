package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.nlp.Tokenizer;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link CapitalizedNameFinder#writesInLowerCase}: searches first, the set of the text's words later, one answer. */
class LowerCaseVocabularyTest {
  private static final String[] WORDS = {"said", "the", "warga", "may", "kelp", "salmon", "jong-un", "Kim", "Warga",
    "kota", "o'brien", "rumah", "news", "a", "moth", "x"};

  @Test
  void everyQuestionAboutOneTextGetsTheSetsAnswerPastTheSearches() {
    Random random = new Random(41);
    int yes = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0, n = 5 + random.nextInt(40); i < n; i++) {
        b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? ". " : " ");
      }
      String text = b.toString();
      Set<String> expected = Tokenizer.lowerCaseWords(text);
      // twenty questions about the same text object: the first eight are searches, the rest read the set
      for (int q = 0; q < 20; q++) {
        String word = WORDS[random.nextInt(WORDS.length)].toLowerCase(java.util.Locale.ROOT);
        assertEquals(expected.contains(word), CapitalizedNameFinder.writesInLowerCase(text, word), text + " / " + word);
        yes += expected.contains(word) ? 1 : 0;
      }
    }
    assertTrue(yes > 1_000, "found: " + yes);
  }

  @Test
  void longWordsAndLongTextsAreAnsweredAlike() {
    String word = "a".repeat(40);
    String text = "A" + word.substring(1) + " went home. " + word + " " + "b".repeat(60_000);
    assertTrue(CapitalizedNameFinder.writesInLowerCase(text, word));
    assertTrue(CapitalizedNameFinder.writesInLowerCase(text, "went"));
    assertEquals(false, CapitalizedNameFinder.writesInLowerCase(text, "home."));
  }
}
