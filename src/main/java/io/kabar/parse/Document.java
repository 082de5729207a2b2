package io.kabar.parse;

import java.util.List;

/**
 * What a reader found in one input, before cleaning.
 *
 * @param title        the title, or null
 * @param byline       the author line, or null
 * @param publishedAt  the publication date as given by the source, or null
 * @param languageHint the language the source declares ({@code <html lang>}), or null
 * @param paragraphs   the body paragraphs in reading order, whitespace-normalised, never blank
 */
public record Document(String title, String byline, String publishedAt, String languageHint,
    List<String> paragraphs) {

  public Document {
    paragraphs = List.copyOf(paragraphs);
  }
}
