package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import io.kabar.analysis.Source;
import io.kabar.nlp.LanguageDetector;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Every format end to end through the parse stage, with files the tests make. */
class ArticleParserTest {
  private static final ArticleParser PARSER =
      new ArticleParser(LanguageDetector.standard(), Cleaner.standard());
  private static final String STORY = "The harbor bridge reopened on Monday after two years of repairs, the city said.\n\n"
      + "Officials promised more information about tolls next week, and traffic was light.";

  private static ParsedArticle parse(String name, byte[] bytes) throws ArticleException {
    return PARSER.parse(Source.of("t", name, bytes));
  }

  private static ArticleException failure(String name, byte[] bytes) {
    return assertThrows(ArticleException.class, () -> parse(name, bytes));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void textInEveryEncoding() throws Exception {
    String text = "Café “Kabar” – naïve façade.\n\nSecond paragraph about the café.";
    byte[][] encodings = {
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)),
        text.getBytes(StandardCharsets.UTF_8),
        ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE),
        ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE),
        text.getBytes(Charset.forName("windows-1252"))};
    for (byte[] bytes : encodings) {
      ParsedArticle a = parse("story.txt", bytes);
      assertEquals(Format.TXT, a.format());
      assertEquals("Café “Kabar” – naïve façade.", a.paragraphs().get(0));
    }
  }

  @Test
  void invalidUtf8NeverCrashes() throws Exception {
    byte[] bytes = concat("Valid start, then broken bytes: ".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xE2, (byte) 0x28, (byte) 0x81, (byte) 0x9D,
            (byte) 0xF0, (byte) 0x90, ' ', 'e', 'n', 'd', '.'});
    ParsedArticle a = parse("broken.txt", bytes);
    assertTrue(a.text().startsWith("Valid start, then broken bytes: "), a.text());
    assertTrue(a.text().endsWith(" end."), a.text());
  }

  @Test
  void markdown() throws Exception {
    String md = "# Harbor bridge reopens\n\nThe **bridge** reopened, says [the city](https://x.org) ![photo](a.jpg).\n\n"
        + "## Traffic\n\n- Buses return\n- Cyclists get a `lane`\n\n```java\nint tolls = 0;\n```\n";
    ParsedArticle a = parse("story.md", md.getBytes(StandardCharsets.UTF_8));
    assertEquals(Format.MARKDOWN, a.format());
    assertEquals("Harbor bridge reopens", a.title());
    assertEquals(java.util.List.of("The bridge reopened, says the city.", "Traffic", "Buses return",
        "Cyclists get a lane", "int tolls = 0;"), a.paragraphs());
  }

  @Test
  void html() throws Exception {
    String html = "<html lang=en><head><title>Harbor bridge reopens</title></head><body><article><p>"
        + STORY.replace("\n\n", "</p><p>") + "</p></article></body></html>";
    ParsedArticle a = parse("story.htm", html.getBytes(StandardCharsets.UTF_8));
    assertEquals(Format.HTML, a.format());
    assertEquals("Harbor bridge reopens", a.title());
    assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
  }

  @Test
  void pageMetadataReachesTheParsedArticle() throws Exception {
    String html = "<html lang=en><head><title>Harbor bridge reopens | Portville Post</title>"
        + "<meta property=og:site_name content='Portville Post'>"
        + "<link rel=canonical href='https://post.example/2024/06/03/harbor-bridge'>"
        + "<meta name=author content='Sari Dewi'>"
        + "<meta property=article:published_time content='2024-06-03T08:30:00+07:00'></head>"
        + "<body><article><h1>Harbor bridge reopens</h1><p>" + STORY.replace("\n\n", "</p><p>")
        + "</p></article></body></html>";
    ParsedArticle a = parse("story.html", html.getBytes(StandardCharsets.UTF_8));
    assertEquals("Harbor bridge reopens", a.title());
    assertEquals("Sari Dewi", a.byline());
    assertEquals("2024-06-03T08:30:00+07:00", a.publishedAt());
    assertEquals("Portville Post", a.siteName());
    assertEquals("https://post.example/2024/06/03/harbor-bridge", a.canonicalUrl());
    assertEquals("en", a.language());
    ParsedArticle plain = parse("story.txt", STORY.getBytes(StandardCharsets.UTF_8));
    assertEquals(null, plain.siteName());
    assertEquals(null, plain.canonicalUrl());
  }

  @Test
  void jsonExportSiteAndUrl() throws Exception {
    String json = "{\"title\": \"Harbor bridge reopens\", \"body\": \"" + STORY.replace("\n", "\\n")
        + "\", \"publisher\": {\"name\": \"Portville Post\"}, \"link\": \"https://post.example/a/1\"}";
    ParsedArticle a = parse("story.json", json.getBytes(StandardCharsets.UTF_8));
    assertEquals("Portville Post", a.siteName());
    assertEquals("https://post.example/a/1", a.canonicalUrl());
    String relative = "{\"body\": \"" + STORY.replace("\n", "\\n") + "\", \"site\": \"Post\", \"url\": \"/a/1\"}";
    ParsedArticle r = parse("story.json", relative.getBytes(StandardCharsets.UTF_8));
    assertEquals("Post", r.siteName());
    assertEquals(null, r.canonicalUrl(), "a relative link is no canonical URL");
  }

  @Test
  void jsonExports() throws Exception {
    String json = "{\"headline\": \"Harbor bridge reopens\", \"body\": \"<p>" + STORY.replace("\n\n", "</p><p>")
        + "</p>\", \"byline\": \"Sari Dewi\", \"publishedAt\": \"2024-06-03\"}";
    for (String name : new String[] {"story.json", "incoming/story", null}) {
      ParsedArticle a = parse(name, json.getBytes(StandardCharsets.UTF_8));
      assertEquals(Format.JSON, a.format());
      assertEquals("Harbor bridge reopens", a.title());
      assertEquals("Sari Dewi", a.byline());
      assertEquals("2024-06-03", a.publishedAt());
      assertEquals(STORY, a.text());
    }
    assertEquals(ErrorCode.MALFORMED, failure("a.json", "[{\"body\": \"x\"}]".getBytes(StandardCharsets.UTF_8)).code());
    assertEquals(ErrorCode.MALFORMED, failure("a.json", "{\"body\": \"x".getBytes(StandardCharsets.UTF_8)).code());
    assertEquals(ErrorCode.EMPTY, failure("a.json", "{\"body\": \"<p> </p>\"}".getBytes(StandardCharsets.UTF_8)).code());
    byte[] deep = ("{\"body\": \"x\", \"a\": " + "{\"a\": ".repeat(100_000) + "1" + "}".repeat(100_001))
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(ErrorCode.MALFORMED, failure(null, deep).code());
  }

  @Test
  void pdf() throws Exception {
    byte[] pdf = PdfReaderTest.twoPageArticle();
    for (String name : new String[] {"story.pdf", "story.txt", null}) {
      ParsedArticle a = parse(name, pdf);
      assertEquals(Format.PDF, a.format());
      assertEquals("Harbor bridge reopens", a.title());
      assertTrue(a.text().contains("more information about tolls"), a.text());
      assertFalse(a.text().contains("KABAR DAILY"), a.text());
    }
    ArticleException e = failure("scan.pdf", new byte[] {0x13, 0x37, (byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});
    assertEquals(ErrorCode.MALFORMED, e.code());
    e = failure("scan.pdf", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(ErrorCode.MALFORMED, e.code());
  }

  @Test
  void docx() throws Exception {
    byte[] docx = DocxReaderTest.article();
    for (String name : new String[] {"story.docx", "story", null}) {
      ParsedArticle a = parse(name, docx);
      assertEquals(Format.DOCX, a.format());
      assertEquals("Harbor bridge reopens", a.title());
      assertTrue(a.text().contains("The bridge reopened on Monday after two years."), a.text());
    }
    assertEquals(ErrorCode.MALFORMED, failure("story.docx", "not a zip".getBytes(StandardCharsets.UTF_8)).code());
    byte[] bomb = DocxReaderTest.zerosEntry("word/document.xml", 200L * 1024 * 1024);
    ArticleException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> failure("bomb.docx", bomb));
    assertEquals(ErrorCode.TOO_LARGE, e.code());
  }

  @Test
  void unsupportedContentIsNamed() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    ArticleException e = failure("photo.html", png);
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains("PNG"), e.getMessage());
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(STORY.getBytes(StandardCharsets.UTF_8));
    }
    e = failure("story.txt", gz.toByteArray());
    assertEquals(ErrorCode.UNSUPPORTED_FORMAT, e.code());
    assertTrue(e.getMessage().contains("gzip"), e.getMessage());
  }

  @Test
  void withoutExtensionTheContentDecides() throws Exception {
    assertEquals(Format.TXT, parse("incoming/2024/story", STORY.getBytes(StandardCharsets.UTF_8)).format());
    assertEquals(Format.MARKDOWN, parse("story", ("# Title\n\n" + STORY).getBytes(StandardCharsets.UTF_8)).format());
    assertEquals(Format.HTML, parse(null, ("<!doctype html><p>" + STORY + "</p>").getBytes(StandardCharsets.UTF_8))
        .format());
  }

  @Test
  void emptyInputIsEmpty() {
    ArticleException e = failure("a.txt", new byte[0]);
    assertEquals(ErrorCode.EMPTY, e.code());
    assertTrue(e.getMessage().contains("0 bytes"), e.getMessage());
    assertEquals(ErrorCode.EMPTY, failure("a.txt", " \n\t ".getBytes(StandardCharsets.UTF_8)).code());
  }

  @Test
  void randomBytesOnlyEverFailWithACode() {
    Random random = new Random(42);
    String[] names = {"a.txt", "a.md", "a.html", "a.json", "a.pdf", "a.docx", "a", null};
    byte[][] prefixes = {{}, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), {'P', 'K', 3, 4},
        "{\"body\": \"".getBytes(StandardCharsets.US_ASCII), "<html><p>".getBytes(StandardCharsets.US_ASCII)};
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      byte[] input = concat(prefixes[i % prefixes.length], bytes);
      String name = names[i % names.length];
      try {
        parse(name, input);
      } catch (ArticleException e) {
        assertFalse(e.getMessage().isBlank());
      } catch (RuntimeException e) {
        throw new AssertionError("input " + i + " named " + name + " escaped with " + e, e);
      }
    }
  }

  @Test
  void mutatedFilesOnlyEverFailWithACode() throws Exception {
    Random random = new Random(7);
    byte[][] seeds = {PdfReaderTest.twoPageArticle(), DocxReaderTest.article(),
        "{\"title\": \"T\", \"body\": \"<p>One</p><p>Two</p>\", \"authors\": [\"A\"]}".getBytes(StandardCharsets.UTF_8)};
    String[] names = {"a.pdf", "a.docx", "a.json"};
    for (int i = 0; i < 240; i++) {
      int k = i % seeds.length;
      byte[] input = seeds[k].clone();
      if (i % 4 == 0) {
        input = java.util.Arrays.copyOf(input, random.nextInt(input.length)); // truncated
      }
      for (int flips = 1 + random.nextInt(8); flips > 0 && input.length > 0; flips--) {
        input[random.nextInt(input.length)] = (byte) random.nextInt(256);
      }
      try {
        parse(names[k], input);
      } catch (ArticleException e) {
        assertFalse(e.getMessage().isBlank());
        assertFalse(e.getMessage().startsWith("could not read"), "the reader itself handles mutant " + i + " of "
            + names[k] + ": " + e.getMessage());
      } catch (RuntimeException e) {
        throw new AssertionError("mutant " + i + " of " + names[k] + " escaped with " + e, e);
      }
    }
  }

  @Test
  void contentTypeIsAHint() throws Exception {
    Source json = new Source("t", "key", "{\"text\": \"Plain body text here.\"}".getBytes(StandardCharsets.UTF_8),
        Optional.of("application/json"), Optional.empty());
    assertEquals(Format.JSON, PARSER.parse(json).format());
  }
}
