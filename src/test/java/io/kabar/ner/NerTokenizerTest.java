package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.nlp.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokenizerTest {
  private static List<String> texts(String s, String lang) {
    return NerTokenizer.tokens(s, lang).stream().map(Token::text).toList();
  }

  @Test
  void punctuationIsTokenisedLikeTheTrainingFiles() {
    assertEquals(List.of("Presiden", "Joko", "Widodo", ",", "Senin", "(", "24/8", ")", ",", "berkata", ":",
            "\"", "Rp", "2,5", "triliun", "\"", "."),
        texts("Presiden Joko Widodo, Senin (24/8), berkata: \"Rp 2,5 triliun\".", "id"));
  }

  @Test
  void hyphenatedWordsNumbersAndInitialismsStayWhole() {
    assertEquals(List.of("undang-undang", "PDI-P", "10.000", "U.S.", "Ma'ruf"),
        texts("undang-undang PDI-P 10.000 U.S. Ma'ruf", "id"));
  }

  @Test
  void englishCliticsAreSplitIndonesianApostrophesAreNot() {
    assertEquals(List.of("Obama", "'s", "plan", "does", "n't"), texts("Obama's plan doesn't", "en"));
    assertEquals(List.of("Jum'at"), texts("Jum'at", "id"));
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Ia tiba di Korea Utara.";
    for (Token t : NerTokenizer.tokens(text, 3, text.length(), "id")) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
    assertEquals("tiba", NerTokenizer.tokens(text, 3, text.length(), "id").get(0).text());
  }
}
