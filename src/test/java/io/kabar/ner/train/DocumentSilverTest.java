package io.kabar.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.ner.LabelledSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * Document-level label propagation ({@code train ner --document-silver}): what a first-pass model missed or mistyped
 * in one sentence is corrected from the rest of the same article, and only clean sentences are kept. The first-pass
 * model is a stand-in here: a tagger that knows a fixed list of phrases, some only in sentences starting with a given
 * word, so each test decides exactly what "the model" found.
 */
class DocumentSilverTest {
  private static final DocumentSilver EN = new DocumentSilver("en");

  /** Tags every listed phrase ("Ken Heald") or, keyed "First|phrase", only in sentences whose first token is First. */
  private static Function<String[], Span[]> tagger(Map<String, String> phrases) {
    return words -> {
      List<Span> spans = new ArrayList<>();
      for (Map.Entry<String, String> e : phrases.entrySet()) {
        String key = e.getKey();
        String phrase = key.contains("|") ? key.substring(key.indexOf('|') + 1) : key;
        if (key.contains("|") && !words[0].equals(key.substring(0, key.indexOf('|')))) {
          continue;
        }
        String[] p = phrase.split(" ");
        for (int i = 0; i + p.length <= words.length; i++) {
          if (List.of(words).subList(i, i + p.length).equals(List.of(p))) {
            spans.add(new Span(i, i + p.length, e.getValue()));
          }
        }
      }
      spans.sort(null);
      return spans.toArray(Span[]::new);
    };
  }

  /** Each kept sentence as text with names bracketed: "[Heald/PERSON] said the rain ...". */
  private static List<String> shown(DocumentSilver.Result result) {
    List<String> out = new ArrayList<>();
    for (LabelledSentence s : result.sentences()) {
      List<String> words = new ArrayList<>(s.tokens());
      for (LabelledSentence.Name n : s.names()) {
        words.set(n.start(), "[" + words.get(n.start()));
        words.set(n.end() - 1, words.get(n.end() - 1) + "/" + n.type() + "]");
      }
      out.add(String.join(" ", words));
    }
    return out;
  }

  @Test
  void aSurnameAloneAfterTheFullNameBecomesThePerson() {
    String article = "Forecaster Ken Heald works for the weather bureau in Sydney today.\n"
        + "Heald said the rain would continue for several more days.";
    DocumentSilver.Result r = EN.propagate(List.of(article),
        tagger(Map.of("Ken Heald", "PERSON", "Sydney", "LOCATION")));

    assertEquals(List.of("Forecaster [Ken Heald/PERSON] works for the weather bureau in [Sydney/LOCATION] today .",
        "[Heald/PERSON] said the rain would continue for several more days ."), shown(r));
    assertEquals(1, r.added());
    assertEquals(0, r.retyped());
  }

  @Test
  void aNameTakesTheTypeMostOfItsMentionsHaveInTheArticle() {
    String article = "Critics say Warhol changed how the public saw fame forever.\n"
        + "Museums now show Warhol in every major city of the world.\n"
        + "Some collectors call Warhol the most important artist of his age.";
    DocumentSilver.Result r = EN.propagate(List.of(article),
        tagger(Map.of("Critics|Warhol", "PERSON", "Museums|Warhol", "LOCATION", "Some|Warhol", "PERSON")));

    assertTrue(shown(r).contains("Museums now show [Warhol/PERSON] in every major city of the world ."),
        shown(r)::toString);
    assertEquals(1, r.retyped());
  }

  @Test
  void aSurnameOfAsManyFullNamesAsOtherMentionsIsAPersonWhateverTheMajority() {
    // "Heald": PERSON once, ORGANIZATION twice; "Ken Heald" twice: every "Heald" is the person, none swaps to ORG
    String article = "Forecaster Ken Heald said the storm would pass by noon.\n"
        + "Staff at Heald released the new rainfall maps this morning.\n"
        + "Reporters asked Ken Heald about the flood warnings again.\n"
        + "Readers of Heald bulletins saw the warning before lunch.\n"
        + "Heald added that the rivers were already falling fast.";
    DocumentSilver.Result r = EN.propagate(List.of(article), tagger(Map.of("Ken Heald", "PERSON",
        "Staff|Heald", "ORGANIZATION", "Readers|Heald", "ORGANIZATION", "Heald|Heald", "PERSON")));

    assertEquals(List.of("Forecaster [Ken Heald/PERSON] said the storm would pass by noon .",
        "Staff at [Heald/PERSON] released the new rainfall maps this morning .",
        "Reporters asked [Ken Heald/PERSON] about the flood warnings again .",
        "Readers of [Heald/PERSON] bulletins saw the warning before lunch .",
        "[Heald/PERSON] added that the rivers were already falling fast ."), shown(r));
    assertEquals(2, r.retyped());
  }

