package io.kabar.parse;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.awt.geom.Rectangle2D;
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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF with PDFBox.
 *
 * <ul>
 *   <li>text: {@link PDFTextStripper} page by page, sorted by position (reading order of the
 *       glyphs on the page, not of the content stream); a page set in two columns is read column by
 *       column: a vertical gutter (a band at least {@value #MIN_GUTTER_POINTS} pt wide in the middle
 *       three fifths of the text, crossed by at most a tenth of the lines (or two), with at least
 *       {@value #MIN_COLUMN_LINES} lines on each side) splits it, lines crossing the gutter above the
 *       columns (a headline) are read first and those below them (a footer) last, and a paragraph
 *       runs on from the foot of one column to the head of the next as it does over a page break;</li>
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

  /** Narrowest gap between two columns, in points (a word space is about 3 pt, a column gutter 12-30 pt). */
  public static final int MIN_GUTTER_POINTS = 8;
  /** Fewest lines on each side of a gutter for the page to count as two columns. */
  public static final int MIN_COLUMN_LINES = 4;
  /** Share of a page's lines that may cross a gutter (headlines, footers), at most ... */
  static final double MAX_CROSSING_SHARE = 0.1;
  /** ... or this many lines, whichever is more (a headline and a page number on a short page). */
  static final int MAX_CROSSING_LINES = 2;

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
      GlyphStripper stripper = configure(new GlyphStripper());
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.glyphs.clear();
        String text = stripper.getText(pdf);
        Columns columns = Columns.of(stripper.glyphs);
        lines.add(columns == null ? lines(text) : columns.read(pdf.getPage(page - 1)));
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

  private static <T extends PDFTextStripper> T configure(T stripper) {
    stripper.setSortByPosition(true);
    stripper.setLineSeparator("\n");
    stripper.setParagraphStart(PARAGRAPH_MARK);
    stripper.setParagraphEnd("");
    stripper.setPageStart("");
    stripper.setPageEnd("");
    return stripper;
  }

  /**
   * One line of page text; {@code start} when PDFBox saw a paragraph start or a blank line preceded
   * it; {@code block} when it opens a page or a column (where a paragraph may run on from the last one).
   */
  private record Line(String text, boolean start, boolean block) {
    Line asStart() {
      return new Line(text, true, block);
    }
  }

  private static List<Line> lines(String blockText) {
    List<Line> out = new ArrayList<>();
    boolean start = true;
    for (String raw : TextDecoder.clean(blockText).split("\n")) {
      boolean marked = raw.contains(PARAGRAPH_MARK);
      String text = TextReader.normalize(raw.replace(PARAGRAPH_MARK, " "));
      if (text.isEmpty()) {
        start = true;
        continue;
      }
      out.add(new Line(text, start || marked, out.isEmpty()));
      start = false;
    }
    return out;
  }

  /** A glyph's horizontal extent and baseline, in PDFBox's display coordinates (y grows downwards). */
  private record Glyph(float x0, float x1, float y) {}

  /** The ordinary stripper, also recording where each glyph of the page is. */
  private static final class GlyphStripper extends PDFTextStripper {
    final List<Glyph> glyphs = new ArrayList<>();

    @Override
    protected void processTextPosition(TextPosition t) {
      if (!t.getUnicode().isBlank()) {
        glyphs.add(new Glyph(t.getX(), t.getX() + Math.max(0, t.getWidth()), t.getY()));
      }
      super.processTextPosition(t);
    }
  }

  /**
   * A two-column layout of one page: the gutter's middle {@code split}, and the baselines between
   * which the columns lie ({@code top}, {@code bottom}: lines crossing the gutter above are a
   * header, below a footer).
   */
  private record Columns(float split, float top, float bottom) {
    /**
     * The two-column layout of a page with these glyphs, or null when it is not set in two columns.
     * The gutter is the longest band of the middle three fifths that the fewest lines cross,
     * counting all lines but the first and last {@value #EDGE_LINES} (where headlines, running
     * headers and page numbers sit); at most {@link #MAX_CROSSING_SHARE} of the lines (or
     * {@link #MAX_CROSSING_LINES}) may cross it. A line then crosses only where less than
     * {@value #MIN_GUTTER_POINTS} pt of space separates its glyphs on either side of the gutter's
     * middle, so a column line that reaches into the gutter still counts as a column line.
     */
    /** The widest text extent, in points, that column detection looks at (A0 is 2,384 pt wide). */
    static final float MAX_PAGE_POINTS = 5000f;

    static Columns of(List<Glyph> glyphs) {
      if (glyphs.size() < 2 * MIN_COLUMN_LINES) {
        return null;
      }
      Map<Integer, List<Glyph>> byLine = new java.util.TreeMap<>();
      float left = Float.MAX_VALUE;
      float right = -Float.MAX_VALUE;
      for (Glyph g : glyphs) {
        byLine.computeIfAbsent(Math.round(g.y()), k -> new ArrayList<>()).add(g);
        left = Math.min(left, g.x0());
        right = Math.max(right, g.x1());
      }
      int width = (int) Math.ceil(right - left);
      int rows = byLine.size();
      // Glyph positions are not bounded by the page: a crafted glyph far off the page must not size the
      // arrays below (a real page is at most a few thousand points wide).
      if (!(right - left <= MAX_PAGE_POINTS) || width < 4 * MIN_GUTTER_POINTS || rows < MIN_COLUMN_LINES + 2 * EDGE_LINES) {
        return null;
      }
      int[] coverage = new int[width + 1];
      int row = 0;
      for (List<Glyph> line : byLine.values()) {
        if (row++ < EDGE_LINES || row > rows - EDGE_LINES) {
          continue;
        }
        boolean[] covered = new boolean[width + 1];
        for (Glyph g : line) {
          int to = Math.min(width, (int) Math.ceil(g.x1() - left));
          for (int x = Math.max(0, (int) Math.floor(g.x0() - left)); x <= to; x++) {
            covered[x] = true;
          }
        }
        for (int x = 0; x <= width; x++) {
          coverage[x] += covered[x] ? 1 : 0;
        }
      }
      int least = Integer.MAX_VALUE;
      for (int x = width / 5; x <= width * 4 / 5; x++) {
        least = Math.min(least, coverage[x]);
      }
      if (least > Math.max(MAX_CROSSING_LINES, (int) (MAX_CROSSING_SHARE * rows))) {
        return null;
      }
      int bestStart = -1;
      int bestLength = 0;
      for (int x = width / 5, run = 0; x <= width * 4 / 5; x++) {
        run = coverage[x] <= least ? run + 1 : 0;
        if (run > bestLength) {
          bestLength = run;
          bestStart = x - run + 1;
        }
      }
      if (bestLength < MIN_GUTTER_POINTS) {
        return null;
      }
      float split = left + bestStart + (bestLength - 1) / 2f;
      float top = Float.MAX_VALUE;
      float bottom = -Float.MAX_VALUE;
      int leftLines = 0;
      int rightLines = 0;
      for (Map.Entry<Integer, List<Glyph>> line : byLine.entrySet()) {
        float leftEnd = -Float.MAX_VALUE;
        float rightStart = Float.MAX_VALUE;
        boolean straddles = false;
        for (Glyph g : line.getValue()) {
          straddles |= g.x0() < split && g.x1() > split;
          if (g.x1() <= split) {
            leftEnd = Math.max(leftEnd, g.x1());
          } else if (g.x0() >= split) {
            rightStart = Math.min(rightStart, g.x0());
          }
        }
        if (straddles || rightStart - leftEnd < MIN_GUTTER_POINTS) {
          continue; // crosses the gutter: a headline or footer line, read whole
        }
        top = Math.min(top, line.getKey());
        bottom = Math.max(bottom, line.getKey());
        leftLines += leftEnd > -Float.MAX_VALUE ? 1 : 0;
        rightLines += rightStart < Float.MAX_VALUE ? 1 : 0;
      }
      if (leftLines < MIN_COLUMN_LINES || rightLines < MIN_COLUMN_LINES) {
        return null;
      }
      return new Columns(split, top, bottom);
    }

    /** The page's lines: the header, the left column, the right column, the footer. */
    List<Line> read(PDPage page) throws IOException {
      PDFTextStripperByArea area = configure(new PDFTextStripperByArea());
      float far = 1e6f;
      // Regions hold glyphs by baseline point; bounds sit half a point outside the columns' baselines.
      float headerEnd = top - 0.5f;
      float footerStart = bottom + 0.5f;
      area.addRegion("header", new Rectangle2D.Float(-far, -far, 2 * far, far + headerEnd));
      area.addRegion("left", new Rectangle2D.Float(-far, headerEnd, far + split, footerStart - headerEnd));
      area.addRegion("right", new Rectangle2D.Float(split, headerEnd, far, footerStart - headerEnd));
      area.addRegion("footer", new Rectangle2D.Float(-far, footerStart, 2 * far, far));
      area.extractRegions(page);
      List<Line> out = new ArrayList<>();
      for (String region : List.of("header", "left", "right", "footer")) {
        out.addAll(lines(area.getTextForRegion(region)));
      }
      return out;
    }
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
        kept.add(start ? line.asStart() : line);
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
        boolean block = i == 0 || line.block();
        boolean runsOn = block && current.length() > 0 && continues(current, line.text());
        boolean newParagraph = block ? !runsOn : line.start();
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

  /** True when a paragraph seems to run on over a page or column break. */
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
