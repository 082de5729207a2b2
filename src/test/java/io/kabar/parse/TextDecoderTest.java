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
  }
}
