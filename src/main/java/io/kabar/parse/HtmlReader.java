package io.kabar.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * BASELINE main-content reader for HTML on jsoup (a boilerplate classifier replaces it later).
 *
 * <ul>
 *   <li>title: {@code og:title}, else {@code <title>}, else the first {@code <h1>}; a trailing
 *       {@code " - Site"}, {@code " | Site"} or {@code " — Site"} suffix is removed;</li>
 *   <li>byline: {@code <meta name=author>} or an {@code [itemprop=author]}/{@code [rel=author]} element;</li>
 *   <li>publishedAt: {@code article:published_time}, else the first {@code <time datetime>};</li>
 *   <li>language: {@code <html lang>}, primary subtag, lower case;</li>
 *   <li>body: {@code <article>}, else {@code <main>}, else the element whose direct {@code <p>}
 *       children hold the most text; script, style, nav, header, footer, aside, form, figure and
 *       figcaption are dropped first;</li>
 *   <li>paragraphs: the text of p, h1–h6, li, blockquote and pre in reading order (an element inside
 *       another taken one is not taken twice; an {@code <h1>} equal to the title is skipped).</li>
 * </ul>
 * Never returns markup: only element text.
 */
public final class HtmlReader implements ArticleReader {
  private static final String DROP =
      "script, style, noscript, template, nav, header, footer, aside, form, figure, figcaption, iframe, svg, button, select";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
  private static final Pattern SUFFIX = Pattern.compile("^(.{8,}?)\\s+[-|–—]\\s+[^-|–—]{1,40}$");

  @Override
  public Document read(String html) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    String title = title(doc);
    String byline = firstNonBlank(doc.select("meta[name=author]").attr("content"),
        doc.select("[itemprop=author]").text(), doc.select("[rel=author]").text());
    String published = firstNonBlank(doc.select("meta[property=article:published_time]").attr("content"),
        doc.select("meta[name=date], meta[itemprop=datePublished]").attr("content"),
        doc.select("time[datetime]").attr("datetime"));
    String lang = doc.select("html[lang]").attr("lang").strip().toLowerCase(Locale.ROOT);
    lang = lang.isEmpty() ? null : lang.split("[-_]")[0];
    doc.select(DROP).remove();
    Element body = mainElement(doc);
    return new Document(title, byline, published, lang, paragraphs(body, title));
  }

  private static String title(org.jsoup.nodes.Document doc) {
    String raw = firstNonBlank(doc.select("meta[property=og:title]").attr("content"), doc.title(),
        doc.select("h1").text());
    if (raw == null) {
      return null;
    }
    String title = TextReader.normalize(raw);
    var m = SUFFIX.matcher(title);
    return m.matches() ? m.group(1).strip() : title;
  }

  private static Element mainElement(org.jsoup.nodes.Document doc) {
    Element article = doc.selectFirst("article");
    if (article != null && article.text().length() > 0) {
      return article;
    }
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null && main.text().length() > 0) {
      return main;
    }
    Map<Element, Integer> textByParent = new HashMap<>();
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        textByParent.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return textByParent.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(doc.body());
  }

  private static List<String> paragraphs(Element body, String title) {
    List<String> out = new ArrayList<>();
    if (body == null) {
      return out;
    }
    Set<Element> taken = new HashSet<>();
    for (Element e : body.select(BLOCKS)) {
      if (hasTakenAncestor(e, taken)) {
        continue;
      }
      taken.add(e);
      String text = TextReader.normalize(e.text());
      if (text.isEmpty() || e.normalName().equals("h1") && text.equals(title)) {
        continue;
      }
      out.add(text);
    }
    if (out.isEmpty()) {
      out.addAll(TextReader.paragraphs(body.wholeText()));
    }
    return out;
  }

  private static boolean hasTakenAncestor(Element e, Set<Element> taken) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (taken.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
