package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.nlp.Token;
import io.kabar.testing.RandomText;
import java.util.List;
import java.util.Random;
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

  private static final String[] PIECES = {
    "a", "Z", "7", "é", "\u0301", "-", "'", "\u2019", "/", "_", " ", "\n", "\t", ",", ".", ":", "\"", "U.S.",
    "J.", "12.000", "2,5", "10:30", "1.", "\u00BD", "\u0663", "\u216B", "\u4E2D", "\uD83D\uDE00", "\uD835\uDC00",
    "\u00A0", "\uD835", "\uDC00", "n't", "'s", "Obama", "undang-undang", "x'", "\u000B", "\f", "\r"};

  @Test
  void scanFindsWhatThePatternFindsOnRandomTextAndRegions() {
    Random random = new Random(5);
    for (int round = 0; round < 30_000; round++) {
      RandomText r = RandomText.next(random, PIECES);
      String lang = random.nextBoolean() ? "en" : "id";
      assertEquals(NerTokenizer.tokensByRegex(r.text(), r.start(), r.end(), lang),
          NerTokenizer.tokens(r.text(), r.start(), r.end(), lang), () -> r + " " + lang);
    }
  }
}
