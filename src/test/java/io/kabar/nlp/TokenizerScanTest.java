package io.kabar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written scan of {@link Tokenizer#tokens} finds what its pattern finds. */
class TokenizerScanTest {
  private static final String[] PIECES = {
    "a", "Z", "7", "é", "ñ", "\u0301", "ß", "-", "'", "\u2019", " ", "\n", ",", ".", "\"", "--", "''",
    "\u00BD", "\u216B", "\u4E2D", "\u0627", "\uD83D\uDE00", "\uD835\uDC00", "\u00A0", "_", "/", "Jong-un", "O'Brien",
    "bahu-membahu", "12.000", "\uD835", "\uDC00", "\uD835\uDC1A"}; // the last: a lower-case letter outside the BMP

  @Test
  void scanAndPatternAgreeOnRandomTextAndRegions() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      RandomText r = RandomText.next(random, PIECES);
      List<Token> expected = Tokenizer.tokensByRegex(r.text(), r.start(), r.end());
      assertEquals(expected, Tokenizer.tokens(r.text(), r.start(), r.end()), r::toString);
    }
  }

  @Test
  void capitalisedIsAnUpperOrTitleCaseFirstLetter() {
    Random random = new Random(15);
    int capitalised = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = RandomText.next(random, PIECES).text() + "x";
      int first = text.codePointAt(0);
      boolean expected = Character.isUpperCase(first) || Character.isTitleCase(first);
      assertEquals(expected, new Token(text, 0, text.length()).isCapitalized(), text);
      capitalised += expected ? 1 : 0;
    }
    org.junit.jupiter.api.Assertions.assertTrue(capitalised > 1_000, "capitalised: " + capitalised);
    org.junit.jupiter.api.Assertions.assertTrue(new Token("\u01C5ivko", 0, 5).isCapitalized()); // title case Dž
    org.junit.jupiter.api.Assertions.assertTrue(new Token("\uD835\uDC00b", 0, 3).isCapitalized());
  }

  @Test
  void aSearchForALowerCaseWordAgreesWithTheSetOfThem() {
    Random random = new Random(14);
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = RandomText.next(random, PIECES).text();
      java.util.Set<String> lowerCase = Tokenizer.lowerCaseWords(text);
      // the text's own words, parts of them and another text's words
      List<String> words = new java.util.ArrayList<>();
      for (Token t : Tokenizer.tokens(text + " " + RandomText.next(random, PIECES).text())) {
        words.add(t.text());
        words.add(t.text().substring(0, t.text().length() / 2));
        words.add(t.text().substring(t.text().length() / 2));
      }
      for (String word : words) {
        boolean expected = lowerCase.contains(word);
        assertEquals(expected, Tokenizer.hasLowerCaseWord(text, word), () -> "[" + text + "] " + word);
        found += expected ? 1 : 0;
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(found > 10_000, "the texts hold lower-case words: " + found);
  }

  @Test
  void sentenceTokensAreTheRangesTokensForThatTextObjectAndRange() {
    Random random = new Random(13);
    for (int round = 0; round < 5_000; round++) {
      RandomText r = RandomText.next(random, PIECES);
      List<Token> first = Tokenizer.sentenceTokens(r.text(), r.start(), r.end());
      assertEquals(Tokenizer.tokens(r.text(), r.start(), r.end()), first, r::toString);
      // an equal text in another object, or another range, is tokenised for itself
      String copy = new String(r.text());
      assertEquals(Tokenizer.tokens(copy, 0, copy.length()), Tokenizer.sentenceTokens(copy, 0, copy.length()));
      assertEquals(first, Tokenizer.sentenceTokens(r.text(), r.start(), r.end()), r::toString);
    }
    String text = "Kim Jong Un met Putin.";
    List<Token> tokens = Tokenizer.sentenceTokens(text, 0, text.length());
    org.junit.jupiter.api.Assertions.assertSame(tokens, Tokenizer.sentenceTokens(text, 0, text.length()));
    org.junit.jupiter.api.Assertions.assertNotSame(tokens, Tokenizer.sentenceTokens(text, 4, text.length()));
  }

  @Test
  void lowerCaseWordsAreTheTokensThatStartLowerCase() {
    Random random = new Random(12);
    for (int round = 0; round < 20_000; round++) {
      String text = RandomText.next(random, PIECES).text();
      java.util.Set<String> expected = new java.util.HashSet<>();
      for (Token t : Tokenizer.tokens(text)) {
        if (Character.isLowerCase(t.text().charAt(0))) {
          expected.add(t.text());
        }
      }
      assertEquals(expected, Tokenizer.lowerCaseWords(text), text);
    }
    assertEquals(java.util.Set.of("jong-un", "said", "ñu"), Tokenizer.lowerCaseWords("Kim jong-un said. Ñandú ñu 12"));
  }

  @Test
  void wordsJoinedByInnerHyphensAndApostrophesOnly() {
    assertEquals(List.of(new Token("Kim", 0, 3), new Token("Jong-un", 4, 11), new Token("O’Brien", 13, 20)),
        Tokenizer.tokens("Kim Jong-un, O’Brien -- 'x").subList(0, 3));
  }
}
