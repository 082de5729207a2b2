package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.analysis.EntityType;
import io.kabar.extract.NameFinder;
import io.kabar.extract.NameSpan;
import io.kabar.nlp.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFindersTest {
  private static final String TEXT = "Mayor Alice Moreno met Budi in Padang.";

  @Test
  void unionAddsOnlySecondarySpansOverlappingNoPrimarySpanInTextOrder() {
    NameSpan budi = new NameSpan(23, 27, EntityType.PERSON, 1.0);
    NameSpan padangFromModel = new NameSpan(31, 37, EntityType.LOCATION, 1.0);
    NameSpan alice = new NameSpan(6, 18, EntityType.PERSON, 0.8);
    NameSpan overlapping = new NameSpan(28, 37, EntityType.ORGANIZATION, 0.6);
    NameFinder model = (t, s, l) -> List.of(budi, padangFromModel);
    NameFinder baseline = (t, s, l) -> List.of(alice, overlapping);
    assertEquals(List.of(alice, budi, padangFromModel),
        NameFinders.union(model, baseline).find(TEXT, new Sentence(TEXT, 0, TEXT.length()), "en"));
  }

  @Test
  void unionPeopleTakesOnlyTitledPeopleFromTheBaseline() {
    NameSpan titled = new NameSpan(6, 18, EntityType.PERSON, 0.8);
    NameSpan plainRun = new NameSpan(23, 27, EntityType.PERSON, 0.6);
    NameSpan titledOneWord = new NameSpan(23, 27, EntityType.PERSON, 0.8); // Xi, or Electric of General Electric
    NameSpan place = new NameSpan(31, 37, EntityType.LOCATION, 1.0);
    NameFinder model = (t, s, l) -> List.of();
    NameFinder baseline = (t, s, l) -> List.of(titled, titledOneWord, place);
    assertEquals(List.of(titled), NameFinders.unionPeople(model, (t, s, l) -> List.of(titled, plainRun, place))
        .find(TEXT, new Sentence(TEXT, 0, TEXT.length()), "en"));
    assertEquals(List.of(titled, new NameSpan(23, 27, EntityType.PERSON, NameFinders.ONE_WORD_TITLED)),
        NameFinders.unionPeople(model, baseline).find(TEXT, new Sentence(TEXT, 0, TEXT.length()), "en"));
  }

  @Test
  void oneWordAfterAShortOrDottedTitleKeepsItsScore() {
    String text = "Sen. Manchin and Mr Smith met Miss Universe.";
    NameSpan manchin = new NameSpan(5, 12, EntityType.PERSON, 0.8);
    NameSpan smith = new NameSpan(20, 25, EntityType.PERSON, 0.8);
    NameSpan universe = new NameSpan(35, 43, EntityType.PERSON, 0.8);
    assertEquals(List.of(manchin, smith, new NameSpan(35, 43, EntityType.PERSON, NameFinders.ONE_WORD_TITLED)),
        NameFinders.unionPeople((t, s, l) -> List.of(), (t, s, l) -> List.of(manchin, smith, universe))
            .find(text, new Sentence(text, 0, text.length()), "en"));
  }

  @Test
  void anyFinderIsScoredOnTokensJoinedBySpacesAndMisalignedSpansCountAsFalsePositives() {
    LabelledSentence gold = new LabelledSentence(List.of("Budi", "tiba", "di", "Padang", "."),
        List.of(new LabelledSentence.Name(0, 1, EntityType.PERSON), new LabelledSentence.Name(3, 4, EntityType.LOCATION)));
    // joined: "Budi tiba di Padang ." -> Budi [0,4), Padang [13,19)
    NameFinder finder = (t, s, l) -> List.of(new NameSpan(0, 4, EntityType.PERSON, 1.0),
        new NameSpan(14, 19, EntityType.LOCATION, 1.0));
    NerScore score = NerEvaluation.score(finder, "id", List.of(gold));
    assertEquals(new NerScore.Counts(1, 0, 0), score.counts(EntityType.PERSON));
    assertEquals(new NerScore.Counts(0, 1, 1), score.counts(EntityType.LOCATION));
  }

  @Test
  void malayTextIsReadWithTheIndonesianModelAndUnknownLanguagesWithTheBaseline() {
    String text = "Semalam, Dewi Lestari tiba di Padang bersama Rudi Hartono.";
    Sentence whole = new Sentence(text, 0, text.length());
    NameFinder standard = NameFinders.standard();
    assertEquals(OpenNlpNameFinder.standard().find(text, whole, "id"), standard.find(text, whole, "ms"));
    assertEquals(io.kabar.extract.CapitalizedNameFinder.standard().find(text, whole, "und"),
        standard.find(text, whole, "und"));
  }
}
