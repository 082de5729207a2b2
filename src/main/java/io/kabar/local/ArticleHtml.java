package io.kabar.local;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.Claim;
import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import io.kabar.analysis.Mention;
import io.kabar.analysis.Quantity;
import io.kabar.analysis.Summary;
import io.kabar.store.ArticleRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One article as a self-contained HTML page: the summary and key points on top, the text with
 * every entity mention highlighted by type (an element with {@code data-entity} carrying the
 * entity key), claim markers in the text, and the claims with speakers and quantities, each linked
 * to its place in the text and back.
 *
 * <p>The page is built as a jsoup DOM, so every piece of article text is a text node or an
 * attribute value and comes out escaped: markup in an article cannot reach the page. It carries a
 * Content-Security-Policy that forbids every external request and script; the CSS is inline and
 * the layout is a single column that reads on a phone.
 */
public final class ArticleHtml {
  private static final String CSS = css();

  /** What the page shows. {@code facts} are label → value lines (site, byline, date, …); nulls are left out. */
  public record View(String title, Map<String, String> facts, String text, List<Entity> entities,
      List<Claim> claims, Summary summary) {}

  private ArticleHtml() {}

  /** The view of an in-process analysis ({@code kabar analyze --format html}). */
  public static View of(Analysis a) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Site", a.siteName());
    facts.put("By", a.byline());
    facts.put("Published", a.publishedAt());
    facts.put("Language", a.language());
    facts.put("Dateline", a.dateline() == null ? null : join(a.dateline().location(), a.dateline().source()));
    facts.put("Source", a.canonicalUrl());
    facts.put("Id", a.id());
    return new View(a.title(), facts, a.text(), a.entities(), a.claims(), a.summary());
  }

  /** The view of an article read from the table ({@code kabar report ID}); {@code text} from its textUri. */
  public static View of(ArticleRecords.Article a, String text) {
    ArticleRecords.Meta m = a.meta();
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("Site", m.siteName());
    facts.put("By", m.byline());
    facts.put("Published", m.publishedAt());
    facts.put("Language", m.language());
    facts.put("Source", m.canonicalUrl() != null ? m.canonicalUrl() : "s3://" + m.sourceBucket() + "/" + m.sourceKey());
    facts.put("Status", m.status() + (m.errorCode() == null ? "" : " " + m.errorCode()));
    facts.put("Id", m.articleId());
    return new View(m.title(), facts, text == null ? "" : text, a.entities(), a.claims(),
        a.summary().map(ArticleRecords.StoredSummary::summary).orElse(null));
  }

  /** The whole page, {@code <!doctype html>} first. */
  public static String render(View view) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
        .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    head.appendElement("meta").attr("name", "generator").attr("content", "kabar");
    String title = view.title() != null && !view.title().isBlank() ? view.title()
        : view.summary() != null && view.summary().headline() != null && !view.summary().headline().isBlank()
        ? view.summary().headline() : "(untitled article)";
    head.appendElement("title").text(title);
    head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
    Element main = doc.body().appendElement("main");

    Element header = main.appendElement("header");
    header.appendElement("h1").text(title);
    Element facts = header.appendElement("dl").addClass("facts");
    view.facts().forEach((label, value) -> {
      if (value != null && !value.isBlank()) {
        facts.appendElement("dt").text(label);
        facts.appendElement("dd").text(value);
      }
    });

    Element summary = main.appendElement("section").addClass("summary").attr("aria-label", "Summary");
    summary.appendElement("h2").text("Summary");
    if (view.summary() == null) {
      summary.appendElement("p").addClass("muted").text("No summary yet.");
    } else {
      if (view.summary().headline() != null && !view.summary().headline().isBlank()) {
        summary.appendElement("p").addClass("headline").text(view.summary().headline());
      }
      Element sentences = summary.appendElement("div").addClass("sentences");
      view.summary().sentences().forEach(s -> sentences.appendElement("p").text(s));
      if (!view.summary().keyPoints().isEmpty()) {
        summary.appendElement("h3").text("Key points");
        Element points = summary.appendElement("ul").addClass("keypoints");
        view.summary().keyPoints().forEach(p -> points.appendElement("li").text(p));
      }
    }

    legend(main.appendElement("section").addClass("legend").attr("aria-label", "Entity types"), view.entities());
    Map<String, Entity> byKey = new LinkedHashMap<>();
    view.entities().forEach(e -> byKey.put(e.key(), e));
    Element article = main.appendElement("article").addClass("text");
    article.appendElement("h2").text("Article");
    body(article, view.text(), view.entities(), view.claims());
    claims(main.appendElement("section").addClass("claims").attr("aria-label", "Claims"), view.claims(), byKey);
    return "<!doctype html>\n" + doc.outerHtml();
  }

  private static void legend(Element legend, List<Entity> entities) {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    entities.forEach(e -> counts.merge(e.type(), e.mentions().size(), Integer::sum));
    counts.forEach((type, n) -> legend.appendElement("span").addClass("ent").addClass("t-" + type.name())
        .text(type.name().toLowerCase(Locale.ROOT) + " " + n));
  }

  /** A mention to highlight, with its entity. */
  private record Mark(int start, int end, Entity entity) {}

  private static void body(Element article, String text, List<Entity> entities, List<Claim> claims) {
    List<Mark> marks = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.start() >= 0 && m.end() <= text.length() && m.start() < m.end()) {
          marks.add(new Mark(m.start(), m.end(), e));
        }
      }
    }
    // longest first at the same start; overlapping ones after the first are left unmarked
    marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
    List<Mark> kept = new ArrayList<>();
    int covered = 0;
    for (Mark mark : marks) {
      if (mark.start() >= covered) {
        kept.add(mark);
        covered = mark.end();
      }
    }
    TreeMap<Integer, List<Integer>> claimAt = new TreeMap<>();
    for (int i = 0; i < claims.size(); i++) {
      int at = Math.max(0, Math.min(text.length(), claims.get(i).start()));
      for (Mark mark : kept) {
        if (mark.start() < at && at < mark.end()) {
          at = mark.start(); // never inside a highlight
        }
      }
      claimAt.computeIfAbsent(at, k -> new ArrayList<>()).add(i + 1);
    }
    int next = 0;
    int from = 0;
    while (from <= text.length()) {
      int to = text.indexOf("\n\n", from);
      if (to < 0) {
        to = text.length();
      }
      Element p = article.appendElement("p");
      int pos = from;
      while (next < kept.size() && kept.get(next).start() < to) {
        Mark mark = kept.get(next++);
        if (mark.start() < pos) {
          continue;
        }
        plain(p, text, pos, mark.start(), claimAt);
        markers(p, claimAt, mark.start(), mark.start() + 1);
        Entity e = mark.entity();
        p.appendElement("mark").addClass("ent").addClass("t-" + e.type().name()).attr("data-entity", e.key())
            .attr("title", e.canonical() + " · " + e.type().name().toLowerCase(Locale.ROOT))
            .text(text.substring(mark.start(), Math.min(mark.end(), to)));
        pos = Math.min(mark.end(), to);
      }
      plain(p, text, pos, to, claimAt);
      if (to == text.length()) {
        markers(p, claimAt, to, to + 1);
        break;
      }
      from = to + 2;
    }
  }

  /** Text from {@code from} to {@code to}, with the claim markers that fall in it. */
  private static void plain(Element p, String text, int from, int to, TreeMap<Integer, List<Integer>> claimAt) {
    int pos = from;
    for (Map.Entry<Integer, List<Integer>> at : claimAt.subMap(from, true, to, false).entrySet()) {
      if (at.getKey() > pos) {
        p.appendText(text.substring(pos, at.getKey()));
        pos = at.getKey();
      }
      at.getValue().forEach(n -> marker(p, n));
    }
    if (to > pos) {
      p.appendText(text.substring(pos, to));
    }
  }

  private static void markers(Element p, TreeMap<Integer, List<Integer>> claimAt, int from, int to) {
    claimAt.subMap(from, true, to, false).values().forEach(ns -> ns.forEach(n -> marker(p, n)));
  }

  private static void marker(Element p, int n) {
    p.appendElement("a").addClass("claim-mark").attr("id", "claim-" + n).attr("href", "#claim-item-" + n)
        .attr("aria-label", "claim " + n).text("C" + n);
  }

  private static void claims(Element section, List<Claim> claims, Map<String, Entity> byKey) {
    section.appendElement("h2").text("Claims (" + claims.size() + ")");
    if (claims.isEmpty()) {
      section.appendElement("p").addClass("muted").text("No claims found.");
      return;
    }
    Element list = section.appendElement("ol");
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      Element item = list.appendElement("li").attr("id", "claim-item-" + (i + 1));
      Element line = item.appendElement("div").addClass("claim-head");
      line.appendElement("span").addClass("kind").text(c.kind() == null ? "" : c.kind().name().toLowerCase(Locale.ROOT));
      Element speaker = line.appendElement("span").addClass("speaker");
      if (c.speaker() != null) {
        speaker.text(c.speaker());
        if (c.speakerKey() != null) {
          speaker.attr("data-speaker", c.speakerKey());
        }
      } else {
        speaker.addClass("muted").text("no speaker");
      }
      line.appendElement("a").addClass("goto").attr("href", "#claim-" + (i + 1)).text("in text ↑");
      item.appendElement("blockquote").text(c.text());
      if (!c.quantities().isEmpty()) {
        Element qs = item.appendElement("div").addClass("quantities");
        for (Quantity q : c.quantities()) {
          qs.appendElement("span").addClass("qty").text(q.text()).attr("title", quantityTitle(q));
        }
      }
      List<String> names = new ArrayList<>();
      c.entities().forEach(k -> names.add(byKey.containsKey(k) ? byKey.get(k).canonical() : k));
      if (!names.isEmpty()) {
        item.appendElement("div").addClass("about").text("About: " + String.join(", ", names));
      }
    }
  }

  private static String quantityTitle(Quantity q) {
    String value = q.value() != null ? fmt(q.value()) : fmt(q.low()) + "–" + fmt(q.high());
    return (q.approximate() ? "≈ " : "") + value + (q.unit() == null ? "" : " " + q.unit());
  }

  private static String fmt(Double d) {
    if (d == null) {
      return "?";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a + " (" + b + ")";
  }

  private static String css() {
    try (InputStream in = ArticleHtml.class.getResourceAsStream("report.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("io/kabar/local/report.css missing from the jar", e));
    }
  }
}
