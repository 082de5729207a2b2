package io.kabar.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.AnalysisJson;
import io.kabar.store.ArticleRecords;
import java.io.PrintWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kabar.analysis.EntityType;
import io.kabar.extract.EntityKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ParameterException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code kabar query}: the table through ArticleRecords, by entity (GSI1, newest first) or by article. */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Read the table through ArticleRecords: the articles that mention an entity (GSI1, newest "
        + "first, a page at a time) or one article's records at META's revision. Reads 'kabar local up' by default.",
        "--entity takes a key (TYPE#slug) or a name. A name is resolved as the pipeline keys names: one the "
            + "gazetteer knows has its key ('Korea Utara', 'North Korea' -> LOCATION#kp; 'Putin' -> "
            + "PERSON#vladimir-putin), any other is TYPE#slug(name) for PERSON, ORGANIZATION, LOCATION and EVENT "
            + "(--type picks one); the keys tried are printed. When several keys have articles their first pages "
            + "are merged, newest first; page further with --entity KEY.",
        "Output: text by default; --json prints one JSON document.",
        "Examples:", "  kabar query --entity LOCATION#kp", "  kabar query --entity \"Kim Jong Un\"",
        "  kabar query --entity PERSON#vladimir-putin --limit 5 --page-token TOKEN",
        "  kabar query --article 5c77b36cd1fcb0f9ebb78ebc --json"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success (also when no article mentions the entity)", "1:internal error (e.g. no table at the endpoint)",
        "2:bad usage", "3:--article names no article in the table"})
final class QueryCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  static final class Target {
    @Option(names = "--entity", paramLabel = "KEY|NAME", description = "An entity key TYPE#slug (LOCATION#kp) or "
        + "a name (\"Kim Jong Un\", \"Korea Utara\").")
    String entity;

