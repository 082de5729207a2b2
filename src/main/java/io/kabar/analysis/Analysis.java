package io.kabar.analysis;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Everything Kabar extracts from one article; serialised field for field as the analysis JSON
 * of DESIGN.md by {@link AnalysisJson}.
 *
 * @param id          stable article id (for S3 objects: derived from bucket and key)
 * @param language    ISO 639-1 code, or {@code "und"} when no supported language was detected
 * @param title       title without site-name suffix, or null when the source has none
 * @param byline      author line, or null
 * @param publishedAt ISO-8601 date or date-time, or null
 * @param siteName    the publishing site's name as the source declares it (HTML {@code og:site_name},
 *                    JSON-LD publisher, a CMS export's site field), or null (added to DESIGN.md's
 *                    example, always present like {@code byline})
 * @param canonicalUrl the canonical URL the source declares ({@code <link rel=canonical>}, {@code og:url},
 *                    a CMS export's url field), or null (likewise added)
 * @param dateline    the dateline stripped from the first paragraph, or null
 * @param text        clean main text, paragraphs separated by a blank line
 * @param paragraphs  the same paragraphs, in reading order
 * @param removed     what the cleaner dropped, each with a reason code
 * @param entities    one entry per real-world thing, mentions merged under one key
 * @param claims      attributed statements and numeric assertions, no duplicates
 * @param summary     the summary, or null when the pipeline ran without the summary step
 */
@JsonPropertyOrder({"id", "language", "title", "byline", "publishedAt", "siteName", "canonicalUrl", "dateline",
    "text", "paragraphs", "removed", "entities", "claims", "summary"})
public record Analysis(
    String id,
    String language,
    String title,
    String byline,
    String publishedAt,
    String siteName,
    String canonicalUrl,
    Dateline dateline,
    String text,
    List<String> paragraphs,
    List<Removal> removed,
    List<Entity> entities,
    List<Claim> claims,
    Summary summary) {

  public Analysis {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    entities = List.copyOf(entities);
    claims = List.copyOf(claims);
  }

  /** A copy of this analysis carrying {@code summary}. */
  public Analysis withSummary(Summary summary) {
    return new Analysis(id, language, title, byline, publishedAt, siteName, canonicalUrl, dateline, text,
        paragraphs, removed, entities, claims, summary);
  }
}
