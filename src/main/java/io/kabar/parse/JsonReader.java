package io.kabar.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a CMS export: one JSON object describing one article.
 *
 * <p>Fields are matched ignoring case, {@code _} and {@code -}, so {@code published_at},
 * {@code publishedAt} and {@code Published-At} are the same field:
 * <ul>
 *   <li>title: {@code title}, {@code headline};</li>
 *   <li>body: {@code body}, {@code article_body}, {@code content}, {@code text}, {@code body_html},
 *       {@code content_html}, {@code html}, {@code body_text} (required);</li>
 *   <li>byline: {@code author}, {@code byline}, {@code authors} (a list, joined with ", "),
 *       {@code creator}, {@code writer};</li>
 *   <li>publishedAt: {@code published_at}, {@code published}, {@code date_published},
 *       {@code publish_date}, {@code publication_date}, {@code pub_date}, {@code date};
 *       a number is read as epoch seconds (or milliseconds when above 10<sup>11</sup>) and given as
 *       ISO-8601; a string is kept as given;</li>
 *   <li>languageHint: {@code language}, {@code lang}, {@code locale} (primary subtag);</li>
 *   <li>siteName: {@code site_name}, {@code site}, {@code publisher}, {@code publication}, {@code outlet};</li>
 *   <li>canonicalUrl: {@code canonical_url}, {@code canonical}, {@code url}, {@code link},
 *       {@code permalink}, kept only when it is an absolute {@code http(s)} URL.</li>
 * </ul>
 * A field's value may be a string, an object carrying the string under {@code rendered},
 * {@code html}, {@code text}, {@code value} or {@code name} (as WordPress and others export), or,
 * for the body and authors, an array of those. When the root object has no body field but wraps
 * the article under {@code article}, {@code data}, {@code post} or {@code item}, that object is read.
 *
 * <p>HTML inside the body is parsed with jsoup into plain paragraphs (block elements and
 * {@code <br><br>} separate paragraphs; script, style and similar are dropped); HTML entities in
 * the title and byline are decoded. A body without tags is read as {@link TextReader} reads text.
 *
 * <p>Errors are ArticleExceptions with code MALFORMED: not JSON, truncated JSON, trailing content,
 * a root that is not an object, no body field, a body that is not text, and JSON past the limits
 * below (checked while parsing, so a 100,000-deep document fails fast without deep recursion).
 * Thread-safe.
 */
public final class JsonReader implements ArticleReader {
  /** Maximum nesting depth of arrays and objects; a CMS export needs a handful of levels. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Maximum length, in characters, of one JSON string (the whole body is one string). */
  public static final int MAX_STRING_LENGTH = 20_000_000;

