package io.kabar.analysis;

import io.kabar.extract.ClaimExtractor;
import io.kabar.extract.EntityExtractor;
import io.kabar.extract.MeasureRules;
import io.kabar.nlp.LanguageDetector;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.parse.ArticleReader;
import io.kabar.parse.Cleaner;
import io.kabar.parse.DatelineParser;
import io.kabar.parse.Document;
import io.kabar.parse.Format;
import io.kabar.parse.FormatDetector;
import io.kabar.parse.HtmlReader;
import io.kabar.parse.MarkdownReader;
import io.kabar.parse.TextDecoder;
import io.kabar.parse.TextReader;
import io.kabar.summarize.LeadSummarizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The whole pure-Java analysis: bytes in, {@link Analysis} out. Steps: size cap, format detection,
 * decoding, reading (text, Markdown, HTML), language detection, boilerplate cleaning, dateline,
 * sentences, measures, named entities, claims and (in {@link #analyze}) the summary. Every step is a
 * BASELINE (see each class). Built once with all data files loaded; immutable and thread-safe.
 */
public final class Pipeline {
  /** Stored as {@code parserVersion}. */
  public static final String VERSION = "0.1.0-baseline";
  /** Default input size cap: 20 MiB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** The environment variable the handlers read the size cap from. */
  public static final String MAX_BYTES_ENV = "KABAR_MAX_OBJECT_BYTES";
  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

  private final long maxBytes;
  private final FormatDetector formats = new FormatDetector();
  private final Map<Format, ArticleReader> readers =
      Map.of(Format.TXT, new TextReader(), Format.MARKDOWN, new MarkdownReader(), Format.HTML, new HtmlReader());
  private final LanguageDetector languages;
  private final Cleaner cleaner;
  private final DatelineParser datelines;
  private final SentenceSplitter splitter;
  private final MeasureRules measures;
  private final EntityExtractor entities;
  private final ClaimExtractor claims;
  private final LeadSummarizer summarizer;

  private Pipeline(long maxBytes, Pipeline shared) {
    this.maxBytes = maxBytes;
    if (shared != null) {
      languages = shared.languages;
      cleaner = shared.cleaner;
      datelines = shared.datelines;
      splitter = shared.splitter;
      measures = shared.measures;
      entities = shared.entities;
      claims = shared.claims;
      summarizer = shared.summarizer;
    } else {
      languages = LanguageDetector.standard();
      cleaner = Cleaner.standard();
      datelines = DatelineParser.standard();
      splitter = SentenceSplitter.standard();
      measures = MeasureRules.standard();
      entities = EntityExtractor.standard();
      claims = ClaimExtractor.standard();
      summarizer = new LeadSummarizer(splitter);
    }
  }

  private static final class Holder {
    static final Pipeline STANDARD = new Pipeline(DEFAULT_MAX_BYTES, null);
  }

  /** The pipeline with the shipped data files and a {@link #DEFAULT_MAX_BYTES} cap (built once). */
  public static Pipeline standard() {
    return Holder.STANDARD;
  }

  /** The standard pipeline with another size cap (shares the loaded data). */
  public static Pipeline withMaxBytes(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    return new Pipeline(maxBytes, standard());
  }

  /** The input size cap in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** {@link #extract} plus the summary. */
  public Analysis analyze(Source source) throws ArticleException {
    Analysis a = extract(source);
    return a.withSummary(summarize(a.text(), a.language(), a.title(), a.claims()));
  }

  /**
   * Everything but the summary ({@code summary} is null).
   *
   * @throws ArticleException TOO_LARGE over the cap, UNSUPPORTED_FORMAT for binary or unsupported
   *     formats, EMPTY when no text (or only boilerplate) remains
   */
  public Analysis extract(Source source) throws ArticleException {
    byte[] bytes = source.bytes();
    if (bytes.length > maxBytes) {
      throw new ArticleException(ErrorCode.TOO_LARGE, "input is " + bytes.length + " bytes, over the limit of "
          + maxBytes + " bytes (set " + MAX_BYTES_ENV + " to change the limit)");
    }
    Format format = formats.detect(source.name(), source.contentType(), bytes);
    Document doc = readers.get(format).read(TextDecoder.decode(bytes, format == Format.HTML));
    if (doc.paragraphs().stream().noneMatch(p -> LETTER_OR_DIGIT.matcher(p).find())) {
      throw new ArticleException(ErrorCode.EMPTY, "no text found in " + describe(source, format));
    }
    Optional<String> hint = source.languageHint().or(() -> Optional.ofNullable(doc.languageHint()));
    String rawLanguage = languages.detect(String.join("\n", doc.paragraphs()), hint);
    Cleaner.Result cleaned = cleaner.clean(doc.paragraphs(), rawLanguage);
    List<String> paragraphs = new ArrayList<>(cleaned.paragraphs());
    if (paragraphs.stream().noneMatch(p -> LETTER_OR_DIGIT.matcher(p).find())) {
      throw new ArticleException(ErrorCode.EMPTY, "only boilerplate found in " + describe(source, format));
    }
    Dateline dateline = null;
    Optional<DatelineParser.Match> match = datelines.parse(paragraphs.get(0));
    if (match.isPresent()) {
      dateline = match.get().dateline();
      paragraphs.set(0, match.get().rest());
    }
    String text = String.join("\n\n", paragraphs);
    String title = doc.title();
    String language = languages.detect((title == null ? "" : title + "\n") + text, hint);
    List<Sentence> sentences = splitter.split(text, language);
    List<Entity> found = new ArrayList<>(entities.extract(text, sentences, language, title));
    found.addAll(measures.extract(text, language));
    found.sort(Comparator.comparingInt(e -> e.mentions().isEmpty() ? -1 : e.mentions().get(0).start()));
    if (dateline != null) {
      Entity place = entities.unanchored(dateline.location(), EntityType.LOCATION);
      if (found.stream().noneMatch(e -> e.key().equals(place.key()))) {
        found.add(0, place);
      }
    }
    List<Claim> claimList = claims.extract(text, sentences, language, found);
    return new Analysis(source.id(), language, title, doc.byline(), doc.publishedAt(), dateline, text, paragraphs,
        cleaned.removed(), found, claimList, null);
  }

  /**
   * The summary of a clean text (paragraphs separated by a blank line), as the summarizer function
   * reads it back from storage.
   */
  public Summary summarize(String text, String language, String title, List<Claim> claims) {
    return summarizer.summarize(text, language, title, claims == null ? List.of() : claims);
  }

  private static String describe(Source source, Format format) {
    return (source.name() == null || source.name().isEmpty() ? "input" : source.name()) + " (read as " + format + ")";
  }
}
