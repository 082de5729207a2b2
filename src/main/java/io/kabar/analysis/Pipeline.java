package io.kabar.analysis;

import io.kabar.extract.ClaimExtractor;
import io.kabar.extract.EntityExtractor;
import io.kabar.extract.MeasureRules;
import io.kabar.ner.NameFinders;
import io.kabar.ner.OpenNlpNameFinder;
import io.kabar.nlp.LanguageDetector;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.parse.Cleaner;
import io.kabar.parse.ArticleParser;
import io.kabar.parse.DatelineParser;
import io.kabar.parse.ParsedArticle;
import io.kabar.summarize.RankedSummarizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The whole pure-Java analysis: bytes in, {@link Analysis} out. Steps: size cap, format detection,
 * decoding, reading (text, Markdown, HTML), language detection, boilerplate cleaning, dateline,
 * sentences, measures, named entities, claims and (in {@link #analyze}) the summary (what each step is,
 * and which classes are kept as named baselines: README, "What is real and what is a baseline"). Built once with all data files loaded (the name models finish loading on
 * background threads: see {@link OpenNlpNameFinder#preloadInBackground}); immutable and thread-safe.
 */
public final class Pipeline {
  /**
   * Stored as {@code parserVersion}. 0.3.0: React-streamed pages put back in order before extraction,
   * summaries sized by a word budget (docs/EXTRACTION.md, docs/SUMMARY.md).
   */
  public static final String VERSION = "0.3.0";
  /** Default input size cap: 20 MiB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  /** The environment variable the handlers read the size cap from. */
  public static final String MAX_BYTES_ENV = "KABAR_MAX_OBJECT_BYTES";

  private final long maxBytes;
  private final ArticleParser parser;
  private final SentenceSplitter splitter;
  private final MeasureRules measures;
  private final EntityExtractor entities;
  private final ClaimExtractor claims;
  private final RankedSummarizer summarizer;

  private Pipeline(long maxBytes, Pipeline shared) {
    this.maxBytes = maxBytes;
    if (shared != null) {
      parser = shared.parser;
      splitter = shared.splitter;
      measures = shared.measures;
      entities = shared.entities;
      claims = shared.claims;
      summarizer = shared.summarizer;
    } else {
      // The name models are the largest single items (about a third of the pipeline's load time with C1):
      // each is read on a thread of its own, started here, while this thread loads everything else and the
      // caller goes on (SDK clients, reading the object, the parse stage of the first article); the name
      // step of an article waits for its language's model if that is still loading (docs/BENCHMARKS.md).
      OpenNlpNameFinder.standard().preloadInBackground(OpenNlpNameFinder.LANGUAGES);
      parser = new ArticleParser(LanguageDetector.standard(), Cleaner.standard(DatelineParser.standard()));
      splitter = SentenceSplitter.standard();
      measures = MeasureRules.standard();
      entities = EntityExtractor.withFinder(NameFinders.standard());
      entities.preloadInBackground("en"); // English person words (Indonesian borrows them): on a thread of their own
      claims = ClaimExtractor.standard();
      summarizer = RankedSummarizer.configured(splitter, System.getenv());
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
    try {
      return a.withSummary(summarize(a.text(), a.language(), a.title(), a.claims()));
    } catch (RuntimeException | StackOverflowError e) {
      throw new ArticleException(ErrorCode.PROCESSING_ERROR, "summary failed on this input: " + e, e);
    }
  }

  /**
   * Everything but the summary ({@code summary} is null).
   *
   * @throws ArticleException TOO_LARGE over the cap, UNSUPPORTED_FORMAT for binary or unsupported
   *     formats, EMPTY when no text (or only boilerplate) remains
   */
  public Analysis extract(Source source) throws ArticleException {
    checkSize(source);
    return extract(source.id(), parser.parse(source));
  }

  /**
   * The steps after parsing (sentences, entities, measures, claims) on an article {@link #parse}
   * returned, for callers that also need the parse result (the detected format).
   *
   * @throws ArticleException PROCESSING_ERROR when a step fails on this input: a bug in Kabar that
   *     retrying cannot fix, so the article is recorded as FAILED instead of being retried
   */
  public Analysis extract(String id, ParsedArticle parsed) throws ArticleException {
    try {
      String text = parsed.text();
      String title = parsed.title();
      String language = parsed.language();
      Dateline dateline = parsed.dateline();
      List<Sentence> sentences = splitter.split(text, language);
      List<Entity> measured = measures.extract(text, language, parsed.publishedAt());
      List<Entity> found = new ArrayList<>(entities.extract(text, sentences, language, title, measured));
      found.addAll(measured);
      found.sort(Comparator.comparingInt(e -> e.mentions().isEmpty() ? -1 : e.mentions().get(0).start()));
      if (dateline != null && dateline.location() != null) {
        Entity place = entities.unanchored(dateline.location(), EntityType.LOCATION);
        if (found.stream().noneMatch(e -> e.key().equals(place.key()))) {
          found.add(0, place);
        }
      }
      List<Claim> claimList = claims.extract(text, sentences, language, found);
      return new Analysis(id, language, title, parsed.byline(), parsed.publishedAt(), parsed.siteName(),
          parsed.canonicalUrl(), dateline, text,
          parsed.paragraphs(), parsed.removed(), found, claimList, null);
    } catch (RuntimeException | StackOverflowError e) {
      throw new ArticleException(ErrorCode.PROCESSING_ERROR, "analysis failed on this input: " + e, e);
    }
  }

  /**
   * The summary of a clean text (paragraphs separated by a blank line), as the summarizer function
   * reads it back from storage.
   */
  public Summary summarize(String text, String language, String title, List<Claim> claims) {
    return summarizer.summarize(text, language, title, claims == null ? List.of() : claims);
  }

  /**
   * The parse stage alone (format, metadata, clean paragraphs, dateline; no NLP), under the same
   * size cap: what extraction benchmarks score.
   */
  public ParsedArticle parse(Source source) throws ArticleException {
    checkSize(source);
    return parser.parse(source);
  }

  private void checkSize(Source source) throws ArticleException {
    if (source.bytes().length > maxBytes) {
      throw tooLarge(source.bytes().length, maxBytes);
    }
  }

  /** The TOO_LARGE error for an input of {@code size} bytes over a cap of {@code cap}: names both and the setting. */
  public static ArticleException tooLarge(long size, long cap) {
    return new ArticleException(ErrorCode.TOO_LARGE, "input is " + size + " bytes, over the limit of " + cap
        + " bytes (set " + MAX_BYTES_ENV + " to change the limit)");
  }
}
