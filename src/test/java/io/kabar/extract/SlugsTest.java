package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void aDottedInitialismSlugsAsItsLetters() {
    assertEquals("us", Slugs.slug("U.S."));
    assertEquals("us", Slugs.slug("U.S")); // the sentence's full stop taken off by the tokenizer
    assertEquals(Slugs.slug("US Army"), Slugs.slug("U.S. Army"));
    assertEquals("washington-dc", Slugs.slug("Washington, D.C."));
    assertEquals("ORGANIZATION#anc", Slugs.key("ORGANIZATION", "A.N.C."));
  }

  @Test
  void oneInitialAndDottedWordsKeepTheirGapsAndSpacedInitialsSlugAsDottedOnes() {
    assertEquals("george-w-bush", Slugs.slug("George W. Bush")); // one letter is an initial, not an initialism
    assertEquals("jk-rowling", Slugs.slug("J. K. Rowling"));
    assertEquals("jk-rowling", Slugs.slug("J.K. Rowling"));
    assertEquals(Slugs.slug("George H.W. Bush"), Slugs.slug("George H. W. Bush"));
    assertEquals("kompas-com", Slugs.slug("Kompas.com"));
    assertEquals("st-louis", Slugs.slug("St. Louis"));
    assertEquals("1-5", Slugs.slug("1.5"));
  }

  @Test
  void theUndottingScanAgreesWithItsPattern() {
    // letters, dots, spaces, digits, a letter-number, letters outside the BMP and a combining mark, in any order
    String[] pieces = {"U", "S", ".", ". ", " ", "a", "b", "Ab", "7", "\u216B", "\uD835\uDC00", "\u0301", ",", "-",
        "U.S.", "J. K.", "é", "\uD835", "x."};
    java.util.Random random = new java.util.Random(21);
    int rewritten = 0;
    for (int round = 0; round < 100_000; round++) {
      String text = io.kabar.testing.RandomText.next(random, pieces).text();
      String expected = Slugs.undottedByPattern(text);
      assertEquals(expected, Slugs.undotted(text), text);
      rewritten += expected.equals(text) ? 0 : 1;
    }
    org.junit.jupiter.api.Assertions.assertTrue(rewritten > 10_000, "initials rewritten: " + rewritten);
  }

  @Test
  void undottedRewritesOnlyTheInitialisms() {
    assertEquals("US and UN officials", Slugs.undotted("U.S. and U.N. officials"));
    assertEquals("Dr. Smith", Slugs.undotted("Dr. Smith"));
    assertEquals("no dots", Slugs.undotted("no dots"));
  }
}
