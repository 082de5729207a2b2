package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void utf16LittleEndianBomIsDecoded() {
    byte[] bytes = "\uFEFFKorea Utara – ujar Kim".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Korea Utara – ujar Kim", TextDecoder.decode(bytes, false));
  }

  @Test
  void utf16BigEndianBomIsDecoded() {
    byte[] bytes = "\uFEFFcafé".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("café", TextDecoder.decode(bytes, false));
  }

  @Test
  void utf8BomIsDropped() {
    byte[] bytes = "\uFEFFnaïve".getBytes(StandardCharsets.UTF_8);
    assertEquals("naïve", TextDecoder.decode(bytes, false));
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() {
    byte[] bytes = "“Café” – 5€".getBytes(Charset.forName("windows-1252"));
    assertEquals("“Café” – 5€", TextDecoder.decode(bytes, false));
  }

  @Test
  void htmlMetaCharsetIsHonouredForNonUtf8() {
    byte[] bytes = "<meta charset=\"ISO-8859-15\"><p>prix 5€</p>".getBytes(Charset.forName("ISO-8859-15"));
    assertEquals("<meta charset=\"ISO-8859-15\"><p>prix 5€</p>", TextDecoder.decode(bytes, true));
  }

  @Test
  void controlCharactersAndCarriageReturnsAreCleaned() {
    assertEquals("a\nb\tc\nd", TextDecoder.decode("a\r\nb\tc\u0007\rd\u0000".getBytes(StandardCharsets.UTF_8), false));
    assertEquals("isn\u2019t \u00e9t\u00e9", TextDecoder.clean("isn\u00e2\u20ac\u2122t\u0007 \u00c3\u00a9t\uFEFF\u00c3\u00a9"),
        "controls go first, then the double-decoded UTF-8 around them is repaired");
    assertEquals("isn\u2019t", TextDecoder.clean("isn\u00e2\u20ac\u2122t"));
  }

  @Test
  void invalidUtf8NeverThrows() {
    byte[] bytes = {'o', 'k', ' ', (byte) 0xC3, 0x28, (byte) 0xE2, (byte) 0x82, ' ', (byte) 0xF0, (byte) 0x9F, (byte) 0x81};
    assertEquals("ok Ã(â‚ ðŸ\uFFFD", TextDecoder.decode(bytes, false), "windows-1252, undefined 0x81 replaced");
  }

  @Test
  void latin1TextReadsAsWindows1252() {
    byte[] bytes = "Ibu kota: São Paulo, 35°C, ½ harga".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("Ibu kota: São Paulo, 35°C, ½ harga", TextDecoder.decode(bytes, false));
  }

  @Test
  void mostlyUndecodableTextIsBadEncoding() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    for (int i = 0; i < 40; i++) {
      bytes.write(new byte[] {0x00, (byte) 0xD8, 'A', 0}); // an unpaired high surrogate (the JDK replaces it and the next unit)
    }
    io.kabar.analysis.ArticleException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.kabar.analysis.ArticleException.class, () -> TextDecoder.decodeChecked(bytes.toByteArray(), false));
    assertEquals(io.kabar.analysis.ErrorCode.BAD_ENCODING, e.code());
    assertEquals("40 of 40 characters could not be decoded as UTF-16LE (as its byte-order mark says), more than the "
        + "10% allowed", e.getMessage());
    assertEquals("a\uFFFDb", TextDecoder.decodeChecked(new byte[] {'a', (byte) 0x81, 'b'}, false), "a few are kept");
  }

  @Test
  void aLiteralReplacementCharacterInValidUtf8StaysUtf8() {
    byte[] bytes = "Café \uFFFD naïve".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals("Café \uFFFD naïve", TextDecoder.decode(bytes, false), "valid UTF-8, not windows-1252 mojibake");
    byte[] invalid = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    invalid[bytes.length] = (byte) 0xE9;
    assertEquals("Café ï¿½ naïveé", TextDecoder.decode(invalid, false),
        "one invalid byte: read as windows-1252, then the marked UTF-8 runs (Ã©, Ã¯) repaired; the unmarked "
        + "U+FFFD run stays");
  }
}
