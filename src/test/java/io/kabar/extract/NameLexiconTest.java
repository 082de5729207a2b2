package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameLexiconTest {
  private static final NameLexicon LEXICON = NameLexicon.standard();

  /** Words of ASCII and other letters, in any case, for the fast paths that must agree with the JDK's case maps. */
  static final String[] CASED_PIECES = {"a", "Z", "ab", "AB", "-", "’", "'", ".", " ", "7", "é", "É", "ß", "İ", "ı",
    "\u01C5", "\u03A3", "\u03C2", "\uD835\uDC00", "\uD801\uDC00", "ǆ", "ŉ", "Mr", "PBB"};

  @Test
  void capitalsAreSeenAsTheJdkSeesThem() {
    java.util.Random random = new java.util.Random(31);
    int capitals = 0;
    for (int round = 0; round < 50_000; round++) {
      String token = io.kabar.testing.RandomText.next(random, CASED_PIECES).text();
      boolean expected = token.equals(token.toUpperCase(java.util.Locale.ROOT));
      org.junit.jupiter.api.Assertions.assertEquals(expected, NameLexicon.writtenInCapitals(token), token);
      capitals += expected ? 1 : 0;
    }
    assertTrue(capitals > 1_000, "in capitals: " + capitals);
  }

  @Test
  void titlesJoinedByHyphensAreTitles() {
    NameLexicon.Words en = LEXICON.words("en");
    for (String title : new String[] {"Secretary-General", "Director-General", "Governor-General", "vice-president",
        "Attorney-General", "co-founder", "Secretary."}) {
      assertTrue(en.isTitle(title), title);
    }
    for (String word : new String[] {"Secretary-", "-General", "Secretary-Designate", "Coca-Cola", "Secretary--General",
        "General-Motors"}) {
      assertFalse(en.isTitle(word), word);
    }
  }

  @Test
  void givenNamesLeaveOutEverydayWordsAndTwoLetters() {
    assertTrue(LEXICON.givenName("hillary", "en"));
    assertTrue(LEXICON.givenName("valentino", "en"));
    assertTrue(LEXICON.givenName("charlotte", "en")); // a city too: the rule's other tests must tell
    for (String word : new String[] {"star", "will", "may", "north", "lucky", "el", "la"}) {
      assertFalse(LEXICON.givenName(word, "en"), word); // all in the source list
    }
    assertTrue(LEXICON.hasGivenNames("en"));
    assertFalse(LEXICON.hasGivenNames("id")); // no Indonesian list
    assertFalse(LEXICON.givenName("hillary", "id"));
    assertFalse(LEXICON.givenName("hillary", null));
  }

  @Test
  void dictionaryWordsIncludeInflectionsAndPluralProperNounsButNoSurnames() {
    for (String word : new String[] {"memorial", "hawks", "hills", "boxes", "cities", "bombings", "bombing", "united",
        "planning", "stopped", "republican", "muslims", "christmas"}) {
      assertTrue(LEXICON.dictionaryWord(word, "en"), word);
    }
    for (String word : new String[] {"rossi", "cifuentes", "clinton", "is", "es"}) {
      assertFalse(LEXICON.dictionaryWord(word, "en"), word);
    }
    assertFalse(LEXICON.dictionaryWord("memorial", "id"));
  }
}
