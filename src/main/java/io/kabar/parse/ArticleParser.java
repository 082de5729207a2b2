package io.kabar.parse;

import io.kabar.analysis.ArticleException;
import io.kabar.analysis.Dateline;
import io.kabar.analysis.ErrorCode;
import io.kabar.analysis.Source;
import io.kabar.nlp.LanguageDetector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parse stage: bytes → {@link ParsedArticle}. Detects the format, decodes, reads the body
 * and metadata, detects the language, removes portal boilerplate and strips the dateline.
 * Immutable and thread-safe once built.
 */
public final class ArticleParser {
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

  private final FormatDetector formats = new FormatDetector();
  private final TextReader text = new TextReader();
  private final MarkdownReader markdown = new MarkdownReader();
  private final HtmlReader html = new HtmlReader();
  private final JsonReader json = new JsonReader();
  private final PdfReader pdf = new PdfReader();
  private final DocxReader docx = new DocxReader();
  private final LanguageDetector languages;
  private final Cleaner cleaner;
  /**
   * A parser detecting languages with {@code languages} and cleaning with {@code cleaner}, whose
   * {@link DatelineParser} also finds the dateline stripped from the first paragraph.
   */
  public ArticleParser(LanguageDetector languages, Cleaner cleaner) {
    this.languages = languages;
    this.cleaner = cleaner;
  }

  /**
   * Parses one input. The size cap is the caller's business.
   *
   * @throws ArticleException UNSUPPORTED_FORMAT for binary or unsupported formats (see
   *     {@link FormatDetector}); BAD_ENCODING for text that is mostly undecodable; MALFORMED for broken JSON, PDF or DOCX; TOO_LARGE for content past a
   *     reader's limits (PDF pages, DOCX decompression); EMPTY for zero bytes or when no text (or only
   *     boilerplate) remains. Nothing else escapes: an unexpected failure inside a reader is reported
   *     as MALFORMED.
   */
  public ParsedArticle parse(Source source) throws ArticleException {
    byte[] bytes = source.bytes();
    if (bytes.length == 0) {
      throw new ArticleException(ErrorCode.EMPTY, (source.name() == null || source.name().isEmpty() ? "input"
          : source.name()) + " is empty (0 bytes)");
    }
    Format format = formats.detect(source.name(), source.contentType(), bytes);
    Document doc = scrubbed(read(format, bytes, source));
    if (doc.paragraphs().stream().noneMatch(p -> LETTER_OR_DIGIT.matcher(p).find())) {
      throw new ArticleException(ErrorCode.EMPTY, "no text found in " + describe(source, format));
    }
    Optional<String> hint = source.languageHint().or(() -> Optional.ofNullable(doc.languageHint()));
    // Each paragraph is tokenised for language evidence once: the cleaner's rules need the language
    // of the whole page, the record the language of what is left (title and clean paragraphs).
    Map<String, LanguageDetector.Evidence> evidence = new HashMap<>();
    LanguageDetector.Evidence page = languages.none();
    for (String p : doc.paragraphs()) {
      page = page.plus(evidence.computeIfAbsent(p, languages::evidence));
    }
    Cleaner.Result cleaned = cleaner.clean(doc.paragraphs(), languages.decide(page, hint));
    List<String> paragraphs = new ArrayList<>(cleaned.paragraphs());
    if (paragraphs.stream().noneMatch(p -> LETTER_OR_DIGIT.matcher(p).find())) {
      throw new ArticleException(ErrorCode.EMPTY, "only boilerplate found in " + describe(source, format));
    }
    Dateline dateline = null;
    String datelineText = "";
    Optional<DatelineParser.Match> match = cleaned.dateline();
    if (match.isPresent()) {
      String first = paragraphs.get(0);
      dateline = match.get().dateline();
      datelineText = first.substring(0, first.length() - match.get().rest().length());
      paragraphs.set(0, match.get().rest());
    }
    String title = doc.title();
    LanguageDetector.Evidence kept = title == null ? languages.none() : languages.evidence(title);
    for (String p : paragraphs) {
      LanguageDetector.Evidence e = evidence.get(p);
      kept = kept.plus(e != null ? e : languages.evidence(p));
    }
    String language = languages.decide(kept, hint);
    return new ParsedArticle(format, title, doc.byline(), doc.publishedAt(), doc.siteName(), doc.canonicalUrl(),
        language, dateline, datelineText, paragraphs, cleaned.removed());
  }

  /** Reads the bytes as {@code format}; a reader's unexpected RuntimeException becomes MALFORMED. */
  private Document read(Format format, byte[] bytes, Source source) throws ArticleException {
    try {
      switch (format) {
        case TXT:
          return text.read(TextDecoder.decodeChecked(bytes, false));
        case MARKDOWN:
          return markdown.read(TextDecoder.decodeChecked(bytes, false));
        case HTML:
          return html.read(TextDecoder.decodeChecked(bytes, true));
        case JSON:
          return json.read(TextDecoder.decodeChecked(bytes, false));
        case PDF:
          return pdf.read(bytes);
        case DOCX:
          return docx.read(bytes);
        default:
          throw new ArticleException(ErrorCode.UNSUPPORTED_FORMAT, "no reader for " + format);
      }
    } catch (RuntimeException | StackOverflowError e) { // too deep a structure for a recursive reader is broken input
      throw new ArticleException(ErrorCode.MALFORMED, "could not read " + describe(source, format) + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }
  }

  /** The document with no markup, script or control characters in any field ({@link MarkupScrubber}). */
  private static Document scrubbed(Document d) {
    return new Document(field(d.title()), field(d.byline()), field(d.publishedAt()), d.languageHint(),
        MarkupScrubber.scrub(d.paragraphs()), field(d.siteName()), MarkupScrubber.httpUrl(d.canonicalUrl()));
  }

  private static String field(String s) {
    String t = MarkupScrubber.scrub(s);
    return t == null || t.isEmpty() ? null : t;
  }

  private static String describe(Source source, Format format) {
    return (source.name() == null || source.name().isEmpty() ? "input" : source.name()) + " (read as " + format + ")";
  }
}