    @Option(names = "--article", paramLabel = "ID", description = "An article id, or the S3 key it was uploaded under.")
    String article;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = "--limit", defaultValue = "20", description = "ENTITY items read per page (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--page-token", description = "The token a previous page printed.")
  String pageToken;

  @Option(names = "--json", description = "One JSON document instead of text: {entity, keys, articles, nextToken} "
      + "for --entity, {meta, entities, claims, summary} for --article.")
  boolean json;

  @Option(names = "--type", description = "With a NAME: the entity type to resolve it as (PERSON, ORGANIZATION, "
      + "LOCATION, EVENT).")
  EntityType type;

  @Mixin
  TableOptions stack;

  /** One article's records as one JSON document: {meta (the whole item), entities, claims, summary}. */
  static ObjectNode articleJson(ArticleRecords.Article a) {
    ObjectNode node = AnalysisJson.mapper().createObjectNode();
    node.set("meta", a.meta().item());
    node.set("entities", AnalysisJson.mapper().valueToTree(a.entities()));
    node.set("claims", AnalysisJson.mapper().valueToTree(a.claims()));
    node.set("summary", a.summary().<com.fasterxml.jackson.databind.JsonNode>map(s -> AnalysisJson.mapper().valueToTree(s))
        .orElse(null));
    return node;
  }

  /** The articles of the entity key or name, newest first. */
  private int entity(ArticleRecords records, PrintWriter out) {
    boolean key = EntityKeys.isKey(target.entity);
    List<String> keys = key ? List.of(target.entity) : EntityKeys.candidates(target.entity, Optional.ofNullable(type));
    if (keys.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--entity '" + target.entity + "' has no letter or digit");
    }
    if (pageToken != null && keys.size() > 1) {
      throw new ParameterException(spec.commandLine(), "'" + target.entity + "' stands for several keys ("
          + String.join(", ", keys) + "): page with --entity KEY");
    }
    List<ArticleRecords.ArticleRef> articles = new ArrayList<>();
    Map<String, String> keyOf = new HashMap<>();
    List<String> matched = new ArrayList<>();
    String next = null;
    List<String> more = new ArrayList<>();
    for (String k : keys) {
      ArticleRecords.Page page = records.articlesFor(k, limit, keys.size() == 1 ? pageToken : null);
      if (!page.articles().isEmpty() || page.nextToken() != null) {
        matched.add(k);
        page.articles().forEach(a -> keyOf.putIfAbsent(a.articleId() + "\t" + a.sortDate(), k));
        articles.addAll(page.articles());
        next = page.nextToken();
        if (page.nextToken() != null) {
          more.add(k);
        }
      }
    }
    boolean merged = matched.size() > 1;
    if (merged) {
      articles.sort(Comparator.comparing(ArticleRecords.ArticleRef::sortDate, Comparator.nullsLast(Comparator.<String>naturalOrder())).reversed());
      next = null;
    }
    if (json) {
      ObjectNode node = AnalysisJson.mapper().createObjectNode();
      node.put("entity", target.entity);
      node.set("keys", AnalysisJson.mapper().valueToTree(key ? keys : matched.isEmpty() ? keys : matched));
      ArrayNode list = node.putArray("articles");
      for (ArticleRecords.ArticleRef a : articles) {
        ObjectNode item = AnalysisJson.mapper().valueToTree(a);
        item.put("key", keyOf.get(a.articleId() + "\t" + a.sortDate()));
        list.add(item);
      }
      node.put("nextToken", next);
      if (merged) {
        node.set("morePagesFor", AnalysisJson.mapper().valueToTree(more));
      }
      out.println(node);
    } else {
      if (!key) {
        out.println("\"" + target.entity + "\" -> " + (matched.isEmpty() ? "no articles under " + String.join(", ", keys)
            : String.join(", ", matched)));
      }
      for (ArticleRecords.ArticleRef r : articles) {
        out.printf(Locale.ROOT, "%-25s  %s  %-2d  %s%s%n", r.sortDate(), r.articleId(), r.mentions(),
            r.title() == null ? "" : r.title(), merged ? "  [" + keyOf.get(r.articleId() + "\t" + r.sortDate()) + "]" : "");
      }
      out.println(articles.size() + " article(s)" + (next == null ? "" : "; next page: --page-token " + next)
          + (merged && !more.isEmpty() ? "; more under " + String.join(", ", more) + " (page with --entity KEY)" : ""));
    }
    out.flush();
    return 0;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (DynamoDbClient dynamo = LocalStack.dynamoClient(stack.dynamoEndpoint)) {
      ArticleRecords records = new ArticleRecords(dynamo, stack.table);
      if (target.entity != null) {
        return entity(records, out);
      }
      String id = stack.articleId(target.article);
      Optional<ArticleRecords.Article> article = records.article(id);
      if (article.isEmpty()) {
        spec.commandLine().getErr().println("kabar: no article " + id + " in table " + stack.table);
        return Cli.EXIT_INPUT_FAILED;
      }
      ArticleRecords.Article a = article.get();
      if (json) {
        out.println(articleJson(a));
      } else {
        ArticleRecords.Meta m = a.meta();
        out.println(m.articleId() + "  " + m.status() + (m.errorCode() == null ? "" : " " + m.errorCode())
            + "  s3://" + m.sourceBucket() + "/" + m.sourceKey());
        out.println("  title      " + (m.title() == null ? "-" : m.title()));
        out.println("  language   " + m.language() + "   published " + (m.publishedAt() == null ? "-" : m.publishedAt()));
        out.println("  entities   " + a.entities().size() + "   claims " + a.claims().size());
        a.entities().stream().sorted((x, y) -> Double.compare(y.salience(), x.salience())).limit(10)
            .forEach(e -> out.printf(Locale.ROOT, "    %-30s %s x%d%n", e.key(), e.canonical(), e.mentions().size()));
        a.summary().ifPresent(s -> out.println("  summary    " + s.summary().headline()));
      }
      out.flush();
      return 0;
    }
  }
}
