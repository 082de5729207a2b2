package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupScrubberTest {

  @Test
  void tagsAndScriptsGoWithTheirContentTextStays() {
    assertEquals("Banjir surut kata gubernur.",
        MarkupScrubber.scrub("Banjir <b>surut</b><script>alert(1)</script> kata <img src=x onerror=alert(1)>gubernur."));
    assertEquals("a", MarkupScrubber.scrub("a<style>p{}</style><!-- hidden -->"));
    assertEquals("Kata", MarkupScrubber.scrub("Kata <script>alert(1) Judul"), "an unclosed script runs to the end of the text");
  }

  @Test
  void markupCannotReassembleFromItsOwnPieces() {
    assertEquals("xscr", MarkupScrubber.scrub("x<scr<script>ipt>alert(3)</script>"), "the script block goes, the dangling < too");
    assertEquals("klik", MarkupScrubber.scrub("javajavascript:script:klik"));
  }

  @Test
  void comparisonsAndOrdinaryColonsStay() {
    assertEquals("inflasi < 5 % dan a <3 b: 10:30 WIB", MarkupScrubber.scrub("inflasi < 5 % dan a <3 b: 10:30 WIB"));
  }

  @Test
  void controlCharactersBecomeSpacesAndLoneSurrogatesReplacementCharacters() {
    assertEquals("a b c \uFFFD d", MarkupScrubber.scrub("a\u0007b\u0085c \uD800 d\u001b[31m"));
    assertEquals(List.of("a", "b"), MarkupScrubber.scrub(List.of("a", "<script>x</script>", " b ")));
  }

  @Test
  void onlyWebUrlsAreLinks() {
    assertEquals("https://example.com/a", MarkupScrubber.httpUrl(" https://example.com/a "));
    assertNull(MarkupScrubber.httpUrl("javascript:alert(1)"));
    assertNull(MarkupScrubber.httpUrl("https://example.com/\"><script>"));
  }
}
