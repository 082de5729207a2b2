package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kabar.analysis.EntityType;
import io.kabar.ner.LabelledSentence;
import io.kabar.ner.LabelledSentence.Name;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mention annotations (re3d, GUM) reduced to the proper names the models are trained to find. */
class ProperNamesOnlyTest {
  private static LabelledSentence sentence(String text, Name... names) {
    return new LabelledSentence(List.of(text.split(" ")), List.of(names));
  }

  @Test
  void titlesDeterminersAndCommonWordsLeaveTheName() {
    // "the city of Mosul" -> "Mosul"; "Boris Johnson" stays
    LabelledSentence s = sentence("Boris Johnson visited the city of Mosul today",
        new Name(0, 2, EntityType.PERSON), new Name(3, 7, EntityType.LOCATION));
    assertEquals(List.of(new Name(0, 2, EntityType.PERSON), new Name(6, 7, EntityType.LOCATION)),
        NerTrainer.properNamesOnly(s).names());
    // a minister's title goes, his name with its particle stays
    LabelledSentence minister = sentence("He met Foreign Minister Ibrahim al - Jaafari",
        new Name(2, 8, EntityType.PERSON));
    assertEquals(List.of(new Name(4, 8, EntityType.PERSON)), NerTrainer.properNamesOnly(minister).names());
  }

  @Test
  void aNominalMentionIsNoNameAndASentenceThatWouldTeachACapitalisedOutsideIsDropped() {
    // "A Foreign Office spokesman": no name is left, and "Foreign Office" would be taught as outside
    assertNull(NerTrainer.properNamesOnly(sentence("A Foreign Office spokesman said so",
        new Name(0, 4, EntityType.PERSON))));
    // a pronoun mention just goes
    assertEquals(List.of(), NerTrainer.properNamesOnly(sentence("They said so", new Name(0, 1, EntityType.ORGANIZATION)))
        .names());
  }

  @Test
  void aMentionListingSeveralPeopleIsNotOneName() {
    assertNull(NerTrainer.properNamesOnly(sentence("Gary Chan of DAB and Eunice Yung won",
        new Name(0, 6, EntityType.PERSON))));
    assertEquals(List.of(new Name(0, 4, EntityType.ORGANIZATION)), NerTrainer.properNamesOnly(
        sentence("Bank of the Philippines grew", new Name(0, 4, EntityType.ORGANIZATION))).names());
  }
}
