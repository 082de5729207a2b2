package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
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
  void binaryMagicNumbersAreUnsupportedAndNamed() {
    Object[][] cases = {{new byte[] {'P', 'K', 3, 4, 20, 0}, "ZIP archive"}, {new byte[] {0x1f, (byte) 0x8b, 8, 0}, "gzip"},
        {new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, "JPEG"}, {utf8("GIF89a...."), "GIF"},
        {utf8("RIFF\0\0\0\0WEBPVP8 "), "WebP"}, {new byte[] {0x7F, 'E', 'L', 'F', 2, 1}, "ELF"},
        {new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1}, "OLE"}};
    for (Object[] c : cases) {
      for (String name : new String[] {"article", "article.txt", "article.html", "article.json", null}) {
        ArticleException e = assertThrows(ArticleException.class, () -> detect(name, null, (byte[]) c[0]));
        assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code(), name + ": " + e.getMessage());
        assertTrue(e.getMessage().contains((String) c[1]), e.getMessage());
      }
    }
  }

  @Test
  void gzipNamedTxtIsUnsupported() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(utf8("A plain article, compressed."));
    }
    ArticleException e = assertThrows(ArticleException.class, () -> detect("notes.txt", "text/plain", bytes.toByteArray()));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains("gzip") && e.getMessage().contains(".txt"), e.getMessage());
  }

  @Test
  void pdfAndDocxAreDetectedFromContentWhateverTheName() throws Exception {
    byte[] pdf = utf8("%PDF-1.7\n1 0 obj");
    assertEquals(Format.PDF, detect("a.pdf", null, pdf));
    assertEquals(Format.PDF, detect("a.txt", "text/plain", pdf));
    assertEquals(Format.PDF, detect(null, null, pdf));
    assertEquals(Format.PDF, detect("a", null, utf8("junk before\n%PDF-1.4\n")), "a header a little way in");
    assertEquals(Format.TXT, detect("a.txt", null, utf8("Files begin with %PDF-1.4, she said.")));
    byte[] docx = DocxReaderTest.article();
    assertEquals(Format.DOCX, detect("a.docx", null, docx));
    assertEquals(Format.DOCX, detect("upload.zip", null, docx));
    assertEquals(Format.DOCX, detect("incoming/no-extension", null, docx));
  }

  @Test
  void zipThatIsNotAWordDocument() throws Exception {
    byte[] zip = DocxReaderTest.zip(Map.of("notes.txt", "hello"));
    ArticleException e = assertThrows(ArticleException.class, () -> detect("archive.zip", null, zip));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains("ZIP archive that is not a Word document"), e.getMessage());
    e = assertThrows(ArticleException.class, () -> detect("report.docx", null, zip));
    assertEquals(ErrorCode.MALFORMED, e.code());
  }

  @Test
  void pdfOrDocxNameWithOtherContentIsMalformed() {
    ArticleException e = assertThrows(ArticleException.class,
        () -> detect("scan.pdf", null, new byte[] {0x13, 0x37, (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}));
    assertEquals(ErrorCode.MALFORMED, e.code());
    assertTrue(e.getMessage().contains("not a PDF"), e.getMessage());
    e = assertThrows(ArticleException.class, () -> detect("report.docx", null, utf8("plain words, not a zip")));
    assertEquals(ErrorCode.MALFORMED, e.code());
    assertTrue(e.getMessage().contains(".docx is not a ZIP archive"), e.getMessage());
  }

  @Test
  void unsupportedExtensionNamesTheExtension() {
    ArticleException e = assertThrows(ArticleException.class, () -> detect("report.odt", null, utf8("plain words")));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains(".odt"), e.getMessage());
  }

  @Test
  void jsonByExtensionContentTypeAndContent() throws ArticleException {
    assertEquals(Format.JSON, detect("export.json", null, utf8("[1, 2]")));
    assertEquals(Format.JSON, detect("key", "application/json", utf8("{}")));
    assertEquals(Format.JSON, detect("key", null, utf8("  {\"title\": \"x\"}")));
    assertEquals(Format.JSON, detect(null, null, utf8("\uFEFF{\"title\": \"x\"}")));
    assertEquals(Format.JSON, detect(null, null, "\uFEFF{\"title\": 1}".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals(Format.TXT, detect("a.txt", null, utf8("{\"title\": \"x\"}")), "a text extension decides");
  }

  @Test
  void manyControlBytesAreBinary() {
    byte[] bytes = new byte[200];
    Arrays.fill(bytes, (byte) 'a');
    for (int i = 0; i < 200; i += 10) {
      bytes[i] = 0x01;
    }
    ArticleException e = assertThrows(ArticleException.class, () -> detect("a.txt", null, bytes));
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains("20 control bytes in the first 200"), e.getMessage());
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
    assertEquals(Format.HTML, detect("key", "text/html; charset=utf-8", utf8("<p>hello</p>")));
    assertEquals(Format.TXT, detect("key", null, utf8("<p>hello</p>")), "one tag is not enough without the hint");
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

  @Test
  void theContentTypeDecidesWhereTheBytesAgree() throws ArticleException {
    byte[] fragment = utf8("<p>The bridge reopened.</p>\n<p>Traffic was light.</p>");
    assertEquals(Format.TXT, detect("incoming/story", null, fragment), "two tags do not make HTML by themselves");
    assertEquals(Format.HTML, detect("incoming/story", "text/html; charset=UTF-8", fragment));
    assertEquals(Format.HTML, detect("incoming/story", "application/xhtml+xml", fragment));
    byte[] text = utf8("Harbor bridge reopens\n\nThe bridge reopened on Monday.");
    assertEquals(Format.TXT, detect("incoming/story", null, text));
    assertEquals(Format.MARKDOWN, detect("incoming/story", "text/markdown", text));
    assertEquals(Format.MARKDOWN, detect("incoming/story", "text/x-markdown; charset=utf-8", text));
    assertEquals(Format.JSON, detect("incoming/story", "application/json", utf8(" [{\"body\": \"x\"}]")));
  }

  @Test
  void sniffingWinsWhenTheContentTypeContradictsTheBytes() throws Exception {
    byte[] pdf = utf8("%PDF-1.7\n1 0 obj");
    for (String type : new String[] {"text/plain", "text/html", "application/json", "application/octet-stream"}) {
      assertEquals(Format.PDF, detect("incoming/scan", type, pdf), type);
      assertEquals(Format.DOCX, detect("incoming/report", type, DocxReaderTest.article()), type);
    }
    byte[] page = utf8("<!doctype html><html><body><p>x</p></body></html>");
    for (String type : new String[] {"text/plain", "application/octet-stream", "binary/octet-stream",
        "application/json", "text/markdown", "image/png"}) {
      assertEquals(Format.HTML, detect("incoming/page", type, page), type);
    }
    byte[] markdown = utf8("# Harbor bridge reopens\n\nThe bridge reopened.");
    for (String type : new String[] {"text/plain", "application/octet-stream", "application/json", "text/html"}) {
      assertEquals(Format.MARKDOWN, detect("incoming/story", type, markdown), type);
    }
    byte[] json = utf8("{\"title\": \"x\", \"body\": \"<p>y</p>\"}");
    assertEquals(Format.JSON, detect("incoming/export", "text/html", json), "an HTML hint on a JSON object");
    assertEquals(Format.JSON, detect("incoming/export", "text/plain", json));
    byte[] prose = utf8("Just a plain sentence. Another one.");
    for (String type : new String[] {"application/json", "text/html", "image/jpeg", "application/zip",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}) {
      assertEquals(Format.TXT, detect("incoming/story", type, prose), type);
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT,
        assertThrows(ArticleException.class, () -> detect("incoming/photo", "text/html", png)).code());
  }
}
