package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameLexiconTest {
  private static final NameLexicon LEXICON = NameLexicon.standard();

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
