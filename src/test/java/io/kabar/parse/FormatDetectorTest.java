package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  private Format detect(String name, String contentType, byte[] bytes) throws ArticleException {
    return detector.detect(name, Optional.ofNullable(contentType), bytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void pngNamedHtmlIsUnsupported() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    ArticleException e = assertThrows(ArticleException.class, () -> detect("story.html", null, png));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains("PNG"), e.getMessage());
  }

  @Test
  void binaryMagicNumbersAreUnsupported() {
    for (byte[] bytes : new byte[][] {utf8("%PDF-1.7\n..."), {'P', 'K', 3, 4, 20, 0}, {0x1f, (byte) 0x8b, 8, 0},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, utf8("GIF89a....")}) {
      ArticleException e = assertThrows(ArticleException.class, () -> detect("article", null, bytes));
      assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    }
  }

  @Test
  void unsupportedExtensionNamesTheExtension() {
    ArticleException e = assertThrows(ArticleException.class, () -> detect("report.docx", null, utf8("plain words")));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains(".docx"), e.getMessage());
  }

  @Test
  void nulBytesWithoutBomAreBinary() {
    ArticleException e = assertThrows(ArticleException.class,
        () -> detect("notes.txt", null, new byte[] {'a', 0, 'b', 0, 'c'}));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
  }

  @Test
  void extensionsDecide() throws ArticleException {
    assertEquals(Format.TXT, detect("a.txt", null, utf8("<html>looks like html</html>")));
    assertEquals(Format.MARKDOWN, detect("incoming/a.MD", null, utf8("text")));
    assertEquals(Format.MARKDOWN, detect("a.markdown", null, utf8("text")));
    assertEquals(Format.HTML, detect("a.htm", null, utf8("text")));
    assertEquals(Format.HTML, detect("a.xhtml", null, utf8("text")));
  }

  @Test
  void contentTypeAndSniffingWithoutExtension() throws ArticleException {
    assertEquals(Format.HTML, detect("key", "text/html; charset=utf-8", utf8("hello")));
    assertEquals(Format.HTML, detect("key", null, utf8("  <!DOCTYPE html><html><body>x</body></html>")));
    assertEquals(Format.HTML, detect(null, null, utf8("<div><p>a</p><p>b</p><p>c</p></div>")));
    assertEquals(Format.MARKDOWN, detect("key", null, utf8("# Title\n\nBody text.")));
    assertEquals(Format.TXT, detect("key", null, utf8("Just a plain sentence. Another one.")));
  }

  @Test
  void utf16WithBomIsText() throws ArticleException {
    byte[] bytes = "\uFEFFHello world".getBytes(StandardCharsets.UTF_16LE);
    assertEquals(Format.TXT, detect("a.txt", null, bytes));
  }
}
