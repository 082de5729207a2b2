package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
  private static final float LEADING = 14;
  private final PdfReader reader = new PdfReader();

  /**
   * A page: header at the top, the body lines (null = blank line, two leading spaces = indented), a page
   * number at the bottom.
   */
  private static void page(PDDocument pdf, String header, String footer, String... body) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    pdf.addPage(page);
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
      text(out, font, 9, 72, 800, header);
      float y = 760;
      for (String line : body) {
        if (line != null && line.startsWith("  ")) {
          text(out, font, 11, 100, y, line.strip()); // an indented first line
        } else if (line != null) {
          text(out, font, 11, 72, y, line);
        }
        y -= LEADING;
      }
      text(out, font, 9, 290, 40, footer);
    }
  }

  private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String s)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, y);
    out.showText(s);
    out.endText();
  }

  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    pdf.save(bytes);
    pdf.close();
    return bytes.toByteArray();
  }

  static byte[] twoPageArticle() throws IOException {
    PDDocument pdf = new PDDocument();
    pdf.getDocumentInformation().setTitle("Harbor bridge reopens");
    pdf.getDocumentInformation().setAuthor("Sari Dewi");
    page(pdf, "KABAR DAILY  Harbor edition", "1",
        "The harbor bridge reopened on Monday after two years of repairs, the city said in a",
        "statement that gave few other details about the cost of the work.",
        null,
        "Officials promised more infor-",
        "mation about tolls next week.");
    page(pdf, "KABAR DAILY  Harbor edition", "2",
        "Traffic was light in the morning and heavy by the evening rush, when queues",
        "reached the old market.");
    return save(pdf);
  }

  @Test
  void twoPagesWithRunningHeaderPageNumbersAndHyphenation() throws Exception {
    Document doc = reader.read(twoPageArticle());
    assertEquals("Harbor bridge reopens", doc.title());
    assertEquals("Sari Dewi", doc.byline());
    assertEquals(List.of(
        "The harbor bridge reopened on Monday after two years of repairs, the city said in a statement that gave few "
            + "other details about the cost of the work.",
        "Officials promised more information about tolls next week.",
        "Traffic was light in the morning and heavy by the evening rush, when queues reached the old market."),
        doc.paragraphs());
  }

  @Test
  void paragraphRunningOverThePageBreakIsJoined() throws Exception {
    PDDocument pdf = new PDDocument();
    page(pdf, "Kabar Daily", "Page 1 of 3", "First page text that goes on and", "continues below the fold and");
    page(pdf, "Kabar Daily", "Page 2 of 3", "onto the second page without a break.", null, "A new paragraph.");
    page(pdf, "Kabar Daily", "Page 3 of 3", "The end.");
    Document doc = reader.read(save(pdf));
    assertEquals(List.of("First page text that goes on and continues below the fold and onto the second page without a break.",
        "A new paragraph.", "The end."), doc.paragraphs());
  }

  @Test
  void singlePageKeepsItsFirstLine() throws Exception {
    PDDocument pdf = new PDDocument();
    page(pdf, "A one-page note", "1", "Body line.");
    Document doc = reader.read(save(pdf));
    assertEquals(List.of("A one-page note", "Body line."), doc.paragraphs(), "a header needs two pages to repeat");
  }

  @Test
  void pdfWithoutPagesIsEmpty() throws Exception {
    ArticleException e = assertThrows(ArticleException.class, () -> reader.read(save(new PDDocument())));
    assertEquals(ErrorCode.EMPTY, e.code());
    assertTrue(e.getMessage().contains("no pages"), e.getMessage());
  }

  @Test
  void pdfWithoutTextIsEmpty() throws Exception {
    PDDocument pdf = new PDDocument();
    pdf.addPage(new PDPage());
    pdf.addPage(new PDPage());
    ArticleException e = assertThrows(ArticleException.class, () -> reader.read(save(pdf)));
    assertEquals(ErrorCode.EMPTY, e.code());
    assertTrue(e.getMessage().contains("2 pages but no extractable text"), e.getMessage());
  }

  @Test
  void garbageIsMalformed() {
    for (byte[] bytes : new byte[][] {{0x13, 0x37, (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef},
        "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)}) {
      ArticleException e = assertThrows(ArticleException.class, () -> reader.read(bytes));
      assertEquals(ErrorCode.MALFORMED, e.code());
      assertTrue(e.getMessage().startsWith("not a readable PDF"), e.getMessage());
    }
  }

  @Test
  void truncatedPdfIsMalformedOrReadsWhatIsThere() throws Exception {
    byte[] whole = twoPageArticle();
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
    try {
      Document doc = reader.read(half);
      assertFalse(doc.paragraphs().isEmpty());
    } catch (ArticleException e) {
      assertTrue(e.code() == ErrorCode.MALFORMED || e.code() == ErrorCode.EMPTY, e.getMessage());
    }
  }

  @Test
  void passwordProtectedPdfIsMalformed() throws Exception {
    PDDocument pdf = new PDDocument();
    page(pdf, "Secret", "1", "Hidden text.");
    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    pdf.protect(policy);
    byte[] bytes = save(pdf);
    ArticleException e = assertThrows(ArticleException.class, () -> reader.read(bytes));
    assertEquals(ErrorCode.MALFORMED, e.code());
    assertTrue(e.getMessage().contains("password"), e.getMessage());
  }

  @Test
  void indentedFirstLineStartsAParagraph() throws Exception {
    PDDocument pdf = new PDDocument();
    page(pdf, "Kabar", "1", "The first paragraph has a line that runs the full width of the page and",
        "ends here.", "  The second paragraph starts indented, with no blank line before it, and",
        "goes on to a second line.");
    assertEquals(List.of("Kabar", "The first paragraph has a line that runs the full width of the page and ends here.",
        "The second paragraph starts indented, with no blank line before it, and goes on to a second line."),
        reader.read(save(pdf)).paragraphs());
  }

  @Test
  void pageNumberForms() throws Exception {
    PDDocument pdf = new PDDocument();
    page(pdf, "Preface", "iv", "Roman numbered front matter.");
    page(pdf, "- 5 -", "Halaman 5 dari 9", "Body of page five.");
    page(pdf, "Page 6", "VI", "Body of page six.");
    assertEquals(List.of("Preface", "Roman numbered front matter.", "Body of page five.", "Body of page six."),
        reader.read(save(pdf)).paragraphs());
  }

  /**
   * A page set in two columns under a headline that spans both, with a page number at the bottom;
   * {@code null} leaves a blank line (a paragraph break) in a column.
   */
  private static void twoColumnPage(PDDocument pdf, String headline, String[] left, String[] right, String footer)
      throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    pdf.addPage(page);
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
      text(out, new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16, 72, 790, headline);
      for (int column = 0; column < 2; column++) {
        String[] lines = column == 0 ? left : right;
        float y = 750;
        for (String line : lines) {
          if (line != null) {
            text(out, font, 10, column == 0 ? 72 : 312, y, line);
          }
          y -= LEADING;
        }
      }
      text(out, font, 9, 296, 40, footer);
    }
  }

  @Test
  void twoColumnsAreReadColumnByColumn() throws Exception {
    PDDocument pdf = new PDDocument();
    twoColumnPage(pdf, "Harbor bridge reopens after two years of repairs",
        new String[] {"The harbor bridge reopened on Monday", "after two years of repairs, the city", "said in a short statement.", null,
            "Officials promised more information", "about tolls and the new bus lanes"},
        new String[] {"next week, when the council meets.", null, "Traffic was light in the morning and", "heavy by the evening rush, when",
            "queues reached the old market."},
        "1");
    Document doc = reader.read(save(pdf));
    assertEquals(List.of("Harbor bridge reopens after two years of repairs",
        "The harbor bridge reopened on Monday after two years of repairs, the city said in a short statement.",
        "Officials promised more information about tolls and the new bus lanes next week, when the council meets.",
        "Traffic was light in the morning and heavy by the evening rush, when queues reached the old market."),
        doc.paragraphs());
  }

  @Test
  void aSingleColumnWithShortLinesIsNotSplit() throws Exception {
    PDDocument pdf = new PDDocument();
    page(pdf, "Kabar Daily", "1", "Short lines of verse", "stay in order:", null, "Roses are red,", "violets are blue,",
        "a line that runs much further to the right than the others do", "and a short one.", null,
        "The end of the poem, on a line of its own that is long.");
    Document doc = reader.read(save(pdf));
    assertEquals(List.of("Kabar Daily", "Short lines of verse stay in order:", "Roses are red, violets are blue, a line that runs much "
        + "further to the right than the others do and a short one.",
        "The end of the poem, on a line of its own that is long."), doc.paragraphs());
  }
}
