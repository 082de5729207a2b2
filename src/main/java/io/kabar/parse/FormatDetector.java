package io.kabar.parse;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to read an input from its first bytes, its name and its declared content type.
 *
 * <p>Order, content first, because names lie:
 * <ol>
 *   <li>magic numbers: {@code %PDF-} at the start is {@link Format#PDF}, and so is one later in the
 *       first {@value #PDF_HEADER_WINDOW} bytes unless the name has a text extension (a text that
 *       merely mentions {@code %PDF-} stays text);
 *       a ZIP archive holding {@code word/document.xml} is {@link Format#DOCX}; any other ZIP, gzip,
 *       bzip2, xz, 7z, RAR, OLE (DOC/XLS), PNG, JPEG, GIF, WebP, TIFF, ELF or Mach-O content is
 *       rejected as UNSUPPORTED_FORMAT naming the detected kind, whatever the file is called;</li>
 *   <li>a file named {@code .pdf} or {@code .docx} whose bytes are neither is MALFORMED (a broken
 *       upload, not a text to guess at);</li>
 *   <li>other known binary extensions (images, archives, Office formats Kabar does not read) are
 *       UNSUPPORTED_FORMAT;</li>
 *   <li>binary content (NUL bytes without a UTF-16 byte-order mark, or many control characters) is
 *       UNSUPPORTED_FORMAT;</li>
 *   <li>the text extensions ({@code .txt .text .md .markdown .html .htm .xhtml .json});</li>
 *   <li>sniffing: a leading {@code <!doctype html>}/{@code <html>} or many tags is HTML, a leading
 *       {@code {} is JSON, a leading {@code # } heading is Markdown, anything else plain text;
 *       the declared content type (an S3 object's {@code Content-Type}) is a hint that decides only
 *       where it does not contradict the bytes: {@code text/html} makes HTML of text with at least
 *       one tag that does not sniff as JSON or Markdown (a fragment such as
 *       {@code <p>…</p><p>…</p>}), {@code text/markdown} makes Markdown of text that does not sniff as
 *       HTML or JSON, {@code application/json} makes JSON of text opening with {@code {} or
 *       {@code [}. Any other type ({@code text/plain}, {@code application/octet-stream},
 *       {@code image/png} on text bytes…) says nothing the bytes do not say better, so sniffing
 *       decides.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class FormatDetector {
  /** How far into the input a {@code %PDF-} header may start (PDF readers tolerate leading junk). */
  public static final int PDF_HEADER_WINDOW = 1024;
  /** How many leading bytes the text sniffers and the binary check look at. */
  public static final int SNIFF_BYTES = 8192;
  /** Share of C0 control bytes (other than tab, newline, form feed, carriage return, escape) above which content is binary. */
  public static final double MAX_CONTROL_SHARE = 0.05;

  private static final String READABLE = "Kabar reads plain text, Markdown, HTML, JSON, PDF and DOCX";
  private static final Map<String, Format> TEXT_EXTENSIONS = Map.of(
      "txt", Format.TXT, "text", Format.TXT, "md", Format.MARKDOWN, "markdown", Format.MARKDOWN,
      "html", Format.HTML, "htm", Format.HTML, "xhtml", Format.HTML, "json", Format.JSON);
  private static final Set<String> UNSUPPORTED_EXTENSIONS = Set.of(
      "doc", "odt", "rtf", "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff",
      "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "exe", "bin", "mp3", "mp4", "xlsx", "xls", "pptx", "ppt");
  private static final byte[] WORD_DOCUMENT = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>]{0,500})?/?>");
  private static final Pattern MARKDOWN_START = Pattern.compile("\\A\\s*(?:#{1,6} \\S|[^\\n]{1,200}\\n(?:=+|-+)[ \\t]*\\n)");

  /**
   * The format to read the input as.
   *
   * @param name        file name or object key (may be null or have no extension)
   * @param contentType the declared MIME type, if any
   * @param bytes       the content
   * @throws ArticleException UNSUPPORTED_FORMAT naming the detected binary kind or extension;
   *     MALFORMED for a {@code .pdf}/{@code .docx} whose content is not one
   */
  public Format detect(String name, Optional<String> contentType, byte[] bytes) throws ArticleException {
    String ext = extension(name);
    String named = ext.isEmpty() ? "" : " (file named ." + ext + ")";
    int pdf = pdfHeader(bytes);
    if (pdf == 0 || pdf > 0 && !TEXT_EXTENSIONS.containsKey(ext)) {
      return Format.PDF;
    }
    if (isZip(bytes)) {
      if (contains(bytes, WORD_DOCUMENT)) {
        return Format.DOCX;
      }
      if (ext.equals("docx")) {
        throw new ArticleException(ErrorCode.MALFORMED,
            "file named .docx is a ZIP archive without word/document.xml, so not a Word document");
      }
      throw new ArticleException(ErrorCode.UNSUPPORTED_FORMAT,
          "content is a ZIP archive that is not a Word document" + named + "; " + READABLE);
    }
    String magic = binaryMagic(bytes);
    if (magic != null) {
      throw new ArticleException(ErrorCode.UNSUPPORTED_FORMAT, "content is " + magic + named + "; " + READABLE);
    }
    if (ext.equals("pdf")) {
      throw new ArticleException(ErrorCode.MALFORMED,
          "file named .pdf is not a PDF: no %PDF- header in its first " + PDF_HEADER_WINDOW + " bytes");
    }
    if (ext.equals("docx")) {
      throw new ArticleException(ErrorCode.MALFORMED, "file named .docx is not a ZIP archive, so not a Word document");
    }
    if (UNSUPPORTED_EXTENSIONS.contains(ext)) {
      throw new ArticleException(ErrorCode.UNSUPPORTED_FORMAT,
          "file extension ." + ext + " is not supported; " + READABLE);
    }
    String binary = TextDecoder.bom(bytes) == null ? binaryReason(bytes) : null;
    if (binary != null) {
      throw new ArticleException(ErrorCode.UNSUPPORTED_FORMAT,
          "content is binary (" + binary + ")" + (ext.isEmpty() ? "" : " though named ." + ext) + "; " + READABLE);
    }
    Format byExtension = TEXT_EXTENSIONS.get(ext);
    if (byExtension != null) {
      return byExtension;
    }
    return hinted(contentType, bytes, sniff(bytes));
  }

  /** The format the content type hints at, when the bytes do not contradict it; else {@code sniffed}. */
  static Format hinted(Optional<String> contentType, byte[] bytes, Format sniffed) {
    String type = contentType.map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
    int semicolon = type.indexOf(';');
    String mime = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
    if (mime.contains("html") && (sniffed == Format.HTML || sniffed == Format.TXT && hasTag(bytes))) {
      return Format.HTML;
    }
    if (mime.contains("markdown") && (sniffed == Format.MARKDOWN || sniffed == Format.TXT)) {
      return Format.MARKDOWN;
    }
    if (mime.contains("json") && (sniffed == Format.JSON || sniffed == Format.TXT && opensJsonArray(bytes))) {
      return Format.JSON;
    }
    return sniffed;
  }

  /** The first {@link #SNIFF_BYTES} of text, decoded as {@link #sniff} reads them. */
  private static String head(byte[] bytes) {
    Charset bom = TextDecoder.bom(bytes);
    return bom == null
        ? new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
        : TextDecoder.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, SNIFF_BYTES)), false);
  }

  private static boolean hasTag(byte[] bytes) {
    return TAG.matcher(head(bytes)).find();
  }

  private static boolean opensJsonArray(byte[] bytes) {
    String lower = head(bytes).stripLeading();
    if (lower.startsWith("\u00ef\u00bb\u00bf")) {
      lower = lower.substring(3).stripLeading();
    }
    return lower.startsWith("[");
  }

  /** Content sniffing for text inputs without a telling extension or content type. */
  static Format sniff(byte[] bytes) {
    String head = head(bytes);
    String lower = head.stripLeading().toLowerCase(Locale.ROOT);
    if (lower.startsWith("\u00ef\u00bb\u00bf")) {
      lower = lower.substring(3).stripLeading();
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
        && lower.contains("<html")) {
      return Format.HTML;
    }
    if (lower.startsWith("{")) {
      return Format.JSON;
    }
    int tags = 0;
    Matcher m = TAG.matcher(head);
    while (m.find() && tags < 5) {
      tags++;
    }
    if (tags >= 5 && lower.startsWith("<")) {
      return Format.HTML;
    }
    if (MARKDOWN_START.matcher(head).lookingAt()) {
      return Format.MARKDOWN;
    }
    return Format.TXT;
  }

  /** The lower-case extension of {@code name} without the dot, or "" when it has none. */
  static String extension(String name) {
    if (name == null) {
      return "";
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Where {@code %PDF-} starts within the first {@link #PDF_HEADER_WINDOW} bytes, or -1. */
  static int pdfHeader(byte[] b) {
    return indexOf(b, PDF_HEADER, PDF_HEADER_WINDOW);
  }

  /** True for a ZIP local file header or an empty archive's end record. */
  static boolean isZip(byte[] b) {
    return startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06);
  }

  /** The name of the unsupported binary format the bytes start with, or null. */
  static String binaryMagic(byte[] b) {
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip-compressed data";
    }
    if (startsWith(b, 0x42, 0x5A, 0x68)) {
      return "bzip2-compressed data";
    }
    if (startsWith(b, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00)) {
      return "xz-compressed data";
    }
    if (startsWith(b, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)) {
      return "a 7z archive";
    }
    if (startsWith(b, 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07)) {
      return "a RAR archive";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "an OLE document (DOC/XLS/PPT)";
    }
    if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
      return "a PNG image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "a JPEG image";
    }
    if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
      return "a GIF image";
    }
    if (startsWith(b, 0x52, 0x49, 0x46, 0x46) && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return "a WebP image";
    }
    if (startsWith(b, 0x49, 0x49, 0x2A, 0x00) || startsWith(b, 0x4D, 0x4D, 0x00, 0x2A)) {
      return "a TIFF image";
    }
    if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
      return "an ELF executable";
    }
    if (startsWith(b, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "a Mach-O executable or Java class file";
    }
    return null;
  }

  /** Why the first {@link #SNIFF_BYTES} look binary, or null when they look like text. */
  static String binaryReason(byte[] b) {
    int n = Math.min(b.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return "contains NUL bytes";
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F) {
        controls++;
      }
    }
    if (n > 0 && controls > MAX_CONTROL_SHARE * n) {
      return controls + " control bytes in the first " + n + ", more than the " + (int) (MAX_CONTROL_SHARE * 100)
          + "% text allows";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] b, byte[] needle) {
    return indexOf(b, needle, b.length) >= 0;
  }

  private static int indexOf(byte[] b, byte[] needle, int window) {
    int last = Math.min(b.length - needle.length, window - 1);
    outer:
    for (int i = 0; i <= last; i++) {
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