  @Test
  void aSentenceInitialWordBeforeAnUntaggedSurnameIsLeftOut() {
    String article = "Forecaster Ken Heald works for the weather bureau in Sydney today.\n"
        + "But Heald said the rain would continue for several more days.";
    DocumentSilver.Result r = EN.propagate(List.of(article),
        tagger(Map.of("Ken Heald", "PERSON", "Sydney", "LOCATION")));

    assertEquals("But [Heald/PERSON] said the rain would continue for several more days .", shown(r).get(1));
  }

  @Test
  void theFirstWordOfAQuotationIsNoNameAndDoesNotDropItsSentence() {
    String article = "Forecaster Ken Heald works for the weather bureau in Sydney today.\n"
        + "Heald said: “You will see the rivers fall in Sydney by Friday.”\n"
        + "“The rain is over,” Heald told reporters in Sydney on Monday.";
    DocumentSilver.Result r = EN.propagate(List.of(article),
        tagger(Map.of("Ken Heald", "PERSON", "Sydney", "LOCATION")));

    assertEquals(List.of("Forecaster [Ken Heald/PERSON] works for the weather bureau in [Sydney/LOCATION] today .",
        "[Heald/PERSON] said : “ You will see the rivers fall in [Sydney/LOCATION] by Friday . ”",
        "“ The rain is over , ” [Heald/PERSON] told reporters in [Sydney/LOCATION] on Monday ."), shown(r));
  }

  @Test
  void aCapitalisedWordAfterAClosingStraightQuoteStillHasToBeAName() {
    String article = "\"The rain is over,\" Heald told reporters in Sydney on Monday afternoon.";
    DocumentSilver.Result r = EN.propagate(List.of(article), tagger(Map.of("Sydney", "LOCATION")));

    // Heald follows the second straight quote, which closes: untagged, it drops the sentence
    assertEquals(List.of(), shown(r));
    assertTrue(DocumentSilver.opensSentence(new String[] {"\"", "The", "rain", "\"", "Heald"}, 1));
    assertFalse(DocumentSilver.opensSentence(new String[] {"\"", "The", "rain", "\"", "Heald"}, 4));
    assertTrue(DocumentSilver.opensSentence(new String[] {"He", "said", "(", "Rain"}, 3));
    assertFalse(DocumentSilver.opensSentence(new String[] {"He", "met", "Rain"}, 2));
  }

  @Test
  void withoutAStrictMajorityTheModelsTypesStay() {
    String article = "Boats on the Jordan carry tourists every single day.\n"
        + "Officials said Jordan will host the regional water talks.";
    DocumentSilver.Result r = EN.propagate(List.of(article),
        tagger(Map.of("Boats|Jordan", "LOCATION", "Officials|Jordan", "ORGANIZATION")));

    assertEquals(List.of("Boats on the [Jordan/LOCATION] carry tourists every single day .",
        "Officials said [Jordan/ORGANIZATION] will host the regional water talks ."), shown(r));
    assertEquals(0, r.retyped());
  }

  @Test
  void aSurnameOutnumberedByMentionsOfAnotherTypeKeepsThatType() {
    // "Jordan" is the last word of one full PERSON name but tagged LOCATION twice: it stays a LOCATION
    String article = "The river Jordan flows south through a long valley.\n"
        + "Farmers along the Jordan depend on its water every summer.\n"
        + "Local guide Michael Jordan leads boat tours on weekends there.";
    DocumentSilver.Result r = EN.propagate(List.of(article), tagger(Map.of("The|Jordan", "LOCATION",
        "Farmers|Jordan", "LOCATION", "Michael Jordan", "PERSON")));

    assertEquals(List.of("The river [Jordan/LOCATION] flows south through a long valley .",
        "Farmers along the [Jordan/LOCATION] depend on its water every summer .",
        "Local guide [Michael Jordan/PERSON] leads boat tours on weekends there ."), shown(r));
    assertEquals(0, r.retyped());
  }

