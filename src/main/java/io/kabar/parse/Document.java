package io.kabar.parse;

import java.util.List;

/**
 * What a reader found in one input, before cleaning.
 *
 * @param title        the title, or null
 * @param byline       the author line, or null
 * @param publishedAt  the publication date, ISO-8601 when the reader could normalise it, or null
 * @param languageHint the language the source declares ({@code <html lang>}), or null
 * @param paragraphs   the body paragraphs in reading order, whitespace-normalised, never blank
 * @param siteName     the name of the publishing site, or null
 * @param canonicalUrl the canonical URL the source declares, or null
 */
public record Document(String title, String byline, String publishedAt, String languageHint,
    List<String> paragraphs, String siteName, String canonicalUrl) {

  public Document {
    paragraphs = List.copyOf(paragraphs);
  }

  /** A document without site name or canonical URL (plain text, Markdown). */
  public Document(String title, String byline, String publishedAt, String languageHint, List<String> paragraphs) {
    this(title, byline, publishedAt, languageHint, paragraphs, null, null);
  }
}
