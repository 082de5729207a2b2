package io.kabar.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.AnalysisJson;
import io.kabar.store.ArticleRecords;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
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
        "Examples:", "  kabar query --entity LOCATION#kp", "  kabar query --entity PERSON#vladimir-putin --limit 5 --page-token TOKEN",
        "  kabar query --article 5c77b36cd1fcb0f9ebb78ebc --json"})
final class QueryCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  static final class Target {
    @Option(names = "--entity", paramLabel = "KEY", description = "An entity key TYPE#slug, e.g. LOCATION#kp.")
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

  @Option(names = "--json", description = "Machine-readable JSON instead of text.")
  boolean json;

  @Mixin
  TableOptions stack;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (DynamoDbClient dynamo = LocalStack.dynamoClient(stack.dynamoEndpoint)) {
      ArticleRecords records = new ArticleRecords(dynamo, stack.table);
      if (target.entity != null) {
        ArticleRecords.Page page = records.articlesFor(target.entity, limit, pageToken);
        if (json) {
          ObjectNode node = AnalysisJson.mapper().createObjectNode();
          node.set("articles", AnalysisJson.mapper().valueToTree(page.articles()));
          node.put("nextToken", page.nextToken());
          out.println(node);
        } else {
          for (ArticleRecords.ArticleRef r : page.articles()) {
            out.printf(Locale.ROOT, "%-25s  %s  %-2d  %s%n", r.sortDate(), r.articleId(), r.mentions(),
                r.title() == null ? "" : r.title());
          }
          out.println(page.articles().size() + " article(s)" + (page.nextToken() == null ? ""
              : "; next page: --page-token " + page.nextToken()));
        }
        out.flush();
        return 0;
      }
      String id = stack.articleId(target.article);
      Optional<ArticleRecords.Article> article = records.article(id);
      if (article.isEmpty()) {
        spec.commandLine().getErr().println("kabar: no article " + id + " in table " + stack.table);
        return Cli.EXIT_INPUT_FAILED;
      }
      ArticleRecords.Article a = article.get();
      if (json) {
        ObjectNode node = AnalysisJson.mapper().createObjectNode();
        node.set("meta", a.meta().item());
        node.set("entities", AnalysisJson.mapper().valueToTree(a.entities()));
        node.set("claims", AnalysisJson.mapper().valueToTree(a.claims()));
        node.set("summary", a.summary().<com.fasterxml.jackson.databind.JsonNode>map(s -> AnalysisJson.mapper().valueToTree(s)).orElse(null));
        out.println(node);
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
