package io.kabar.parse;

import io.kabar.analysis.Dateline;
import io.kabar.analysis.Removal;
import java.util.List;

/**
 * An article after the parse stage: format read, metadata found, boilerplate removed, dateline
 * stripped; no NLP yet.
 *
 * @param format       the detected format
 * @param title        the title, or null
 * @param byline       the author line, or null
 * @param publishedAt  the publication date (ISO-8601 when it could be normalised), or null
 * @param siteName     the name of the publishing site the source declares, or null
 * @param canonicalUrl the canonical URL the source declares, or null
 * @param language     the detected language of the body (ISO 639-1 or {@code und})
 * @param dateline     the dateline stripped from the first paragraph, or null
 * @param datelineText the exact text that was stripped as the dateline, or empty
 * @param paragraphs   the clean body paragraphs in reading order, never blank, at least one
 * @param removed      what the cleaner dropped, with reasons
 */
public record ParsedArticle(Format format, String title, String byline, String publishedAt, String siteName,
    String canonicalUrl, String language,
    Dateline dateline, String datelineText, List<String> paragraphs, List<Removal> removed) {

  public ParsedArticle {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }

  /** The clean text: paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** The main text as the page shows it, dateline included (what extraction benchmarks score). */
  public String mainText() {
    return datelineText.isEmpty() ? text() : datelineText + text();
  }
}
