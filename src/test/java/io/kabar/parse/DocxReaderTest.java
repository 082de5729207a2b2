package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
  private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  private final DocxReader reader = new DocxReader();

  static String paragraph(String style, String... runs) {
    StringBuilder p = new StringBuilder("<w:p>");
    if (style != null) {
      p.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/>"
          + "</w:tabs></w:pPr>");
    }
    for (String run : runs) {
      p.append("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">").append(run).append("</w:t></w:r>");
    }
    return p.append("</w:p>").toString();
  }

  static String document(String... paragraphs) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W + "><w:body>"
        + String.join("", paragraphs) + "<w:sectPr/></w:body></w:document>";
  }

  static String core(String title, String creator, String created) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties"
        + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" + title + "</dc:title><dc:creator>"
        + creator + "</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created
        + "</dcterms:created></cp:coreProperties>";
  }

  /** A .docx: the given parts plus the content-types and relationship parts Word writes. */
  static byte[] zip(Map<String, String> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      Map<String, String> all = new LinkedHashMap<>();
      all.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"/>");
      all.put("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/relationships\"/>");
      all.putAll(parts);
      for (Map.Entry<String, String> part : all.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static byte[] article() throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("word/document.xml", document(
        paragraph("Title", "Harbor bridge ", "reopens"),
        paragraph("Heading1", "What happened"),
        paragraph(null, "The bridge reopened on Monday", " after two years."),
        "<w:p><w:r><w:t>Tolls:</w:t></w:r><w:r><w:tab/><w:t>free</w:t></w:r><w:r><w:delText>deleted</w:delText>"
            + "</w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:br/><w:t>until June &amp; July.</w:t></w:r></w:p>",
        "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
            + "<mc:Choice Requires=\"wps\"><w:txbxContent>" + paragraph(null, "Box text") + "</w:txbxContent></mc:Choice>"
            + "<mc:Fallback><w:txbxContent>" + paragraph(null, "Box text") + "</w:txbxContent></mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>",
        paragraph("Heading2", "Reactions"),
        "<w:tbl><w:tr><w:tc>" + paragraph(null, "Cell text") + "</w:tc></w:tr></w:tbl>",
        paragraph(null, "   ")));
    parts.put("docProps/core.xml", core("Ignored: the Title style wins", "Sari Dewi", "2024-06-03T08:00:00Z"));
    return zip(parts);
  }

  @Test
  void titleHeadingsParagraphsAndMetadata() throws Exception {
    Document doc = reader.read(article());
    assertEquals("Harbor bridge reopens", doc.title());
    assertEquals("Sari Dewi", doc.byline());
    assertEquals("2024-06-03T08:00:00Z", doc.publishedAt());
    assertEquals(List.of("What happened", "The bridge reopened on Monday after two years.",
        "Tolls: free until June & July.", "Box text", "Reactions", "Cell text"), doc.paragraphs(),
        "the text box once, without its mc:Fallback copy");
  }

  @Test
  void titleFromCorePropertiesAndLocalisedStyleNames() throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("word/document.xml", document(paragraph(null, "Banjir di kota"), paragraph(null, "Air naik."),
        paragraph("Judul", "Judul lokal")));
    parts.put("word/styles.xml", "<w:styles " + W + "><w:style w:type=\"paragraph\" w:styleId=\"Judul\">"
        + "<w:name w:val=\"Title\"/></w:style></w:styles>");
    parts.put("docProps/core.xml", core("Banjir di kota", "Redaksi", "2024-01-02T00:00:00Z"));
    Document doc = reader.read(zip(parts));
    assertEquals("Judul lokal", doc.title(), "style id Judul is named Title in styles.xml");

    parts.put("word/document.xml", document(paragraph(null, "Banjir di kota"), paragraph(null, "Air naik.")));
    doc = reader.read(zip(parts));
    assertEquals("Banjir di kota", doc.title());
    assertEquals(List.of("Air naik."), doc.paragraphs(), "the first paragraph repeating dc:title is dropped");
  }

  @Test
  void withoutMetadataPartsStillReads() throws Exception {
    Document doc = reader.read(zip(Map.of("word/document.xml", document(paragraph(null, "Only text.")))));
    assertNull(doc.title());
    assertNull(doc.byline());
    assertEquals(List.of("Only text."), doc.paragraphs());
  }

  @Test
  void notAZipIsMalformed() {
    ArticleException e = assertThrows(ArticleException.class,
        () -> reader.read("This is not a zip file at all.".getBytes(StandardCharsets.UTF_8)));
    assertEquals(ErrorCode.MALFORMED, e.code());
    assertTrue(e.getMessage().contains("not a complete ZIP archive"), e.getMessage());
  }

  @Test
  void truncatedZipIsMalformed() throws Exception {
    byte[] whole = article();
    ArticleException e = assertThrows(ArticleException.class,
        () -> reader.read(Arrays.copyOf(whole, whole.length - 30)));
    assertEquals(ErrorCode.MALFORMED, e.code());
  }

  @Test
  void zipWithoutDocumentXmlIsMalformed() throws Exception {
    ArticleException e = assertThrows(ArticleException.class, () -> reader.read(zip(Map.of("a.txt", "hello"))));
    assertEquals(ErrorCode.MALFORMED, e.code());
    assertTrue(e.getMessage().contains("word/document.xml"), e.getMessage());
  }

  @Test
  void brokenXmlIsMalformed() throws Exception {
    ArticleException e = assertThrows(ArticleException.class,
        () -> reader.read(zip(Map.of("word/document.xml", "<w:document " + W + "><w:body><w:p>"))));
    assertEquals(ErrorCode.MALFORMED, e.code());
    assertTrue(e.getMessage().startsWith("word/document.xml is not well-formed XML"), e.getMessage());
  }

  @Test
  void externalEntitiesAreNotResolved() throws Exception {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document " + W + "><w:body><w:p><w:r><w:t>a&x;b</w:t></w:r></w:p></w:body></w:document>";
    try {
      Document doc = reader.read(zip(Map.of("word/document.xml", xxe)));
      assertTrue(doc.paragraphs().stream().noneMatch(p -> p.contains("root:")), doc.paragraphs().toString());
    } catch (ArticleException e) {
      assertEquals(ErrorCode.MALFORMED, e.code());
    }
  }

  /** One entry of {@code size} zeros, written through the deflater a megabyte at a time. */
  static byte[] zerosEntry(String name, long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[1 << 20];
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void zipBombIsTooLargeWithoutInflating() throws Exception {
    byte[] bomb = zerosEntry("word/document.xml", 200L * 1024 * 1024);
    assertTrue(bomb.length < 1024 * 1024, "the bomb itself is small: " + bomb.length);
    ArticleException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
        () -> assertThrows(ArticleException.class, () -> reader.read(bomb)));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains(String.valueOf(200L * 1024 * 1024))
        && e.getMessage().contains(String.valueOf(DocxReader.MAX_TOTAL_UNCOMPRESSED_BYTES)), e.getMessage());
  }

  @Test
  void highCompressionRatioIsTooLarge() throws Exception {
    ArticleException e = assertThrows(ArticleException.class,
        () -> reader.read(zerosEntry("word/document.xml", 20L * 1024 * 1024)));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains("ratio") && e.getMessage().contains(DocxReader.MAX_COMPRESSION_RATIO + ":1"),
        e.getMessage());
  }

  @Test
  void entryLyingAboutItsSizeIsStoppedEarly() throws Exception {
    byte[] bomb = zerosEntry("word/document.xml", 50L * 1024 * 1024);
    int central = lastIndexOf(bomb, new byte[] {0x50, 0x4B, 0x01, 0x02});
    bomb[central + 24] = (byte) 0xE8; // declared uncompressed size: 1000 bytes
    bomb[central + 25] = 0x03;
    bomb[central + 26] = 0;
    bomb[central + 27] = 0;
    ArticleException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
        () -> assertThrows(ArticleException.class, () -> reader.read(bomb)));
    assertEquals(ErrorCode.MALFORMED, e.code());
    assertTrue(e.getMessage().contains("inflates past its declared 1000 bytes"), e.getMessage());
  }

  @Test
  void tooManyEntriesIsTooLarge() throws Exception {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("word/document.xml", document(paragraph(null, "x")));
    for (int i = 0; i < DocxReader.MAX_ENTRIES; i++) {
      parts.put("word/media/image" + i + ".png", "");
    }
    ArticleException e = assertThrows(ArticleException.class, () -> reader.read(zip(parts)));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
    assertTrue(e.getMessage().contains((DocxReader.MAX_ENTRIES + 3) + " entries")
        && e.getMessage().contains(String.valueOf(DocxReader.MAX_ENTRIES)), e.getMessage());
  }

  private static int lastIndexOf(byte[] b, byte[] needle) {
    outer:
    for (int i = b.length - needle.length; i >= 0; i--) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
