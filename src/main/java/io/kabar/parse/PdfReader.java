package io.kabar.parse;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF with PDFBox.
 *
 * <ul>
 *   <li>text: {@link PDFTextStripper} page by page, sorted by position (reading order of the
 *       glyphs on the page, not of the content stream);</li>
 *   <li>paragraphs: a new paragraph starts where PDFBox sees one (a vertical gap or an indented
 *       first line) and at blank lines; the lines of a paragraph are joined with a space, and a line
 *       ending in a hyphen after a letter followed by a line starting in lower case is joined without
 *       it ({@code infor-}/{@code mation} → {@code information}); a paragraph running over a page break
 *       (no closing punctuation, next page starts in lower case) is joined too;</li>
 *   <li>running headers and footers: among the first and last {@value #EDGE_LINES} lines of each
 *       page, a line that repeats (digits ignored, so {@code Page 3 of 9} repeats) on more than half
 *       the pages, and at least two, is removed, as is a bare page number ({@code 7},
 *       {@code - 7 -}, {@code Page 7}, {@code 7/9}, {@code Halaman 7 dari 9}, {@code iv});</li>
 *   <li>title, byline, publishedAt: the document information's Title, Author and CreationDate
 *       (ISO-8601); a first paragraph equal to the title is dropped.</li>
 * </ul>
 * Errors: MALFORMED for bytes PDFBox cannot parse and for a PDF that needs a password; TOO_LARGE
 * past {@link #MAX_PAGES}; EMPTY for a PDF without pages or without extractable text (a scan).
 * Thread-safe (state is per call).
 */
public final class PdfReader {
  /** Most pages read from one PDF; a news article is a few pages, a long report a few hundred. */
  public static final int MAX_PAGES = 1000;
  /** How many lines at the top and the bottom of a page may be running headers, footers or page numbers. */
  public static final int EDGE_LINES = 2;

  private static final String PARAGRAPH_MARK = "\u2029";
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?u)[\\s\\-–—|]*(?:(?i:page|p\\.|pg\\.?|halaman|hal\\.?|seite|página|pagina)\\s*)?"
          + "(?:\\d{1,4}|[ivxlc]{1,6}|[IVXLC]{1,6})(?:\\s*(?i:/|of|dari|von|de)\\s*\\d{1,4})?[\\s\\-–—|]*");
  private static final Pattern HYPHEN_END = Pattern.compile("[\\p{L}][-\u00AD]$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'”’»)\\]]$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /**
   * Reads {@code bytes} as a PDF.
   *
   * @throws ArticleException MALFORMED, TOO_LARGE or EMPTY as described above
   */
  public Document read(byte[] bytes) throws ArticleException {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int pages = pdf.getNumberOfPages();
      if (pages == 0) {
        throw new ArticleException(ErrorCode.EMPTY, "PDF has no pages");
      }
      if (pages > MAX_PAGES) {
        throw new ArticleException(ErrorCode.TOO_LARGE, "PDF has " + pages + " pages, more than the " + MAX_PAGES
            + " Kabar reads");
      }
      List<List<Line>> lines = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphStart(PARAGRAPH_MARK);
      stripper.setParagraphEnd("");
      stripper.setPageStart("");
      stripper.setPageEnd("");
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        lines.add(lines(stripper.getText(pdf)));
      }
      removeRunningLines(lines);
      List<String> paragraphs = paragraphs(lines);
      if (paragraphs.isEmpty()) {
        throw new ArticleException(ErrorCode.EMPTY, "PDF has " + pages + (pages == 1 ? " page" : " pages")
            + " but no extractable text (a scanned PDF needs OCR first)");
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      String title = blankToNull(info.getTitle());
      if (title != null && paragraphs.size() > 1 && paragraphs.get(0).equalsIgnoreCase(title)) {
        paragraphs.remove(0);
      }
      return new Document(title, blankToNull(info.getAuthor()), iso(info.getCreationDate()), null, paragraphs);
    } catch (InvalidPasswordException e) {
      throw new ArticleException(ErrorCode.MALFORMED, "PDF is encrypted and needs a password to read", e);
    } catch (IOException e) {
      throw new ArticleException(ErrorCode.MALFORMED, "not a readable PDF: " + e.getMessage(), e);
    }
  }

  /** One line of page text; {@code start} when PDFBox saw a paragraph start or a blank line preceded it. */
  private record Line(String text, boolean start) {}

  private static List<Line> lines(String pageText) {
    List<Line> out = new ArrayList<>();
    boolean start = true;
    for (String raw : TextDecoder.clean(pageText).split("\n")) {
      boolean marked = raw.contains(PARAGRAPH_MARK);
      String text = TextReader.normalize(raw.replace(PARAGRAPH_MARK, " "));
      if (text.isEmpty()) {
        start = true;
        continue;
      }
      out.add(new Line(text, start || marked));
      start = false;
    }
    return out;
  }

  /** Removes running headers/footers and bare page numbers from the edges of each page. */
  static void removeRunningLines(List<List<Line>> pages) {
    Map<String, Integer> pagesWith = new HashMap<>();
    for (List<Line> page : pages) {
      Set<String> seen = new HashSet<>();
      for (int i : edges(page)) {
        seen.add(key(page.get(i).text()));
      }
      seen.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
    }
    for (List<Line> page : pages) {
      Set<Integer> drop = new HashSet<>();
      for (int i : edges(page)) {
        String text = page.get(i).text();
        int count = pagesWith.getOrDefault(key(text), 0);
        if (count >= 2 && count * 2 > pages.size() || PAGE_NUMBER.matcher(text).matches()) {
          drop.add(i);
        }
      }
      List<Line> kept = new ArrayList<>();
      boolean start = false;
      for (int i = 0; i < page.size(); i++) {
        if (drop.contains(i)) {
          start = true;
          continue;
        }
        Line line = page.get(i);
        kept.add(start ? new Line(line.text(), true) : line);
        start = false;
      }
      page.clear();
      page.addAll(kept);
    }
  }

  private static Set<Integer> edges(List<Line> page) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < Math.min(EDGE_LINES, page.size()); i++) {
      out.add(i);
      out.add(page.size() - 1 - i);
    }
    return out;
  }

  private static String key(String line) {
    return DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#");
  }

  private static List<String> paragraphs(List<List<Line>> pages) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (List<Line> page : pages) {
      for (int i = 0; i < page.size(); i++) {
        Line line = page.get(i);
        boolean pageBreakContinues = i == 0 && current.length() > 0 && continues(current, line.text());
        boolean newParagraph = i == 0 ? !pageBreakContinues : line.start();
        if (newParagraph && current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
        append(current, line.text());
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  /** True when a paragraph seems to run on over a page break. */
  private static boolean continues(StringBuilder previous, String next) {
    return !SENTENCE_END.matcher(previous).find() && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
  }

  private static void append(StringBuilder paragraph, String line) {
    if (paragraph.length() == 0) {
      paragraph.append(line);
    } else if (HYPHEN_END.matcher(paragraph).find() && Character.isLowerCase(line.codePointAt(0))) {
      paragraph.setLength(paragraph.length() - 1);
      paragraph.append(line);
    } else {
      paragraph.append(' ').append(line);
    }
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = TextReader.normalize(TextDecoder.clean(s));
    return t.isEmpty() ? null : t;
  }

  private static String iso(Calendar c) {
    return c == null ? null : c.toInstant().toString();
  }
}
