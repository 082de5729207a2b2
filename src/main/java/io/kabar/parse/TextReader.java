package io.kabar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain text. When the text contains a blank line, paragraphs are the blank-line-separated
 * blocks with their lines joined by a space; otherwise every non-blank line is a paragraph (as in
 * scraped articles with one paragraph a line). Plain text has no title, byline or date.
 */
public final class TextReader implements ArticleReader {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");

  @Override
  public Document read(String text) {
    return new Document(null, null, null, null, paragraphs(text));
  }

  /** The paragraphs of {@code text}, each whitespace-normalised, none blank. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    boolean blocks = BLANK_LINE.matcher(text).find();
    for (String part : blocks ? BLANK_LINE.split(text) : text.split("\n")) {
      String paragraph = normalize(part.replace('\n', ' '));
      if (!paragraph.isEmpty()) {
        out.add(paragraph);
      }
    }
    return out;
  }

  /** Collapses runs of spaces, tabs and no-break spaces to one space and trims. */
  static String normalize(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
