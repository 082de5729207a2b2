package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.store.Keys;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Prints one article's DynamoDB items for people: status, metadata, entities, claims, summary. */
final class ArticlePrinter {
  private static final int MAX_ENTITIES = 12;
  private static final int MAX_CLAIMS = 6;

  private ArticlePrinter() {}

  static void print(String key, String articleId, List<JsonNode> items, PrintWriter out) {
    out.println("━━ " + key);
    JsonNode meta = find(items, Keys.META);
    if (meta == null) {
      out.println("   no record (article " + articleId + ")");
      return;
    }
    String rev = meta.path("rev").asText();
    out.printf(Locale.ROOT, "   article %s  status %s%n", articleId, meta.path("status").asText());
    if (meta.has("error")) {
      out.printf(Locale.ROOT, "   error %s: %s%n", meta.path("error").path("code").asText(),
          meta.path("error").path("message").asText());
      return;
    }
    out.printf(Locale.ROOT, "   title     %s%n", meta.path("title").asText("(none)"));
    out.printf(Locale.ROOT, "   language  %s   dateline %s%n", meta.path("language").asText(),
        meta.path("dateline").isObject() ? meta.path("dateline").path("location").asText("-") + " / "
            + meta.path("dateline").path("source").asText("-") : "-");
    if (meta.hasNonNull("siteName") || meta.hasNonNull("canonicalUrl")) {
      out.printf(Locale.ROOT, "   site      %s  %s%n", meta.path("siteName").asText("-"),
          meta.path("canonicalUrl").asText("-"));
    }
    JsonNode counts = meta.path("counts");
    out.printf(Locale.ROOT, "   counts    %d paragraphs, %d entities, %d claims, %d removed as boilerplate%n",
        counts.path("paragraphs").asInt(), counts.path("entities").asInt(), counts.path("claims").asInt(),
        counts.path("removed").asInt());
    out.println("   text      " + meta.path("textUri").asText());
    List<JsonNode> entities = new ArrayList<>();
    List<JsonNode> claims = new ArrayList<>();
    for (JsonNode item : items) {
      String sk = item.path("SK").asText();
      if (!rev.equals(item.path("rev").asText())) {
        continue;
      }
      if (sk.startsWith(Keys.ENTITY_PREFIX)) {
        entities.add(item);
      } else if (sk.startsWith(Keys.CLAIM_PREFIX)) {
        claims.add(item);
      }
    }
    entities.sort(Comparator.comparingDouble((JsonNode e) -> -e.path("salience").asDouble()));
    out.println("   entities:");
    for (JsonNode e : entities.subList(0, Math.min(MAX_ENTITIES, entities.size()))) {
      out.printf(Locale.ROOT, "     %-12s %-40s %s ×%d%n", e.path("type").asText(), e.path("canonical").asText(),
          e.path("key").asText(), e.path("mentions").size());
    }
    out.println("   claims:");
    for (JsonNode c : claims.subList(0, Math.min(MAX_CLAIMS, claims.size()))) {
      out.printf(Locale.ROOT, "     [%s] %s: %s%n", c.path("kind").asText(), c.path("speaker").asText("—"),
          shorten(c.path("text").asText(), 140));
    }
    JsonNode summary = find(items, Keys.SUMMARY);
    if (summary != null && rev.equals(summary.path("rev").asText())) {
      out.println("   summary (" + summary.path("method").asText() + "): " + summary.path("headline").asText());
      summary.path("sentences").forEach(s -> out.println("     • " + shorten(s.asText(), 160)));
      summary.path("keyPoints").forEach(s -> out.println("     ▸ " + shorten(s.asText(), 160)));
    }
  }

  private static JsonNode find(List<JsonNode> items, String sk) {
    return items.stream().filter(i -> sk.equals(i.path("SK").asText())).findFirst().orElse(null);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
