package io.kabar.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.analysis.ErrorCode;
import io.kabar.analysis.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Hostile inputs of issue 7, generated (nothing binary is committed): every kind of file a content
 * team might upload by mistake or an attacker on purpose. Each {@link Item} names what it is, its
 * file name and the outcomes that are acceptable for it: an analysis ({@code ok}) or one of the
 * documented {@link ErrorCode}s. Used in-process ({@code HostileCorpusTest}) and through the CLI jar
 * as a process ({@code HostileCorpusIT}); the bytes are the same in both (fixed seeds).
 */
public final class HostileCorpus {
  /** Strings that must never appear in any text field of an analysis (markup and script). */
  public static final List<String> FORBIDDEN = List.of("<script", "</script", "onerror=", "onload=", "javascript:",
      "<iframe", "<img", "<svg", "<a ", "<p>", "<div", "vbscript:", "<style", "<!--");

  /**
   * The items whose full NLP takes tens of seconds on a shared 2-core machine (large amounts of real
   * words): the in-process test leaves them to {@code HostileCorpusIT} unless asked for by name.
   */
  public static final Set<String> HEAVY = Set.of("one-line-8mb.txt", "paragraphs-100k.txt", "table.md");

  /**
   * One hostile file.
   *
   * @param kind     what it is, for the report
   * @param name     its file name (the extension may lie, or be missing)
   * @param ok       whether an analysis is an acceptable outcome
   * @param codes    the error codes that are acceptable outcomes
   * @param contains a string the analysis text must contain when it succeeds (null: no check)
   */
  public record Item(String kind, String name, Supplier<byte[]> bytes, boolean ok, Set<ErrorCode> codes,
      String contains) {
    @Override
    public String toString() {
      return name;
    }
  }

  private HostileCorpus() {}

  private static final String ID_SENTENCE =
      "Presiden Joko Santoso mengatakan bahwa pemerintah akan membangun 12 bendungan di Jawa Tengah tahun ini. ";
  private static final String EN_SENTENCE =
      "The mayor of Springfield, Maria Lopez, said on Tuesday that the city would spend $4 million on new roads. ";

