package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.analysis.EntityType;
import io.kabar.extract.EntityExtractor;
import io.kabar.extract.NameFinder;
import io.kabar.extract.NameSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {
  /** A finder that calls the company by its full name a body and by its short form a person, as trained ones do. */
  private static final NameFinder FINDER = (text, sentence, lang) -> {
    List<NameSpan> out = new ArrayList<>();
    String s = text.substring(sentence.start(), sentence.end());
    int full = s.indexOf("Norwell Minerals Ltd");
    int brief = s.indexOf("Norwell");
    if (full >= 0) {
      out.add(new NameSpan(sentence.start() + full, sentence.start() + full + 20, EntityType.ORGANIZATION, 1.0));
    } else if (brief >= 0) {
      out.add(new NameSpan(sentence.start() + brief, sentence.start() + brief + 7, EntityType.PERSON, 1.0));
    }
    return out;
  };

  private static LabelledSentence sentence(String text, int start, int end, EntityType type) {
    return new LabelledSentence(List.of(text.split(" ")), List.of(new LabelledSentence.Name(start, end, type)));
  }

  @Test
  void theEntityStepReadsADocumentWholeAsThePipelineReadsAnArticle() {
    List<LabelledSentence> doc = List.of(
        sentence("Shares of Norwell Minerals Ltd rose on Monday .", 2, 5, EntityType.ORGANIZATION),
        sentence("Analysts said Norwell would sell the mine .", 2, 3, EntityType.ORGANIZATION));
    EntityExtractor extractor = EntityExtractor.withFinder(FINDER);
    // sentence by sentence, the short form alone reads as the finder typed it
    NerScore alone = NerEvaluation.score(extractor, "en", doc);
    assertEquals(new NerScore.Counts(1, 0, 1), alone.counts(EntityType.ORGANIZATION));
    assertEquals(new NerScore.Counts(0, 1, 0), alone.counts(EntityType.PERSON));
    // as one document, it is the company named in full before, and its span lands in its own sentence
    NerScore whole = NerEvaluation.scoreDocuments(extractor, "en", List.of(doc));
    assertEquals(new NerScore.Counts(2, 0, 0), whole.counts(EntityType.ORGANIZATION));
    assertEquals(new NerScore.Counts(0, 0, 0), whole.counts(EntityType.PERSON));
    // documents of one sentence each are the sentence-by-sentence reading
    assertEquals(alone.counts(EntityType.PERSON), NerEvaluation.scoreDocuments(extractor, "en",
        doc.stream().map(List::of).toList()).counts(EntityType.PERSON));
  }
}
