package io.kabar.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Markdown into plain paragraphs. The first level-1 heading ({@code # Title} or a setext
 * {@code ===} underline) is the title; other headings become paragraphs. Markup is stripped:
 * emphasis, inline code and HTML tags keep their text, links keep their label, images and link
 * reference definitions are dropped, backslash escapes keep the escaped character, HTML comments are
 * dropped, list and quote markers are removed (each list item is its own
 * paragraph), fenced code is kept as one paragraph of text, horizontal rules are dropped.
 */
public final class MarkdownReader implements ArticleReader {
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SETEXT_H1 = Pattern.compile("^ {0,3}=+\\s*$");
  private static final Pattern SETEXT_H2 = Pattern.compile("^ {0,3}-+\\s*$");
  private static final Pattern RULE = Pattern.compile("^ {0,3}(?:[-*_][ \\t]*){3,}$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,8}(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
  private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
  private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]{1,200}\\]:\\s*\\S.*$");
  private static final Pattern IMAGE =
      Pattern.compile("[ \\t]*!\\[[^\\]\\n]{0,500}\\](?:\\([^)\\n]{0,1000}\\)|\\[[^\\]\\n]{0,200}\\])");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|<])");
  private static final Pattern ESCAPED = Pattern.compile("\uE000(\\d{1,3})\uE001");
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\](?:\\([^)\\n]{0,1000}\\)|\\[[^\\]\\n]{0,200}\\])");
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)([^\\n]{1,1000}?)(?<=\\S)\\1");
  private static final Pattern STAR_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]{1,1000}?)(?<=\\S)\\*(?![\\w*])");
  private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\w_])_(?=\\S)([^_\\n]{1,1000}?)(?<=\\S)_(?![\\w_])");
  private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)([^~\\n]{1,1000}?)~~");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]{1,1000})`");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>\\n]{0,500}>");

  @Override
  public Document read(String text) {
    String[] lines = text.split("\n", -1);
    List<String> paragraphs = new ArrayList<>();
    String title = null;
    StringBuilder block = new StringBuilder();
    StringBuilder code = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (FENCE.matcher(line).matches()) {
        if (code == null) {
          flush(block, paragraphs);
          code = new StringBuilder();
        } else {
          add(code.toString(), paragraphs);
          code = null;
        }
        continue;
      }
      if (code != null) {
        code.append(line).append(' ');
        continue;
      }
      String next = i + 1 < lines.length ? lines[i + 1] : "";
      var atx = ATX.matcher(line);
      boolean setextOne = !line.isBlank() && block.length() == 0 && SETEXT_H1.matcher(next).matches();
      boolean setextTwo = !line.isBlank() && block.length() == 0 && SETEXT_H2.matcher(next).matches()
          && !LIST_ITEM.matcher(line).matches();
      if (atx.matches() || setextOne || setextTwo) {
        flush(block, paragraphs);
        boolean levelOne = atx.matches() ? atx.group(1).length() == 1 : setextOne;
        String heading = inline(atx.matches() ? atx.group(2) : line);
        if (levelOne && title == null) {
          title = heading.isEmpty() ? null : heading;
        } else {
          add(heading, paragraphs);
        }
        if (!atx.matches()) {
          i++;
        }
        continue;
      }
      if (line.isBlank() || RULE.matcher(line).matches() || REFERENCE.matcher(line).matches()) {
        flush(block, paragraphs);
        continue;
      }
      String content = QUOTE.matcher(line).replaceFirst("");
      var item = LIST_ITEM.matcher(content);
      if (item.matches()) {
        flush(block, paragraphs);
        content = item.group(1);
      }
      block.append(content).append(' ');
    }
    if (code != null) {
      add(code.toString(), paragraphs);
    }
    flush(block, paragraphs);
    return new Document(title, null, null, null, paragraphs);
  }

  private static void flush(StringBuilder block, List<String> paragraphs) {
    if (block.length() > 0) {
      add(inline(block.toString()), paragraphs);
      block.setLength(0);
    }
  }

  private static void add(String paragraph, List<String> paragraphs) {
    String normalized = TextReader.normalize(paragraph);
    if (!normalized.isEmpty()) {
      paragraphs.add(normalized);
    }
  }

  /** Removes inline Markdown syntax from one block, keeping the visible text. */
  static String inline(String s) {
    // escaped characters (\\*, \\_, \\[ ...) are hidden from the patterns below, then restored
    String out = ESCAPE.matcher(s).replaceAll(m -> "\uE000" + (int) m.group(1).charAt(0) + "\uE001");
    out = HTML_COMMENT.matcher(out).replaceAll("");
    out = IMAGE.matcher(out).replaceAll("");
    out = LINK.matcher(out).replaceAll("$1");
    out = CODE.matcher(out).replaceAll("$1");
    out = STRONG.matcher(out).replaceAll("$2");
    out = STAR_EMPHASIS.matcher(out).replaceAll("$1");
    out = UNDERSCORE_EMPHASIS.matcher(out).replaceAll("$1");
    out = STRIKE.matcher(out).replaceAll("$1");
    out = HTML_TAG.matcher(out).replaceAll("");
    out = ESCAPED.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        String.valueOf((char) Integer.parseInt(m.group(1)))));
    return TextReader.normalize(out);
  }
}
