package io.kabar.summarize;

import io.kabar.analysis.Claim;
import io.kabar.analysis.Summary;
import java.util.List;

/**
 * Summarises a clean article text (paragraphs separated by a blank line), as the summarizer
 * function reads it back from storage. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Summarizer {
  /**
   * @param text     the clean text
   * @param language ISO 639-1 code or {@code und}
   * @param title    the title, or null
   * @param claims   the article's claims, possibly empty
   */
  Summary summarize(String text, String language, String title, List<Claim> claims);
}