  private static final List<String> TITLE = List.of("title", "headline");
  private static final List<String> BODY = List.of("body", "articlebody", "content", "text", "bodyhtml",
      "contenthtml", "html", "bodytext");
  private static final List<String> AUTHOR = List.of("author", "byline", "authors", "creator", "writer");
  private static final List<String> DATE = List.of("publishedat", "published", "datepublished", "publishdate",
      "publicationdate", "pubdate", "date");
  private static final List<String> LANGUAGE = List.of("language", "lang", "locale");
  private static final List<String> SITE = List.of("sitename", "site", "publisher", "publication", "outlet");
  private static final List<String> URL = List.of("canonicalurl", "canonical", "url", "link", "permalink");
  private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)https?://[^\\s/]+\\S*");
  private static final List<String> WRAPPERS = List.of("article", "data", "post", "item");
  private static final List<String> VALUE_KEYS = List.of("rendered", "html", "text", "value", "name");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
  private static final String DROP = "script, style, noscript, template, iframe, svg, object, embed, form, button";
  private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "section", "article", "main",
      "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
      "blockquote", "pre", "table", "tr", "figure", "figcaption", "hr", "address");

  private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .build())
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Override
  public Document read(String text) throws ArticleException {
    JsonNode root = parse(text);
    if (!root.isObject()) {
      throw new ArticleException(ErrorCode.MALFORMED, "JSON root is " + kind(root)
          + "; expected one object describing an article (with a title and a body field)");
    }
    JsonNode article = root;
    if (field(root, BODY) == null) {
      for (String wrapper : WRAPPERS) {
        JsonNode inner = field(root, List.of(wrapper));
        if (inner != null && inner.isObject() && field(inner, BODY) != null) {
          article = inner;
          break;
        }
      }
    }
    JsonNode body = field(article, BODY);
    if (body == null) {
      throw new ArticleException(ErrorCode.MALFORMED, "JSON object has no body field (looked for body, "
          + "article_body, content, text, body_html, html); its fields are " + fieldNames(article));
    }
    List<String> paragraphs = bodyParagraphs(body);
    String title = inlineText(string(field(article, TITLE)));
    String byline = byline(field(article, AUTHOR));
    String published = date(field(article, DATE));
    String language = string(field(article, LANGUAGE));
    if (language != null) {
      language = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
      language = language.isEmpty() ? null : language;
    }
    String site = inlineText(string(field(article, SITE)));
    String url = string(field(article, URL));
    url = url != null && ABSOLUTE_URL.matcher(url.strip()).matches() ? url.strip() : null;
    return new Document(title, byline, published, language, paragraphs, site, url);
  }

  private JsonNode parse(String text) throws ArticleException {
    try {
      JsonNode root = mapper.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw new ArticleException(ErrorCode.MALFORMED, "JSON input has no value");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new ArticleException(ErrorCode.MALFORMED, "JSON exceeds a limit (nesting depth "
          + MAX_NESTING_DEPTH + ", string length " + MAX_STRING_LENGTH + "): "
          + e.getOriginalMessage().replaceAll(", from `[^`]*`", ""), e);
    } catch (JsonEOFException e) {
      throw new ArticleException(ErrorCode.MALFORMED, "JSON is truncated: input ends " + where(e.getLocation())
          + " inside an unfinished value", e);
    } catch (JsonProcessingException e) {
      throw new ArticleException(ErrorCode.MALFORMED, "not valid JSON " + where(e.getLocation()) + ": "
          + firstLine(e.getOriginalMessage()), e);
    }
  }

  private static String where(JsonLocation location) {
    return location == null ? "" : "at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY: return "an array";
      case NUMBER: return "a number";
      case STRING: return "a string";
      case BOOLEAN: return "a boolean";
      case NULL: return "null";
      default: return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
  }

  /** The value of the first of {@code names} present (compared without case, '_' and '-'), or null. */
  private static JsonNode field(JsonNode object, List<String> names) {
    for (String name : names) {
      Iterator<Map.Entry<String, JsonNode>> it = object.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (key(e.getKey()).equals(name) && !e.getValue().isNull()) {
          return e.getValue();
        }
      }
    }
    return null;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  private static String fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    if (names.isEmpty()) {
      return "none (the object is empty)";
    }
    return names.size() <= 12 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 12)) + " and " + (names.size() - 12) + " more";
  }

  /** A scalar or a wrapped scalar ({"rendered": "..."}), as text; null for anything else. */
  private static String string(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    if (node.isObject()) {
      JsonNode inner = field(node, VALUE_KEYS);
      return inner != null && inner.isValueNode() ? inner.asText() : null;
    }
    return null;
  }

  private static List<String> bodyParagraphs(JsonNode body) throws ArticleException {
    List<String> out = new ArrayList<>();
    if (body.isArray()) {
      for (JsonNode part : body) {
        String s = string(part);
        if (s != null) {
          out.addAll(paragraphs(s));
        }
      }
      return out;
    }
    String s = string(body);
    if (s == null || !(body.isTextual() || body.isObject())) {
      throw new ArticleException(ErrorCode.MALFORMED, "JSON body field is " + kindOf(body)
          + "; expected text (plain or HTML), an object with \"rendered\"/\"html\"/\"text\", or an array of those");
    }
    return paragraphs(s);
  }

  private static String kindOf(JsonNode node) {
    return node.isObject() ? "an object without a text value" : kind(node);
  }

  /** Plain paragraphs of a text that may hold HTML. */
  static List<String> paragraphs(String text) {
    String clean = TextDecoder.clean(text);
    if (!HTML_TAG.matcher(clean).find()) {
      return TextReader.paragraphs(clean.indexOf('&') >= 0 ? Jsoup.parse(clean).wholeText() : clean);
    }
    org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(clean);
    doc.select(DROP).remove();
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode) {
          sb.append(((TextNode) node).getWholeText().replace('\n', ' '));
        } else if (node instanceof Element) {
          String tag = ((Element) node).normalName();
          if (tag.equals("br")) {
            sb.append('\n');
          } else if (BLOCKS.contains(tag)) {
            sb.append("\n\n");
          } else if (tag.equals("td") || tag.equals("th")) {
            sb.append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element && BLOCKS.contains(((Element) node).normalName())) {
          sb.append("\n\n");
        }
      }
    }, doc.body());
    List<String> out = new ArrayList<>();
    for (String block : sb.toString().split("\\n[ \\t\\u00A0]*\\n")) {
      String p = TextReader.normalize(block.replace('\n', ' '));
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Text of a one-line field: entities decoded, tags dropped, whitespace normalised; null when blank. */
  private static String inlineText(String s) {
    if (s == null) {
      return null;
    }
    String text = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
    text = TextReader.normalize(TextDecoder.clean(text).replace('\n', ' '));
    return text.isEmpty() ? null : text;
  }

  private static String byline(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode author : node) {
        String name = inlineText(string(author));
        if (name != null) {
          names.add(name);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return inlineText(string(node));
  }

  private static String date(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber()) {
      long n = node.asLong();
      try {
        return (Math.abs(n) > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n)).toString();
      } catch (java.time.DateTimeException e) {
        return node.asText();
      }
    }
    return inlineText(string(node));
  }
}
