package io.kabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The claims gold format: one {@code NAME.txt} (the article's text) next to one {@code NAME.expected.json}
 * whose {@code claims} list has, per claim, {@code text_contains} (a fragment of the claim's text,
 * required), {@code speaker_any} (accepted speaker forms; absent means the claim has no speaker),
 * {@code kind} (QUOTE, ATTRIBUTED or STATISTIC; absent means not scored) and {@code quantity}
 * (any of {@code value}, {@code low}, {@code high}, {@code unit}, {@code approximate}; absent means not
 * scored). An optional top-level {@code language} names the article's language.
 */
public final class ClaimGold {
  private ClaimGold() {}

  /** One expected quantity: null fields are not checked. */
  public record Quantity(Double value, Double low, Double high, String unit, Boolean approximate) {}

  /** One expected claim. */
  public record Expected(String textContains, List<String> speakerAny, String kind, Quantity quantity) {
    public Expected {
      speakerAny = speakerAny == null ? null : List.copyOf(speakerAny);
    }
  }

  /** One labelled article. */
  public record Article(String name, Path text, String language, List<Expected> claims) {
    public Article {
      claims = List.copyOf(claims);
    }
  }

  /**
   * The labelled articles of {@code folder} (each {@code *.expected.json} with its {@code .txt}), by name.
   *
   * @throws IllegalArgumentException when the folder is missing or holds no labelled article
   */
  public static List<Article> open(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no such folder: " + folder);
    }
    Map<String, Article> byName = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path json : files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).toList()) {
        String file = json.getFileName().toString();
        String name = file.substring(0, file.length() - ".expected.json".length());
        Path txt = folder.resolve(name + ".txt");
        if (Files.isRegularFile(txt)) {
          byName.put(name, read(name, txt, Files.readString(json, StandardCharsets.UTF_8)));
        }
      }
    }
    if (byName.isEmpty()) {
      throw new IllegalArgumentException("no NAME.txt + NAME.expected.json pair in " + folder);
    }
    return List.copyOf(byName.values());
  }

  /** One article from its expected JSON. */
  public static Article read(String name, Path text, String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<Expected> claims = new ArrayList<>();
    for (JsonNode c : root.path("claims")) {
      String fragment = c.path("text_contains").asText(null);
      if (fragment == null || fragment.isBlank()) {
        throw new IOException(name + ": a claim without text_contains");
      }
      List<String> speakers = null;
      if (c.hasNonNull("speaker_any")) {
        speakers = new ArrayList<>();
        for (JsonNode s : c.get("speaker_any")) {
          speakers.add(s.asText());
        }
      }
      Quantity q = null;
      JsonNode qn = c.path("quantity");
      if (qn.isObject()) {
        q = new Quantity(num(qn, "value"), num(qn, "low"), num(qn, "high"),
            qn.hasNonNull("unit") ? qn.get("unit").asText() : null,
            qn.hasNonNull("approximate") ? qn.get("approximate").asBoolean() : null);
      }
      claims.add(new Expected(fragment, speakers, c.hasNonNull("kind") ? c.get("kind").asText() : null, q));
    }
    return new Article(name, text, root.hasNonNull("language") ? root.get("language").asText() : null, claims);
  }

  private static Double num(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asDouble() : null;
  }
}