  /** The whole corpus, in a fixed order. */
  public static List<Item> items() {
    List<Item> items = new ArrayList<>();
    items.add(err("empty file", "empty.txt", () -> new byte[0], ErrorCode.EMPTY));
    items.add(err("whitespace only (spaces, tabs, CR/LF, NBSP, ideographic space)", "whitespace.txt",
        () -> " \t\r\n\u00a0\u3000\u2003\n\n   \t".repeat(1000).getBytes(StandardCharsets.UTF_8), ErrorCode.EMPTY));
    items.add(err("random binary", "random.dat", () -> random(1, 64 * 1024), ErrorCode.UNSUPPORTED_FORMAT));
    items.add(err("random binary named .txt", "random.txt", () -> random(2, 64 * 1024), ErrorCode.UNSUPPORTED_FORMAT));
    items.add(err("a PNG named .html", "image.html", HostileCorpus::png, ErrorCode.UNSUPPORTED_FORMAT));
    items.add(new Item("invalid UTF-8 (stray continuation bytes, overlongs, surrogates)", "invalid-utf8.txt",
        HostileCorpus::invalidUtf8, true, EnumSet.of(ErrorCode.BAD_ENCODING), "Jakarta"));
    items.add(ok("UTF-16LE with BOM", "utf16.txt", () -> withBom(ID_SENTENCE.repeat(5), StandardCharsets.UTF_16LE,
        new byte[] {(byte) 0xFF, (byte) 0xFE}), "bendungan"));
    items.add(ok("UTF-16BE with BOM", "utf16be.html", () -> withBom("<html><body><article><p>" + ID_SENTENCE.repeat(5)
        + "</p></article></body></html>", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}), "bendungan"));
    items.add(ok("windows-1252 (curly quotes, é, €)", "cp1252.txt", () -> ("The caf\u00e9 owner, Ren\u00e9e Dubois, said "
        + "\u201cprices rose 5 \u20ac a week\u201d in Paris on Monday. " + EN_SENTENCE).repeat(3)
        .getBytes(Charset.forName("windows-1252")), "caf\u00e9"));
    items.add(err("NUL bytes in text", "nul.txt", () -> (ID_SENTENCE + "\0\0\0" + ID_SENTENCE).getBytes(StandardCharsets.UTF_8),
        ErrorCode.UNSUPPORTED_FORMAT));
    items.add(ok("sparse C0/C1 control characters and ANSI escapes in text", "controls.txt",
        () -> (ID_SENTENCE + "\u0007\u0008\u001b[31m" + ID_SENTENCE + "\u0085\u009b" + ID_SENTENCE + "\u000b\u000c" + ID_SENTENCE)
            .getBytes(StandardCharsets.UTF_8), "bendungan"));
    items.add(ok("8 MB single line", "one-line-8mb.txt", () -> line(8 * 1024 * 1024), "Santoso"));
    items.add(new Item("2 MB single word", "one-word-2mb.txt",
        () -> ("A" + "b".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8), true, EnumSet.noneOf(ErrorCode.class), null));
    items.add(ok("100,000 paragraphs", "paragraphs-100k.txt", () -> {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < 100_000; i++) {
        s.append("Paragraf ").append(i).append(" dari Kim Jong Un di Jakarta.\n\n");
      }
      return utf8(s);
    }, "Kim Jong Un"));
    items.add(ok("200,000 nested <div>s", "nested-divs.html",
        () -> utf8("<html><body>" + "<div>".repeat(200_000) + "<p>" + ID_SENTENCE + "</p>" + "</div>".repeat(200_000)
            + "<p>" + EN_SENTENCE + "</p></body></html>"), null));
    items.add(err("script-only HTML", "script-only.html", () -> utf8("<!doctype html><html><head><script>"
        + "var a = 'Presiden mengatakan';".repeat(1000) + "</script></head><body><script>alert(document.cookie)</script>"
        + "<noscript></noscript></body></html>"), ErrorCode.EMPTY));
    items.add(ok("entity flood (named, numeric, broken)", "entities.html", () -> {
      StringBuilder s = new StringBuilder("<html><body><article><p>" + ID_SENTENCE + "</p><p>");
      for (int i = 0; i < 200_000; i++) {
        s.append(i % 4 == 0 ? "&amp;" : i % 4 == 1 ? "&#x41;" : i % 4 == 2 ? "&nbsp" : "&#99999999;");
      }
      s.append("</p><p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p><p>")
          .append(EN_SENTENCE).append("</p></article></body></html>");
      return utf8(s);
    }, "bendungan"));
    items.add(ok("attribute flood (100,000 attributes on one tag)", "attributes.html", () -> {
      StringBuilder s = new StringBuilder("<html><body><p");
      for (int i = 0; i < 100_000; i++) {
        s.append(" a").append(i).append("=\"x").append(i).append('"');
      }
      s.append(" onclick=\"alert(1)\">").append(ID_SENTENCE.repeat(3)).append("</p></body></html>");
      return utf8(s);
    }, "bendungan"));
    items.add(ok("50,000 unclosed tags", "unclosed.html", () -> {
      StringBuilder s = new StringBuilder("<html><body><article>");
      for (int i = 0; i < 50_000; i++) {
        s.append(i % 3 == 0 ? "<p>" : i % 3 == 1 ? "<b><i>" : "<span class=\"x\">").append(i % 100 == 0 ? ID_SENTENCE : "");
      }
      return utf8(s.append("<p>").append(EN_SENTENCE).append("<div <p <a href="));
    }, "Springfield"));
    items.add(ok("script, onerror and javascript: injection in HTML", "injection.html", () -> utf8(INJECTION_HTML), "bendungan"));
    items.add(ok("script, onerror and javascript: injection in plain text", "injection.txt", () -> utf8(
        ID_SENTENCE + "<script>alert('x')</script>\n\n" + EN_SENTENCE + "<img src=x onerror=alert(1)> "
            + "<a href=\"javascript:alert(1)\">klik</a> <svg onload=alert(1)>\n\n"
            + "<iframe src=\"https://evil.example\"></iframe>" + ID_SENTENCE + "<IMG SRC=JaVaScRiPt:alert(1)>\n\n"
            + "Lihat JAVASCRIPT:alert(2) dan <scr<script>ipt>alert(3)</script> " + EN_SENTENCE), "bendungan"));
    items.add(ok("script, raw HTML and javascript: links in Markdown", "injection.md", () -> utf8(
        "# Judul <script>alert(1)</script>\n\n" + ID_SENTENCE + "[klik](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n"
            + "<div onmouseover=\"alert(1)\">" + EN_SENTENCE + "</div>\n\n![x](javascript:alert(1))\n\n"
            + "<script>\nalert(document.cookie)\n</script>\n\n" + ID_SENTENCE), "bendungan"));
    items.add(ok("script and onerror injection inside a JSON CMS export", "injection.json", () -> utf8(
        "{\"title\":\"<script>alert(1)</script>Judul\",\"author\":\"<img src=x onerror=alert(1)>Budi\","
            + "\"url\":\"javascript:alert(1)\",\"body\":\"<p>" + ID_SENTENCE + "</p><script>alert(2)</script><p>"
            + EN_SENTENCE + "<a href='javascript:alert(3)'>x</a></p>\"}"), "bendungan"));
    items.add(ok("RTL text (Arabic, Hebrew, bidi overrides)", "rtl.txt", () -> utf8(
        ("\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u0625\u0646 \u0627\u0644\u062d\u0643\u0648\u0645\u0629 "
            + "\u0633\u062a\u0628\u0646\u064a 12 \u0633\u062f\u0627 \u0641\u064a \u062c\u0627\u0648\u0629. "
            + "\u05e8\u05d0\u05e9 \u05d4\u05e2\u05d9\u05e8 \u05d0\u05de\u05e8 \u05db\u05d9 \u05d4\u05e2\u05d9\u05e8 \u05ea\u05d1\u05e0\u05d4. "
            + "\u202e" + "evil.exe" + "\u202c \u2067txt\u2069\n\n").repeat(50)), null));
    items.add(ok("CJK text (Chinese, Japanese, Korean)", "cjk.txt", () -> utf8(
        ("\u56fd\u5bb6\u4e3b\u5e2d\u4e60\u8fd1\u5e73\u5728\u5317\u4eac\u8868\u793a\uff0c\u7ecf\u6d4e\u589e\u957f5%\u3002"
            + "\u6771\u4eac\u90fd\u77e5\u4e8b\u306f\u6c34\u66dc\u65e5\u306b\u8a18\u8005\u4f1a\u898b\u3092\u958b\u3044\u305f\u3002"
            + "\ub300\ud1b5\ub839\uc740 \uc11c\uc6b8\uc5d0\uc11c \ub9d0\ud588\ub2e4.\n\n").repeat(200)), "\u5317\u4eac"));
    items.add(ok("emoji (ZWJ sequences, skin tones, flags, variation selectors)", "emoji.txt", () -> utf8(
        ("\ud83d\ude00\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\ud83d\udc4d\ud83c\udffd\ud83c\uddee\ud83c\udde9\u2764\ufe0f "
            + ID_SENTENCE + "\ud83d\udd25\ud83d\udd25\ud83d\udd25\n\n").repeat(100)), "bendungan"));
    items.add(new Item("punctuation only", "punctuation.txt", () -> utf8("!?.,;:-\u2014\u2026\"'()[]{}\u201c\u201d\u00ab\u00bb*#@&%\n"
        .repeat(5000)), false, EnumSet.of(ErrorCode.EMPTY), null));
    items.add(err("JSON of the wrong shape (array of numbers)", "wrong-shape.json", () -> utf8("[1, 2, 3, {\"a\": [true, null]}]"),
        ErrorCode.MALFORMED));
    items.add(err("JSON of the wrong shape (object without a body)", "no-body.json",
        () -> utf8("{\"id\": 7, \"tags\": [\"a\", \"b\"], \"nested\": {\"x\": {\"y\": 1}}}"), ErrorCode.MALFORMED, ErrorCode.EMPTY));
    items.add(err("truncated JSON", "truncated.json", () -> utf8("{\"title\": \"Judul\", \"body\": \"" + ID_SENTENCE), ErrorCode.MALFORMED));
    items.add(err("100,000-deep JSON arrays", "deep-array.json", () -> utf8("[".repeat(100_000) + "]".repeat(100_000)),
        ErrorCode.MALFORMED));
    items.add(err("100,000-deep JSON objects", "deep-object.json", () -> utf8("{\"body\":".repeat(100_000) + "\"x\""
        + "}".repeat(100_000)), ErrorCode.MALFORMED));
    items.add(ok("huge Markdown table (5,000 rows × 10 columns)", "table.md", () -> {
      StringBuilder s = new StringBuilder("# Tabel\n\n" + ID_SENTENCE + "\n\n|" + " kolom |".repeat(10) + "\n|" + "---|".repeat(10) + "\n");
      for (int i = 0; i < 5_000; i++) {
        s.append('|');
        for (int c = 0; c < 10; c++) {
          s.append(' ').append(i * 10 + c).append(" Jakarta |");
        }
        s.append('\n');
      }
      return utf8(s);
    }, "bendungan"));
    items.add(err("malformed PDF (header, then garbage)", "malformed.pdf", () -> {
      byte[] junk = random(3, 32 * 1024);
      byte[] head = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(head, 0, junk, 0, head.length);
      return junk;
    }, ErrorCode.MALFORMED));
    items.add(err("truncated PDF (header only)", "truncated.pdf", () -> utf8("%PDF-1.4\n%\u00e2\u00e3"), ErrorCode.MALFORMED));
    items.add(err("empty PDF (one blank page)", "empty.pdf", HostileCorpus::emptyPdf, ErrorCode.EMPTY));
    items.add(err("docx zip bomb (document.xml inflating to 256 MiB)", "bomb.docx", HostileCorpus::docxBomb, ErrorCode.TOO_LARGE));
    items.add(err("docx with an external-entity (XXE) DOCTYPE", "xxe.docx", HostileCorpus::docxXxe, ErrorCode.MALFORMED));
    items.add(err("docx that is not a zip", "not-a-zip.docx", () -> utf8(ID_SENTENCE), ErrorCode.MALFORMED));
    items.add(err("gzip bytes named .txt", "gzip.txt", () -> gzip(utf8(ID_SENTENCE.repeat(100))), ErrorCode.UNSUPPORTED_FORMAT));
    items.add(err("file over the size cap (20 MiB + 1 byte)", "over-cap.txt",
        () -> line((int) Pipeline.DEFAULT_MAX_BYTES + 1), ErrorCode.TOO_LARGE));
    items.add(ok("file with no extension (HTML inside)", "no-extension", () -> utf8("<!doctype html><html><head><title>Judul"
        + "</title></head><body><article><p>" + ID_SENTENCE + "</p><p>" + ID_SENTENCE + "</p></article></body></html>"), "bendungan"));
    items.add(ok("quote flood (50,000 quotation marks)", "quotes.txt", () -> utf8(("\u201c" + "Kami siap,\u201d kata Budi. ")
        .repeat(10_000) + "\"".repeat(10_000)), null));
    items.add(err("unclosed HTML comment swallowing the page", "comment.html", () -> utf8("<html><body><!-- "
        + ("<p>" + ID_SENTENCE + "</p>").repeat(1000)), ErrorCode.EMPTY));
    return List.copyOf(items);
  }

  private static final String INJECTION_HTML = "<!doctype html><html><head>"
      + "<title>Judul <script>alert(1)</script></title>"
      + "<meta property=\"og:title\" content=\"&lt;script&gt;alert(1)&lt;/script&gt;Judul\">"
      + "<meta name=\"author\" content=\"<img src=x onerror=alert(1)>Budi\">"
      + "<meta property=\"og:site_name\" content=\"<svg onload=alert(1)>Situs\">"
      + "<link rel=\"canonical\" href=\"javascript:alert(1)\">"
      + "<script>document.write('<p>injected</p>')</script></head><body onload=\"alert(1)\"><article>"
      + "<p>" + ID_SENTENCE + "<img src=x onerror=\"alert(1)\"></p>"
      + "<p><a href=\"javascript:alert(1)\">klik di sini</a> " + ID_SENTENCE + "</p>"
      + "<p>&lt;script&gt;alert(document.cookie)&lt;/script&gt; " + ID_SENTENCE + "</p>"
      + "<p>&lt;img src=x onerror=alert(1)&gt; &lt;a href=\"javascript:alert(1)\"&gt; " + ID_SENTENCE + "</p>"
      + "<iframe src=\"javascript:alert(1)\"></iframe><svg><script>alert(1)</script></svg>"
      + "<style>body{background:url(javascript:alert(1))}</style>"
      + "<p>" + EN_SENTENCE + "<noscript><p>noscript</p></noscript></p>"
      + "</article></body></html>";

  private static Item ok(String kind, String name, Supplier<byte[]> bytes, String contains) {
    return new Item(kind, name, bytes, true, EnumSet.noneOf(ErrorCode.class), contains);
  }

  private static Item err(String kind, String name, Supplier<byte[]> bytes, ErrorCode code, ErrorCode... more) {
    return new Item(kind, name, bytes, false, EnumSet.of(code, more), null);
  }

  private static byte[] utf8(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] random(long seed, int n) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    b[0] = 0x00; // never a magic number by chance
    return b;
  }

  /** Words of Indonesian and English news, no newline, {@code n} bytes. */
  private static byte[] line(int n) {
    byte[] unit = utf8(ID_SENTENCE + EN_SENTENCE);
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = unit[i % unit.length];
    }
    b[n - 1] = '.';
    return b;
  }

  private static byte[] withBom(String text, Charset charset, byte[] bom) {
    byte[] body = text.getBytes(charset);
    byte[] b = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, b, 0, bom.length);
    System.arraycopy(body, 0, b, bom.length, body.length);
    return b;
  }

  private static byte[] invalidUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[][] junk = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
    for (int i = 0; i < 30; i++) {
      out.writeBytes(utf8("Banjir di Jakarta surut pada hari Rabu, kata gubernur. "));
      out.writeBytes(junk[i % junk.length]);
    }
    return out.toByteArray();
  }

  private static byte[] png() {
    byte[] b = random(4, 4096);
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(magic, 0, b, 0, magic.length);
    return b;
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] emptyPdf() {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx whose document.xml inflates to 256 MiB of one repeated run (declared honestly in the ZIP). */
  private static byte[] docxBomb() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] run = utf8("<w:p><w:r><w:t>bom</w:t></w:r></w:p>".repeat(32 * 1024));
      zip.write(utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
      for (long written = 0; written < (256L << 20); written += run.length) {
        zip.write(run);
      }
      zip.write(utf8("</w:body></w:document>"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A .docx whose document.xml declares an external entity and a billion-laughs expansion. */
  private static byte[] docxXxe() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(utf8("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
          + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
          + "<w:p><w:r><w:t>&xxe;&c;" + ID_SENTENCE + "</w:t></w:r></w:p></w:body></w:document>"));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Every string in the analysis is free of markup, script and control characters. */
  public static void assertClean(JsonNode tree, String kind) {
    List<String> strings = new ArrayList<>();
    collect(tree, strings);
    for (String s : strings) {
      String lower = s.toLowerCase(Locale.ROOT);
      for (String bad : HostileCorpus.FORBIDDEN) {
        assertFalse(lower.contains(bad), kind + ": a text field carries '" + bad + "': "
            + lower.substring(Math.max(0, lower.indexOf(bad) - 60), Math.min(lower.length(), lower.indexOf(bad) + 60)));
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
        assertFalse(control, kind + ": a text field carries control character U+" + Integer.toHexString(c));
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(++i)), kind + ": unpaired surrogate");
        } else {
          assertFalse(Character.isLowSurrogate(c), kind + ": unpaired surrogate");
        }
      }
    }
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isContainerNode()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        collect(it.next().getValue(), out);
      }
      for (JsonNode child : node.isArray() ? node : List.<JsonNode>of()) {
        collect(child, out);
      }
    }
  }

  /** Writes every item into {@code dir} under its name; returns the paths in corpus order. */
  public static List<Path> write(Path dir) throws IOException {
    List<Path> paths = new ArrayList<>();
    for (Item item : items()) {
      Path p = dir.resolve(item.name());
      Files.write(p, item.bytes().get());
      paths.add(p);
    }
    return paths;
  }
}
