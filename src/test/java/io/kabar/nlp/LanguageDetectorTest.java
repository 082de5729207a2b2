package io.kabar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = LanguageDetector.standard();

  @Test
  void detectsIndonesian() {
    assertEquals("id", DETECTOR.detect("Menteri itu mengatakan bahwa jalan tersebut akan dibangun karena warga sudah lama menunggu."));
  }

  @Test
  void detectsEnglish() {
    assertEquals("en", DETECTOR.detect("The minister said that the road will be built because people have waited for years."));
  }

  @Test
  void detectsOtherSupportedLanguages() {
    assertEquals("de", DETECTOR.detect("Der Minister sagte, dass die Straße für die Bürger nicht mehr gebaut wird."));
    assertEquals("fr", DETECTOR.detect("Le ministre a dit que la route sera construite pour les habitants de la ville."));
    assertEquals("ms", DETECTOR.detect("Menteri itu berkata bahawa jalan tersebut akan dibina kerana rakyat sudah lama menunggu."));
  }

  @Test
  void tellsIndonesianFromMalay() {
    assertEquals("id", DETECTOR.detect("Pemerintah akan menaikkan harga BBM sebesar 10 persen mulai Senin depan."));
    assertEquals("ms", DETECTOR.detect("Kerajaan akan menaikkan harga minyak sebanyak 10 peratus mulai Isnin depan."));
    assertEquals("id", DETECTOR.detect("Polisi menangkap tiga pria karena diduga mencuri uang dari kantor itu."));
    assertEquals("ms", DETECTOR.detect("Polis menahan tiga lelaki kerana disyaki mencuri wang dari pejabat itu."));
  }

  @Test
  void shortIndonesianWithOnlySharedWordsIsIndonesian() {
    // every function word here is Malay too: the family's default, Indonesian, answers
    assertEquals("id", DETECTOR.detect("Dia ada di dalam rumah itu"));
    assertEquals("id", DETECTOR.detect("Obama belakangan memicu kontroversi ketika ia meminta Warren"));
  }

  @Test
  void shortEnglishWithTwoFunctionWords() {
    assertEquals("en", DETECTOR.detect("Collier and the colonel"));
  }

  @Test
  void unsupportedLanguagesAreUndetermined() {
    assertEquals("und", DETECTOR.detect("Waziri alisema kwamba serikali itajenga barabara mpya katika mkoa huo mwaka ujao."));
    assertEquals("und", DETECTOR.detect("Bộ trưởng cho biết con đường sẽ được xây dựng trước cuối năm sau."));
    assertEquals("und", DETECTOR.detect("   \n\t "));
  }

  @Test
  void mixedEvidenceWithoutAWinnerIsUndetermined() {
    // two English and two German function words: families tie
    assertEquals("und", DETECTOR.detect("the and der und"));
  }

  @Test
  void weakEvidenceIsUndetermined() {
    assertEquals("und", DETECTOR.detect("Kim Jong Un, Pyongyang, 2024"));
    assertEquals("und", DETECTOR.detect(""));
    assertEquals("und", DETECTOR.detect("12345 67890"));
  }

  @Test
  void supportedHintWinsUnlessContradictedStrongly() {
    assertEquals("id", DETECTOR.detect("Kim Jong Un, Pyongyang", Optional.of("id")));
    assertEquals("en", DETECTOR.detect("Kim Jong Un in Pyongyang", Optional.of("en-GB")));
    assertEquals("id", DETECTOR.detect("Menteri itu mengatakan bahwa jalan tersebut akan dibangun karena warga sudah lama.",
        Optional.of("en")));
    assertEquals("und", DETECTOR.detect("Kim Jong Un", Optional.of("xx")));
  }

  @Test
  void hasAListForEverySupportedLanguage() {
    assertTrue(DETECTOR.languages().containsAll(Languages.supported()));
    for (String lang : Languages.supported()) {
      assertTrue(DETECTOR.stopWords(lang).size() >= 50, lang);
    }
  }

  @Test
  void evidenceAddsUpOverParagraphs() {
    String[] paragraphs = {"Menteri itu mengatakan bahwa jalan tersebut akan dibangun.",
        "The minister said that the road will be built because people have waited.",
        "Menteri itu berkata bahawa jalan tersebut akan dibina kerana rakyat sudah lama menunggu.",
        "Der Minister sagte, dass die Straße gebaut wird.", "Kim Jong Un, Pyongyang", ""};
    for (int mask = 1; mask < 1 << paragraphs.length; mask++) {
      StringBuilder joined = new StringBuilder();
      LanguageDetector.Evidence sum = DETECTOR.none();
      for (int i = 0; i < paragraphs.length; i++) {
        if ((mask & 1 << i) != 0) {
          joined.append(paragraphs[i]).append('\n');
          sum = sum.plus(DETECTOR.evidence(paragraphs[i]));
        }
      }
      for (Optional<String> hint : List.of(Optional.<String>empty(), Optional.of("id"), Optional.of("en"))) {
        assertEquals(DETECTOR.detect(joined.toString(), hint), DETECTOR.decide(sum, hint), joined + " hint " + hint);
      }
    }
  }

  @Test
  void aLongChainOfHyphenatedWordsNeedsNoDeepStack() throws Exception {
    // the word pattern's repeated group once recursed per hyphen: ~1,000 of them overflowed a 512 KB stack, and the
    // StackOverflowError ended the whole analysis run; the tokenizer's definition is the same pattern
    String text = "al-".repeat(20_000) + "Assad";
    Throwable[] thrown = new Throwable[1];
    String[] detected = new String[1];
    int[] words = new int[1];
    Thread small = new Thread(null, () -> {
      try {
        detected[0] = DETECTOR.detect(text);
        words[0] = Tokenizer.tokensByRegex(text, 0, text.length()).size();
      } catch (Throwable t) {
        thrown[0] = t;
      }
    }, "small-stack", 512 * 1024);
    small.start();
    small.join();
    org.junit.jupiter.api.Assertions.assertNull(thrown[0], () -> String.valueOf(thrown[0]));
    org.junit.jupiter.api.Assertions.assertNotNull(detected[0]);
    org.junit.jupiter.api.Assertions.assertEquals(1, words[0], "one hyphenated word");
  }
}
