package io.kabar.parse;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Word document (.docx, Office Open XML) as the ZIP of XML it is, with no Office library.
 *
 * <p>The ZIP's central directory is read first, so every limit below is checked on the declared
 * sizes before anything is inflated; then only {@code word/document.xml},
 * {@code docProps/core.xml} and {@code word/styles.xml} are inflated, each with a hard cap on
 * the bytes actually produced, so an archive that lies about its sizes is stopped too. A zip
 * bomb costs at most {@link #MAX_PART_BYTES} of inflation, usually none.
 *
 * <ul>
 *   <li>paragraphs: each {@code w:p} with its {@code w:t} text ({@code w:tab}, {@code w:br} become
 *       spaces; deleted text, field codes and {@code mc:Fallback} copies are skipped); table cells
 *       and text boxes give their own paragraphs;</li>
 *   <li>title: the first paragraph styled Title (by style id or by the style's name in
 *       {@code styles.xml}), else {@code dc:title} of {@code core.xml}; headings (styles
 *       "heading 1" to "heading 9") stay, each its own paragraph;</li>
 *   <li>byline: {@code dc:creator}; publishedAt: {@code dcterms:created} as given.</li>
 * </ul>
 * XML is read with the JDK's StAX parser with DTDs and external entities disabled. Errors: MALFORMED for content
 * that is not a ZIP, a ZIP without {@code word/document.xml}, encrypted or unsupported entries,
 * entries inflating past their declared size, and broken XML; TOO_LARGE past the limits.
 * Thread-safe.
 */
public final class DocxReader {
  /** Most entries a .docx may have; real ones have tens, a few hundred with many images. */
  public static final int MAX_ENTRIES = 2_000;
  /** Most uncompressed bytes all entries may declare together. */
  public static final long MAX_TOTAL_UNCOMPRESSED_BYTES = 100L * 1024 * 1024;
  /** Most uncompressed bytes of one XML part that is read (document, core properties, styles). */
  public static final int MAX_PART_BYTES = 64 * 1024 * 1024;
  /** Highest uncompressed/compressed ratio of an entry larger than {@link #RATIO_FLOOR_BYTES}; XML compresses 5–30×. */
  public static final int MAX_COMPRESSION_RATIO = 100;
  /** Entries smaller than this (uncompressed) are not held to {@link #MAX_COMPRESSION_RATIO}. */
  public static final int RATIO_FLOOR_BYTES = 1024 * 1024;

  private static final String DOCUMENT = "word/document.xml";
  private static final String CORE = "docProps/core.xml";
  private static final String STYLES = "word/styles.xml";
  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int LOCAL_SIGNATURE = 0x04034b50;

  /** Reads {@code bytes} as a .docx. */
  public Document read(byte[] bytes) throws ArticleException {
    Map<String, Entry> entries = centralDirectory(bytes);
    Entry document = entries.get(DOCUMENT);
    if (document == null) {
      throw new ArticleException(ErrorCode.MALFORMED, "ZIP archive has no " + DOCUMENT + ", so it is not a Word document");
    }
    Map<String, String> styleNames = Map.of();
    Map<String, String> core = Map.of();
    // optional parts: a broken one costs its metadata, not the article
    try {
      styleNames = entries.containsKey(STYLES) ? styleNames(inflate(bytes, entries.get(STYLES))) : Map.of();
    } catch (ArticleException e) {
      styleNames = Map.of();
    }
    try {
      core = entries.containsKey(CORE) ? coreProperties(inflate(bytes, entries.get(CORE))) : Map.of();
    } catch (ArticleException e) {
      core = Map.of();
    }
    List<String> paragraphs = new ArrayList<>();
    String title = body(inflate(bytes, document), styleNames, paragraphs);
    if (title == null) {
      title = blankToNull(core.get("title"));
      if (title != null && paragraphs.size() > 1 && paragraphs.get(0).equalsIgnoreCase(title)) {
        paragraphs.remove(0);
      }
    }
    return new Document(title, blankToNull(core.get("creator")), blankToNull(core.get("created")), null, paragraphs);
  }

  /** One central-directory record. */
  private record Entry(String name, int method, int flags, long compressedSize, long size, long localOffset) {}

  /** The entries by name, after checking the archive-wide limits on their declared sizes. */
  static Map<String, Entry> centralDirectory(byte[] b) throws ArticleException {
    int eocd = -1;
    for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
      if (u32(b, i) == EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw new ArticleException(ErrorCode.MALFORMED,
          "not a complete ZIP archive (no end-of-central-directory record; truncated upload?)");
    }
    int count = u16(b, eocd + 10);
    long offset = u32(b, eocd + 16);
    if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
      throw new ArticleException(ErrorCode.TOO_LARGE, "ZIP64 archive; a .docx Kabar reads has at most "
          + MAX_ENTRIES + " entries and " + MAX_TOTAL_UNCOMPRESSED_BYTES + " uncompressed bytes");
    }
    if (count > MAX_ENTRIES) {
      throw new ArticleException(ErrorCode.TOO_LARGE, "ZIP archive has " + count + " entries, more than the "
          + MAX_ENTRIES + " allowed");
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    long total = 0;
    long p = offset;
    for (int n = 0; n < count; n++) {
      if (p + 46 > b.length || u32(b, (int) p) != CENTRAL_SIGNATURE) {
        throw new ArticleException(ErrorCode.MALFORMED, "ZIP central directory is broken at entry " + (n + 1)
            + " of " + count);
      }
      int i = (int) p;
      int nameLength = u16(b, i + 28);
      int extraLength = u16(b, i + 30);
      int commentLength = u16(b, i + 32);
      if (i + 46L + nameLength > b.length) {
        throw new ArticleException(ErrorCode.MALFORMED, "ZIP central directory is truncated at entry " + (n + 1));
      }
      String name = new String(b, i + 46, nameLength, java.nio.charset.StandardCharsets.UTF_8);
      Entry e = new Entry(name, u16(b, i + 10), u16(b, i + 8), u32(b, i + 20), u32(b, i + 24), u32(b, i + 42));
      if (e.size() == 0xFFFFFFFFL || e.compressedSize() == 0xFFFFFFFFL) {
        throw new ArticleException(ErrorCode.TOO_LARGE, "ZIP entry " + name + " uses ZIP64 sizes (4 GB or more)");
      }
      total += e.size();
      if (total > MAX_TOTAL_UNCOMPRESSED_BYTES) {
        throw new ArticleException(ErrorCode.TOO_LARGE, "ZIP entries declare " + total
            + " uncompressed bytes by entry " + name + ", more than the " + MAX_TOTAL_UNCOMPRESSED_BYTES + " allowed");
      }
      checkRatio(name, e.size(), e.compressedSize());
      entries.put(name, e);
      p += 46L + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  private static void checkRatio(String name, long size, long compressed) throws ArticleException {
    if (size > RATIO_FLOOR_BYTES && size > (long) MAX_COMPRESSION_RATIO * Math.max(1, compressed)) {
      throw new ArticleException(ErrorCode.TOO_LARGE, "ZIP entry " + name + " inflates " + compressed + " bytes to "
          + size + " (ratio " + size / Math.max(1, compressed) + ":1, more than the " + MAX_COMPRESSION_RATIO
          + ":1 allowed); a zip bomb?");
    }
  }

  /** The uncompressed bytes of one entry, never more than its declared size or {@link #MAX_PART_BYTES}. */
  static byte[] inflate(byte[] b, Entry e) throws ArticleException {
    if ((e.flags() & 1) != 0) {
      throw new ArticleException(ErrorCode.MALFORMED, "ZIP entry " + e.name() + " is encrypted");
    }
    if (e.size() > MAX_PART_BYTES) {
      throw new ArticleException(ErrorCode.TOO_LARGE, e.name() + " declares " + e.size()
          + " uncompressed bytes, more than the " + MAX_PART_BYTES + " allowed");
    }
    long local = e.localOffset();
    if (local + 30 > b.length || u32(b, (int) local) != LOCAL_SIGNATURE) {
      throw new ArticleException(ErrorCode.MALFORMED, "ZIP local header of " + e.name() + " is missing");
    }
    long start = local + 30 + u16(b, (int) local + 26) + u16(b, (int) local + 28);
    if (start + e.compressedSize() > b.length) {
      throw new ArticleException(ErrorCode.MALFORMED, "ZIP entry " + e.name() + " is truncated: "
          + e.compressedSize() + " bytes declared, " + Math.max(0, b.length - start) + " present");
    }
    int from = (int) start;
    int length = (int) e.compressedSize();
    if (e.method() == 0) {
      if (e.size() != length) {
        throw new ArticleException(ErrorCode.MALFORMED, "stored ZIP entry " + e.name() + " has inconsistent sizes");
      }
      return java.util.Arrays.copyOfRange(b, from, from + length);
    }
    if (e.method() != 8) {
      throw new ArticleException(ErrorCode.MALFORMED, "ZIP entry " + e.name() + " uses compression method "
          + e.method() + "; only stored (0) and deflate (8) are read");
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(b, from, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(e.size(), 1 << 20) + 16);
      byte[] buffer = new byte[64 * 1024];
      long produced = 0;
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        produced += n;
        if (produced > e.size()) {
          throw new ArticleException(ErrorCode.MALFORMED, "ZIP entry " + e.name() + " inflates past its declared "
              + e.size() + " bytes; the archive lies about its sizes (a zip bomb?)");
        }
        out.write(buffer, 0, n);
      }
      if (produced != e.size()) {
        throw new ArticleException(ErrorCode.MALFORMED, "ZIP entry " + e.name() + " is truncated: inflates to "
            + produced + " of its declared " + e.size() + " bytes");
      }
      return out.toByteArray();
    } catch (DataFormatException ex) {
      throw new ArticleException(ErrorCode.MALFORMED, "ZIP entry " + e.name() + " is corrupt: " + ex.getMessage(), ex);
    } finally {
      inflater.end();
    }
  }

  private static XMLStreamReader xml(byte[] bytes) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory(); // the JDK's, whatever else is on the classpath
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
  }

  /** Paragraph style id → lower-case style name, from styles.xml. */
  private static Map<String, String> styleNames(byte[] styles) throws ArticleException {
    Map<String, String> names = new HashMap<>();
    try {
      XMLStreamReader r = xml(styles);
      String id = null;
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          String local = r.getLocalName();
          if (local.equals("style")) {
            id = attribute(r, "styleId");
          } else if (local.equals("name") && id != null) {
            String name = attribute(r, "val");
            if (name != null) {
              names.put(id, name.toLowerCase(Locale.ROOT));
            }
            id = null;
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw malformed(STYLES, e);
    }
    return names;
  }

  /** dc:title, dc:creator and dcterms:created (by local name) from core.xml. */
  private static Map<String, String> coreProperties(byte[] core) throws ArticleException {
    Map<String, String> out = new HashMap<>();
    try {
      XMLStreamReader r = xml(core);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          String local = r.getLocalName();
          if (local.equals("title") || local.equals("creator") || local.equals("created")) {
            out.putIfAbsent(local, r.getElementText());
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw malformed(CORE, e);
    }
    return out;
  }

  /** Collects the body paragraphs into {@code paragraphs}; returns the Title-styled text, or null. */
  private static String body(byte[] document, Map<String, String> styleNames, List<String> paragraphs)
      throws ArticleException {
    String title = null;
    List<StringBuilder> open = new ArrayList<>();
    List<String> styles = new ArrayList<>();
    int runDepth = 0;
    int fallbackDepth = 0;
    boolean inText = false;
    try {
      XMLStreamReader r = xml(document);
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Fallback")) {
          fallbackDepth++;
        } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Fallback")) {
          fallbackDepth--;
        }
        if (fallbackDepth > 0) {
          continue; // mc:Fallback repeats the mc:Choice content (text boxes) for older readers
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = r.getLocalName();
          StringBuilder current = open.isEmpty() ? null : open.get(open.size() - 1);
          switch (local) {
            case "p":
              open.add(new StringBuilder());
              styles.add(null);
              break;
            case "pStyle":
              if (!styles.isEmpty()) {
                styles.set(styles.size() - 1, attribute(r, "val"));
              }
              break;
            case "r":
              runDepth++;
              break;
            case "t":
              inText = current != null;
              break;
            case "tab":
            case "br":
            case "cr":
              if (runDepth > 0 && current != null) {
                current.append(' ');
              }
              break;
            case "noBreakHyphen":
              if (current != null) {
                current.append('-');
              }
              break;
            default:
              break;
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          if (inText && !open.isEmpty()) {
            open.get(open.size() - 1).append(r.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (r.getLocalName()) {
            case "t":
              inText = false;
              break;
            case "r":
              runDepth = Math.max(0, runDepth - 1);
              break;
            case "p":
              if (!open.isEmpty()) {
                String text = TextReader.normalize(TextDecoder.clean(open.remove(open.size() - 1).toString()));
                String style = styleName(styles.remove(styles.size() - 1), styleNames);
                if (!text.isEmpty()) {
                  if (title == null && style.equals("title")) {
                    title = text;
                  } else {
                    paragraphs.add(text);
                  }
                }
              }
              break;
            default:
              break;
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw malformed(DOCUMENT, e);
    }
    return title;
  }

  /** "title", "heading N" or another lower-case style name ("" when unstyled). */
  private static String styleName(String id, Map<String, String> styleNames) {
    if (id == null) {
      return "";
    }
    String name = styleNames.getOrDefault(id, id).toLowerCase(Locale.ROOT);
    if (name.equals("title") || id.equalsIgnoreCase("title")) {
      return "title";
    }
    return name;
  }

  private static String attribute(XMLStreamReader r, String localName) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(localName)) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  private static ArticleException malformed(String part, Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage().replace('\n', ' ');
    return new ArticleException(ErrorCode.MALFORMED, part + " is not well-formed XML: "
        + (message.length() > 200 ? message.substring(0, 200) + "…" : message), e);
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = TextReader.normalize(TextDecoder.clean(s));
    return t.isEmpty() ? null : t;
  }

  private static int u16(byte[] b, int i) {
    if (i < 0 || i + 2 > b.length) {
      return -1;
    }
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    if (i < 0 || i + 4 > b.length) {
      return -1;
    }
    return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
  }
}