  @Test
  void aSentenceWithACapitalisedWordOutsideEveryNameIsDropped() {
    String article = "Minister Ana Lopez met the Harbour Board on Monday in Lima.\n"
        + "Ana Lopez told reporters on Monday that President Ruiz agreed.";
    DocumentSilver.Result r = EN.propagate(List.of(article),
        tagger(Map.of("Ana Lopez", "PERSON", "Lima", "LOCATION", "Ruiz", "PERSON")));

    // "Harbour Board" is capitalised and untagged; titles (Minister, President) and weekdays are allowed
    assertEquals(List.of("[Ana Lopez/PERSON] told reporters on Monday that President [Ruiz/PERSON] agreed ."),
        shown(r));
  }

  @Test
  void shortSentencesAndSentencesWithoutNamesAreNotKept() {
    String article = "Lopez won.\nIt rained all day long in the valley below.\n"
        + "Ana Lopez spoke to the crowd for an hour.";
    DocumentSilver.Result r = EN.propagate(List.of(article), tagger(Map.of("Ana Lopez", "PERSON")));

    assertEquals(List.of("[Ana Lopez/PERSON] spoke to the crowd for an hour ."), shown(r));
    assertEquals(2, r.seen());
  }

  @Test
  void eachArticleIsItsOwnDocument() {
    // the surname learnt in the first article is not applied to the second
    DocumentSilver.Result r = EN.propagate(List.of("Reporter Sam Okoro wrote the story last week.",
        "Okoro is a town that grows cocoa and coffee beans."), tagger(Map.of("Sam Okoro", "PERSON")));

    assertEquals(List.of("Reporter [Sam Okoro/PERSON] wrote the story last week ."), shown(r));
  }

  @Test
  void aCapitalisedWordTheModelNearlyNeverNamesMayStayOutsideNamesWhenAsked() {
    // "Internet" is capitalised mid-sentence three times and never tagged; "Harbour" once
    String article = "Ana Lopez said the Internet changed how her office works.\n"
        + "Ana Lopez uses the Internet every morning before her meetings.\n"
        + "Ana Lopez thinks the Internet is too slow in the Harbour district.";
    Function<String[], Span[]> model = tagger(Map.of("Ana Lopez", "PERSON"));

    assertEquals(List.of(), shown(EN.propagate(List.of(article), model)));
    assertEquals(List.of("[Ana Lopez/PERSON] said the Internet changed how her office works .",
        "[Ana Lopez/PERSON] uses the Internet every morning before her meetings ."),
        shown(new DocumentSilver("en", 3, 0.1).propagate(List.of(article), model)));
    assertEquals(List.of(), shown(new DocumentSilver("en", 4, 0.1).propagate(List.of(article), model)));
  }

  @Test
  void aCapKeepsSentencesFromTheWholeCorpusNotItsFirstArticles() {
    List<LabelledSentence> ten = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add(new LabelledSentence(List.of("s" + i), List.of()));
    }

    assertEquals(List.of("s0", "s2", "s5", "s7"),
        DocumentSilver.evenly(ten, 4).stream().map(s -> s.tokens().get(0)).toList());
    assertEquals(ten, DocumentSilver.evenly(ten, 10));
    assertEquals(ten, DocumentSilver.evenly(ten, 25));
    assertEquals(List.of(), DocumentSilver.evenly(ten, 0));
  }

  @Test
  void indonesianMonthsWeekdaysAndTitlesMayStandOutsideNames() {
    DocumentSilver id = new DocumentSilver("id");
    String article = "Kemarin Presiden Joko Widodo tiba di Surabaya pada Senin, 3 Juni.\n"
        + "Widodo mengatakan pembangunan jalan tol dilanjutkan tahun ini.\n"
        + "Kemarin Gubernur Khofifah bertemu Joko Widodo di Surabaya pada Senin.";
    DocumentSilver.Result r = id.propagate(List.of(article),
        tagger(Map.of("Joko Widodo", "PERSON", "Surabaya", "LOCATION")));

    // "Presiden" (a title), "Senin" and "Juni" may stay outside names; "Khofifah", untagged, drops its sentence
    assertEquals(List.of("Kemarin Presiden [Joko Widodo/PERSON] tiba di [Surabaya/LOCATION] pada Senin , 3 Juni .",
        "[Widodo/PERSON] mengatakan pembangunan jalan tol dilanjutkan tahun ini ."), shown(r));
  }
}
