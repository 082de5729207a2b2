package io.kabar.parse;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to read an input from its name, declared content type and first bytes.
 *
 * <p>Order: binary magic numbers (PDF, ZIP/DOCX, gzip, OLE/DOC, PNG, JPEG, GIF) always win, so a
 * {@code .html} file whose bytes are a PNG is rejected; then extensions of formats not read yet; then
 * NUL bytes without a UTF-16 byte-order mark (binary); then the text extensions
 * ({@code .txt .text .md .markdown .html .htm .xhtml}); then the content type; then sniffing
 * (a leading {@code <!doctype html>}/{@code <html>} or many tags: HTML; a leading {@code # } heading:
 * Markdown; otherwise plain text). Stateless and thread-safe.
 */
public final class FormatDetector {
  private static final Map<String, Format> TEXT_EXTENSIONS = Map.of(
      "txt", Format.TXT, "text", Format.TXT, "md", Format.MARKDOWN, "markdown", Format.MARKDOWN,
      "html", Format.HTML, "htm", Format.HTML, "xhtml", Format.HTML);
  private static final Set<String> UNSUPPORTED_EXTENSIONS = Set.of(
      "pdf", "docx", "doc", "odt", "rtf", "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff",
      "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "tar", "exe", "bin", "mp3", "mp4", "xlsx", "xls", "pptx", "ppt");
  private static final int SNIFF_BYTES = 8192;
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>]{0,500})?/?>");
  private static final Pattern MARKDOWN_START = Pattern.compile("\\A\\s*(?:#{1,6} \\S|[^\\n]{1,200}\\n(?:=+|-+)[ \\t]*\\n)");

  /**
   * The format to read the input as.
   *
   * @param name        file name or object key (may be null or have no extension)
   * @param contentType the declared MIME type, if any
   * @param bytes       the content
   * @throws ArticleException UNSUPPORTED_FORMAT naming the detected binary format or extension
   */
  public Format detect(String name, Optional<String> contentType, byte[] bytes) throws ArticleException {
    String magic = binaryMagic(bytes);
    String ext = extension(name);
    if (magic != null) {
      throw new ArticleException(ErrorCode.UNSUPPORTED_FORMAT,
          "content is " + magic + (ext.isEmpty() ? "" : " (file named ." + ext + ")")
              + "; Kabar reads plain text, Markdown and HTML");
    }
    if (UNSUPPORTED_EXTENSIONS.contains(ext)) {
      throw new ArticleException(ErrorCode.UNSUPPORTED_FORMAT,
          "file extension ." + ext + " is not supported yet; Kabar reads plain text, Markdown and HTML");
    }
    if (TextDecoder.bom(bytes) == null && hasNul(bytes)) {
      throw new ArticleException(ErrorCode.UNSUPPORTED_FORMAT,
          "content is binary (contains NUL bytes)" + (ext.isEmpty() ? "" : " though named ." + ext));
    }
    Format byExtension = TEXT_EXTENSIONS.get(ext);
    if (byExtension != null) {
      return byExtension;
    }
    String type = contentType.map(t -> t.toLowerCase(Locale.ROOT)).orElse("");
    if (type.contains("html")) {
      return Format.HTML;
    }
    if (type.contains("markdown")) {
      return Format.MARKDOWN;
    }
    if (type.startsWith("image/") || type.startsWith("video/") || type.startsWith("audio/")
        || type.contains("pdf") || type.contains("zip") || type.contains("officedocument")) {
      throw new ArticleException(ErrorCode.UNSUPPORTED_FORMAT, "content type " + type + " is not supported yet");
    }
    return sniff(bytes);
  }

  /** Content sniffing for inputs without a telling extension or content type. */
  static Format sniff(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    String lower = head.stripLeading().toLowerCase(Locale.ROOT);
    if (lower.startsWith("\u00ef\u00bb\u00bf")) {
      lower = lower.substring(3).stripLeading();
    }
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
        && lower.contains("<html")) {
      return Format.HTML;
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

  /** The name of the binary format the bytes start with, or null. */
  static String binaryMagic(byte[] b) {
    if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
      return "PDF";
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
      return "a ZIP archive (DOCX/ODT/ZIP)";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip-compressed";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "an OLE document (DOC/XLS)";
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

  private static boolean hasNul(byte[] b) {
    int n = Math.min(b.length, SNIFF_BYTES);
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
