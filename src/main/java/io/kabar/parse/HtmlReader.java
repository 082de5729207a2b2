package io.kabar.parse;

import io.kabar.parse.html.ContentExtractor;
import io.kabar.parse.html.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jsoup.Jsoup;

/**
 * Reads an HTML page: its metadata ({@link Metadata}: title without the site-name suffix, byline,
 * ISO-8601 publication date, site name, canonical URL, {@code <html lang>}) and its main content
 * ({@link ContentExtractor}: the article body without navigation, related links, comments, share
 * bars, cookie notices, ads or footers, as plain paragraphs in reading order, headings, list items
 * and table rows each their own paragraph). Never returns markup. When no main content is found,
 * the whole text of the page is returned as paragraphs. Thread-safe.
 */
public final class HtmlReader implements ArticleReader {
  /** Pages longer than this (in chars) get one extraction pass only, so huge inputs parse once more at most. */
  static final int MAX_CHARS_FOR_RETRIES = 1_000_000;

  @Override
  public Document read(String html) {
    org.jsoup.nodes.Document first = Jsoup.parse(html);
    Metadata meta = Metadata.of(first);
    org.jsoup.nodes.Document[] unused = {first};
    Supplier<org.jsoup.nodes.Document> parse = () -> {
      org.jsoup.nodes.Document d = unused[0];
      unused[0] = null;
      return d != null ? d : Jsoup.parse(html);
    };
    List<String> paragraphs = new ArrayList<>(ContentExtractor.extract(parse, meta.titleTexts(),
        html.length() > MAX_CHARS_FOR_RETRIES ? 1 : 4));
    if (paragraphs.isEmpty()) {
      org.jsoup.nodes.Document all = Jsoup.parse(html);
      all.select("script, style, noscript, template").remove();
      paragraphs.addAll(TextReader.paragraphs(all.wholeText()));
    }
    return new Document(meta.title(), meta.byline(), meta.publishedAt(), meta.language(), paragraphs,
        meta.siteName(), meta.canonicalUrl());
  }
}
