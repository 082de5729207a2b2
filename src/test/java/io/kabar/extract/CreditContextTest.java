package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.testing.RandomText;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Credit cues before a name, and the cheap test that lets most names skip the pattern. */
class CreditContextTest {
  private final CreditContext credits = new CreditContext();

  @Test
  void namesAfterACueAndItsSeparatorAreCredits() {
    String caption = "Foto: ANTARA/Hafidz Mubarak";
    assertTrue(credits.isCredit(caption, caption.indexOf("Hafidz")));
    String photo = "The talks ended. (Photo by Ministry of Defence)";
    assertTrue(credits.isCredit(photo, photo.indexOf("Ministry")));
    String continued = "Photo :\n- Ministry of Defence of the Russian Federation";
    assertTrue(credits.isCredit(continued, continued.indexOf("Ministry")));
  }

  @Test
  void aCapitalisedByAloneIntroducesNoCreditAsBefore() {
    // run-on captions ("PHOTO BY X Hoquiam's Nadine Stewart scored …") keep their names, as they always have
    String caption = "PHOTO BY FOREST WORGUM Hoquiam's Nadine Stewart scored nine points";
    assertFalse(credits.isCredit(caption, caption.indexOf("Nadine")));
    // with a colon earlier in the line the pattern decides, in any case
    String timed = "Updated 10:30 PHOTO BY Hafidz Mubarak";
    assertTrue(credits.isCredit(timed, timed.indexOf("Hafidz")));
  }

  @Test
  void aCueOrByBeforeASentenceEndOrQuoteIsNoCredit() {
    String prose = "The photo was taken by a drone. Then Hafidz Mubarak spoke.";
    assertFalse(credits.isCredit(prose, prose.indexOf("Hafidz")));
    String quoted = "Image by the team, \"Hafidz said\" and Budi";
    assertFalse(credits.isCredit(quoted, quoted.indexOf("Budi")));
    String later = "Photo: Reuters. Budi Santoso said";
    assertFalse(credits.isCredit(later, later.indexOf("Budi")));
  }

  @Test
  void theHandWrittenMatcherAgreesWithThePattern() {
    // letters the pattern's case folding maps onto a cue's (long s, the Kelvin sign, dotted and dotless I), a
    // letter outside the BMP, a combining mark, digits and a letter-number before a cue, cues inside longer words
    String[] pieces = {"photo", "Foto", "image", "source", "credit", ":", "/", " by ", "by ", " oleh ", "oleh ",
        " By ", "BY ", " Oleh ", "OLEH ", "PHOTO", "photography", "photoby ", "foto", "sumber", "Kred", "it", "s",
        "ſ", "\u212A", "\u0130", "\u0131", "\uD835\uDC00", "\u0301", "2", "\u216B", "\r",
        ".", "!", "?", "(", ")", "[", "]", "\n", "\"", "“", "”", " ", "x", "Reuters", "-", "é", "\t"};
    Random random = new Random(5);
    int matches = 0;
    for (int round = 0; round < 100_000; round++) {
      String text = RandomText.next(random, pieces).text();
      boolean expected = credits.endsInCueAsBefore(text);
      assertEquals(expected, credits.endsInCue(text), text);
      matches += expected ? 1 : 0;
    }
    assertTrue(matches > 1_000, "the random texts hold credits: " + matches);
  }

  @Test
  void creditsReadInPlaceAreTheCreditsReadFromCopies() {
    // short lines and long ones, continued credit lines, sentence ends, cues and separators in any order
    String[] pieces = {"Photo", "Foto", " :", ":", "/", " by ", "oleh ", "\n", "\n", "- ", "• ", "– ", " ", "  ", "\t",
        "Photo:\n - ", "Foto :\n\t• ",
        "Ministry of Defence", "x", ".", "!", "(", "\"", "2", "Reuters", "é", "sumber", "BY ",
        "a long stretch of ordinary words that runs on well past the reach of the rule "};
    Random random = new Random(6);
    int found = 0;
    for (int round = 0; round < 50_000; round++) {
      String text = RandomText.next(random, pieces).text() + "Name";
      for (int start = 0; start <= text.length(); start += 1 + random.nextInt(4)) {
        boolean expected = isCreditByCopies(text, start);
        assertEquals(expected, credits.isCredit(text, start), () -> "[" + text + "]");
        found += expected ? 1 : 0;
      }
    }
    assertTrue(found > 10_000, "credits: " + found);
  }

  /** isCredit as first written: copies of the ranges, stripped, and the pattern. */
  private boolean isCreditByCopies(String text, int start) {
    int reach = CreditContext.REACH;
    int floor = Math.max(0, start - 2 * reach - 2);
    int newline = start - 1 < 0 ? -1 : text.lastIndexOf('\n', start - 1);
    newline = newline >= floor ? newline : -1;
    boolean lineKnown = newline >= 0 || floor == 0;
    int lineStart = newline >= 0 ? newline + 1 : floor;
    if (credits.endsInCueAsBefore(text.substring(Math.max(lineStart, start - reach), start))) {
      return true;
    }
    if (!lineKnown) {
      return false;
    }
    String line = text.substring(lineStart, start).strip();
    boolean continued = line.isEmpty() || line.startsWith("-") || line.startsWith("•") || line.startsWith("–");
    if (lineStart > 0 && continued && line.length() <= reach && line.chars().noneMatch(c -> c == '.' || c == '!'
        || c == '?')) {
      int from = Math.max(0, lineStart - 1 - reach);
      int previousNewline = lineStart - 2 < 0 ? -1 : text.lastIndexOf('\n', lineStart - 2);
      int prevStart = (previousNewline >= from ? previousNewline : -1) + 1;
      return credits.endsInCueAsBefore(text.substring(Math.max(prevStart, from), lineStart - 1).stripTrailing());
    }
    return false;
  }
}
