package io.kabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeysTest {
  @Test
  void articleIdIsStablePerBucketAndKey() {
    assertEquals(Keys.articleId("b", "incoming/a.txt"), Keys.articleId("b", "incoming/a.txt"));
    assertNotEquals(Keys.articleId("b", "incoming/a.txt"), Keys.articleId("b", "incoming/b.txt"));
    assertNotEquals(Keys.articleId("b1", "incoming/a.txt"), Keys.articleId("b2", "incoming/a.txt"));
    assertTrue(Keys.articleId("b", "k").matches("[0-9a-f]{24}"));
  }

  @Test
  void revisionsOfDifferentLengthCompareInEventOrder() {
    // S3: right-pad the shorter sequencer with zeros, then compare lexicographically
    assertTrue(Keys.revision("0055AED6DCD90281E5").compareTo(Keys.revision("0055AED6DCD90281E6")) < 0);
    assertTrue(Keys.revision("0055AED6DCD9028").compareTo(Keys.revision("0055AED6DCD90281")) < 0);
    assertEquals(Keys.revision("00ab"), Keys.revision("00AB"));
    assertEquals(32, Keys.revision("1").length());
  }

  @Test
  void malformedSequencersAreRefusedWithTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Keys.revision("12-34"));
    assertTrue(e.getMessage().contains("12-34"));
    assertThrows(IllegalArgumentException.class, () -> Keys.revision(" "));
    assertThrows(IllegalArgumentException.class, () -> Keys.revision("F".repeat(33)));
  }

  @Test
  void claimKeysSortNumerically() {
    assertEquals("CLAIM#0001", Keys.claimSk(0));
    assertTrue(Keys.claimSk(8).compareTo(Keys.claimSk(10)) < 0);
    assertEquals("ENTITY#PERSON#kim-jong-un", Keys.entitySk("PERSON#kim-jong-un"));
  }
}
