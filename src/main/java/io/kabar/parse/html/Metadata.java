package io.kabar.parse.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.parse.Mojibake;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of an HTML page, read before any element is removed.
 *
 * <p>Sources, first found wins: JSON-LD ({@code headline}, {@code author}, {@code datePublished},
 * {@code publisher.name}, {@code url} of an article-like object, also inside {@code @graph}), Open
 * Graph and other {@code <meta>} tags, {@code <link rel=canonical>}, {@code <time datetime>},
 * elements with byline or date class names, a date in the URL, and {@code <html lang>}.
 *
 * @param title        the article title without a site-name suffix or prefix, or null
 * @param byline       the author names, comma separated, or null
 * @param publishedAt  the publication date as ISO-8601 (see {@link DateText}), or null
 * @param siteName     the site's name, or null
 * @param canonicalUrl the canonical URL, or null
 * @param language     the primary subtag of {@code <html lang>}, lower case, or null
 * @param titleTexts   texts that are the title as the page shows it (to drop from the body)
 */
public record Metadata(String title, String byline, String publishedAt, String siteName, String canonicalUrl,
    String language, Set<String> titleTexts) {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final int H1_MIN_WORDS = 3;
  private static final int MAX_JSON_LD_CHARS = 1_000_000;
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»«/]+\\s+|\\s+::\\s+");
  private static final Pattern BY = Pattern.compile("^(?:author|written by|posted by|by|oleh|penulis|reporter|editor)\\s*:?\\s+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE_LABEL = Pattern.compile(
      "^(?:about|more|all|view|see|posts?|articles?|follow|contact)\\b|\\b(?:authors?|penulis|written by)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern URLISH = Pattern.compile("^(?:https?:)?//|^www\\.|\\.(?:com|org|net)/", Pattern.CASE_INSENSITIVE);
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
      "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle",
      "techarticle", "socialmediaposting", "liveblogposting", "report", "posting", "webpage", "medicalwebpage",
      "review", "recipe", "howto", "creativework", "videoobject");

  /** Reads the metadata of {@code doc}. */
  public static Metadata of(Document doc) {
    Map<String, String> metas = metaIndex(doc);
    JsonLd ld = JsonLd.read(doc);
    String siteName = first(meta(metas, "og:site_name"), ld.publisher, meta(metas, "application-name"),
        meta(metas, "twitter:site") == null ? null : meta(metas, "twitter:site").replaceFirst("^@", ""));
    String canonical = first(attr(doc, "link[rel=canonical]", "href"), meta(metas, "og:url"), ld.url);
    String lang = attr(doc, "html[lang]", "lang");
    if (lang == null) {
      lang = first(meta(metas, "og:locale"), meta(metas, "content-language"), meta(metas, "language"));
    }
    if (lang != null) {
      lang = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
      lang = lang.matches("[a-z]{2,3}") ? lang : null;
    }
    Set<String> titleTexts = new LinkedHashSet<>();
    String title = title(doc, metas, ld, siteName, titleTexts);
    return new Metadata(title, byline(doc, metas, ld), published(doc, metas, ld, canonical), siteName == null ? null : clean(siteName),
        canonical, lang, titleTexts);
  }

  private static String title(Document doc, Map<String, String> metas, JsonLd ld, String siteName,
      Set<String> titleTexts) {
    List<String> raw = new ArrayList<>();
    for (String s : new String[] {meta(metas, "og:title"), meta(metas, "twitter:title"), ld.headline, doc.title()}) {
      if (s != null && !clean(s).isEmpty()) {
        raw.add(clean(s));
        titleTexts.add(clean(s));
      }
    }
    List<String> h1s = new ArrayList<>();
    for (Element h : doc.select("h1")) {
      String t = clean(h.text());
      if (!t.isEmpty() && h1s.size() < 5) {
        h1s.add(t);
      }
    }
    // An <h1> that one of the declared titles starts or ends with is the title as shown.
    for (String h : h1s) {
      String key = key(h);
      if (key.length() < 8) {
        continue;
      }
      for (String r : raw) {
        String rk = key(r);
        if (rk.equals(key) || rk.startsWith(key + " ") || rk.endsWith(" " + key)) {
          titleTexts.add(h);
          return h;
        }
      }
    }
    // Otherwise the first <h1>, when it reads like a headline rather than a site name or logo.
    String siteKey = siteName == null ? "" : key(siteName);
    if (!h1s.isEmpty()) {
      String h = h1s.get(0);
      String hk = key(h);
      if (hk.split(" ").length >= H1_MIN_WORDS && h.length() <= 300 && !hk.equals(siteKey)
          && (siteKey.isEmpty() || !hk.contains(siteKey))) {
        titleTexts.add(h);
        return h;
      }
    }
    for (String r : raw) {
      String stripped = stripSite(r, siteName);
      if (!stripped.isEmpty()) {
        titleTexts.add(stripped);
        return stripped;
      }
    }
    if (!h1s.isEmpty()) {
      titleTexts.add(h1s.get(0));
      return h1s.get(0);
    }
    return null;
  }

  /** Removes a site-name suffix or prefix ({@code " | Site"}, {@code "Site - "}) from a title. */
  static String stripSite(String title, String siteName) {
    String siteKey = siteName == null ? "" : key(siteName);
    var m = SEPARATOR.matcher(title);
    List<int[]> cuts = new ArrayList<>();
    while (m.find()) {
      cuts.add(new int[] {m.start(), m.end()});
    }
    if (cuts.isEmpty()) {
      return title;
    }
    if (!siteKey.isEmpty()) {
      int[] last = cuts.get(cuts.size() - 1);
      String tail = key(title.substring(last[1]));
      if (tail.equals(siteKey) || siteKey.contains(tail) && !tail.isEmpty() || tail.contains(siteKey)) {
        return stripSite(title.substring(0, last[0]).strip(), null);
      }
      int[] firstCut = cuts.get(0);
      String head = key(title.substring(0, firstCut[0]));
      if (head.equals(siteKey) || !head.isEmpty() && siteKey.contains(head)) {
        return title.substring(firstCut[1]).strip();
      }
    }
    // Without a known site name: drop a short last segment (one to four words) after the longest part.
    int[] last = cuts.get(cuts.size() - 1);
    String head = title.substring(0, last[0]).strip();
    String tail = title.substring(last[1]).strip();
    if (tail.split("\\s+").length <= 4 && head.split("\\s+").length >= 2 && head.length() > tail.length()) {
      return head;
    }
    return title;
  }

  private static String byline(Document doc, Map<String, String> metas, JsonLd ld) {
    if (!ld.authors.isEmpty()) {
      return String.join(", ", ld.authors);
    }
    for (String name : new String[] {"author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator",
        "dcterms.creator", "cxenseparse:author", "content_author"}) {
      String v = meta(metas, name);
      if (v != null && !URLISH.matcher(v).find() && !clean(v).isEmpty()) {
        return byClean(v);
      }
    }
    for (String css : new String[] {"[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]",
        "a[href*=/author/], a[href*=/authors/], a[href*=/penulis/]"}) {
      for (Element e : doc.select(css)) {
        String t = byClean(e.text());
        if (looksLikeName(t)) {
          return t;
        }
      }
    }
    // An element whose class or id names it as the author or byline, holding a short name.
    int seen = 0;
    for (Element e : doc.select("[class], [id]")) {
      String words = " " + ClassHints.words(e.className() + " " + e.id()) + " ";
      if (!(words.contains(" author") || words.contains(" byline") || words.contains(" writer")
          || words.contains(" penulis") || words.contains(" reporter"))) {
        continue;
      }
      if (++seen > 50) {
        break;
      }
      String t = byClean(e.text());
      if (looksLikeName(t)) {
        return t;
      }
    }
    return null;
  }

  /** One to six words, no digits, not a label: a plausible author name (or names). */
  private static boolean looksLikeName(String t) {
    if (t.isEmpty() || t.length() > 80 || t.chars().anyMatch(Character::isDigit) || t.endsWith(":")) {
      return false;
    }
    int words = t.split("\\s+").length;
    return words >= 1 && words <= 8 && !BYLINE_LABEL.matcher(t).find();
  }

  private static String byClean(String s) {
    String t = clean(s);
    t = BY.matcher(t).replaceFirst("");
    return t.strip();
  }

  private static String published(Document doc, Map<String, String> metas, JsonLd ld, String canonical) {
    String[] names = {"article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "published_time", "article.published", "parsely-pub-date", "sailthru.date",
        "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "citation_publication_date",
        "citation_date", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
        "article:modified_time", "og:updated_time", "datemodified", "dateModified", "last-modified"};
    String found = DateText.parse(ld.datePublished);
    for (int i = 0; found == null && i < names.length; i++) {
      found = DateText.parse(meta(metas, names[i]));
    }
    if (found == null) {
      found = DateText.parse(attr(doc, "[itemprop=datePublished]", "content"));
    }
    if (found == null) {
      found = DateText.parse(attr(doc, "[itemprop=datePublished]", "datetime"));
    }
    if (found == null) {
      for (Element t : doc.select("time[datetime], time[pubdate]")) {
        found = DateText.parse(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
        if (found == null) {
          found = DateText.parse(t.text());
        }
        if (found != null) {
          break;
        }
      }
    }
    if (found == null) {
      found = DateText.parse(ld.dateModified);
    }
    if (found == null && canonical != null) {
      found = DateText.parse(canonical);
    }
    if (found == null) {
      int seen = 0;
      for (Element e : doc.select("[class~=(?i)(date|time|publish|posted|tanggal|waktu)], [id~=(?i)(date|time|publish)]")) {
        if (++seen > 30) {
          break;
        }
        String t = e.text();
        if (t.length() <= 200) {
          found = DateText.parse(t);
          if (found != null) {
            break;
          }
        }
      }
    }
    return found;
  }

  /**
   * Every {@code <meta>} of the page by lower-cased {@code property}, {@code name}, {@code itemprop}
   * and {@code http-equiv}, first non-blank content in document order winning: one walk of the
   * page instead of one per name looked up.
   */
  static Map<String, String> metaIndex(Document doc) {
    Map<String, String> index = new HashMap<>();
    for (Element m : doc.select("meta")) {
      String c = m.attr("content");
      if (c.isBlank()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr);
        if (!key.isEmpty()) {
          index.putIfAbsent(key.toLowerCase(Locale.ROOT), c.strip());
        }
      }
    }
    return index;
  }

  static String meta(Map<String, String> metas, String name) {
    return metas.get(name.toLowerCase(Locale.ROOT));
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null || e.attr(attr).isBlank()) {
      return null;
    }
    return e.attr(attr).strip();
  }

  static String clean(String s) {
    return s == null ? "" : Mojibake.repair(s).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  /** Lower-case words only, for comparing titles. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** What the JSON-LD blocks of a page say about its article. */
  private static final class JsonLd {
    String headline;
    String datePublished;
    String dateModified;
    String publisher;
    String url;
    final List<String> authors = new ArrayList<>();

    static JsonLd read(Document doc) {
      JsonLd out = new JsonLd();
      for (Element script : doc.select("script[type=application/ld+json]")) {
        String data = script.data();
        if (data.length() > MAX_JSON_LD_CHARS) {
          continue;
        }
        try {
          out.visit(JSON.readTree(data.strip()), 0);
        } catch (Exception e) {
          // Invalid JSON-LD is common; the page's other metadata still counts.
        }
      }
      return out;
    }

    private void visit(JsonNode node, int depth) {
      if (node == null || depth > 6) {
        return;
      }
      if (node.isArray()) {
        for (JsonNode n : node) {
          visit(n, depth + 1);
        }
        return;
      }
      if (!node.isObject()) {
        return;
      }
      if (node.has("@graph")) {
        visit(node.get("@graph"), depth + 1);
      }
      boolean article = false;
      JsonNode type = node.get("@type");
      if (type != null) {
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
          article |= ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT));
        }
      }
      if (!article) {
        return;
      }
      boolean webPage = type.toString().toLowerCase(Locale.ROOT).contains("webpage");
      if (headline == null || !webPage) {
        String h = text(node.get("headline"));
        if (h == null && !webPage) {
          h = text(node.get("name"));
        }
        if (h != null) {
          headline = headline == null || !webPage ? h : headline;
        }
      }
      if (datePublished == null) {
        datePublished = text(node.get("datePublished"));
        if (datePublished == null) {
          datePublished = text(node.get("dateCreated"));
        }
      }
      if (dateModified == null) {
        dateModified = text(node.get("dateModified"));
      }
      if (publisher == null && node.has("publisher")) {
        JsonNode p = node.get("publisher");
        publisher = p.isArray() && p.size() > 0 ? text(p.get(0).get("name")) : p.isObject() ? text(p.get("name")) : text(p);
      }
      if (url == null && !webPage) {
        url = text(node.get("url"));
      }
      if (authors.isEmpty() && node.has("author")) {
        JsonNode a = node.get("author");
        for (JsonNode one : a.isArray() ? a : List.of(a)) {
          String name = one.isObject() ? text(one.get("name")) : text(one);
          if (name != null && !URLISH.matcher(name).find() && !authors.contains(clean(name)) && authors.size() < 10) {
            authors.add(clean(name));
          }
        }
      }
    }

    private static String text(JsonNode n) {
      if (n == null || n.isNull()) {
        return null;
      }
      if (n.isArray()) {
        return n.size() == 0 ? null : text(n.get(0));
      }
      if (n.isObject()) {
        return null;
      }
      String s = clean(n.asText());
      return s.isEmpty() ? null : s;
    }
  }
}
