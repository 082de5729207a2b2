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
  void undottedRewritesOnlyTheInitialisms() {
    assertEquals("US and UN officials", Slugs.undotted("U.S. and U.N. officials"));
    assertEquals("Dr. Smith", Slugs.undotted("Dr. Smith"));
    assertEquals("no dots", Slugs.undotted("no dots"));
  }
}
