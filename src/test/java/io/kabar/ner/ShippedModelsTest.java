package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kabar.analysis.EntityType;
import io.kabar.extract.NameSpan;
import io.kabar.nlp.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The models shipped in the jar load and find obvious names. */
class ShippedModelsTest {
  private static List<String> found(String text, String lang, EntityType type) {
    List<NameSpan> spans = OpenNlpNameFinder.standard().find(text, new Sentence(text, 0, text.length()), lang);
    return spans.stream().filter(s -> s.type() == type).map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void indonesian() {
    assumeTrue(OpenNlpNameFinder.class.getResource("/io/kabar/ner/id-ner.bin") != null, "no id model");
    String text = "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta, Senin (8/9).";
    assertTrue(found(text, "id", EntityType.PERSON).contains("Joko Widodo"), () -> found(text, "id", EntityType.PERSON).toString());
    assertTrue(found(text, "id", EntityType.LOCATION).contains("Jakarta"));
  }

  @Test
  void english() {
    assumeTrue(OpenNlpNameFinder.class.getResource("/io/kabar/ner/en-ner.bin") != null, "no en model");
    String text = "John Smith, a spokesman for Microsoft, said the company would open an office in London.";
    assertTrue(found(text, "en", EntityType.PERSON).contains("John Smith"), () -> found(text, "en", EntityType.PERSON).toString());
    assertTrue(found(text, "en", EntityType.LOCATION).contains("London"));
  }

  @Test
  void otherLanguagesAreNotSupported() {
    assertTrue(!OpenNlpNameFinder.standard().supports("fr"));
    assertTrue(OpenNlpNameFinder.standard().find("Paris", new Sentence("Paris", 0, 5), "fr").isEmpty());
  }
}
