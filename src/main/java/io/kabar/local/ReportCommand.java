package io.kabar.local;

import io.kabar.store.ArticleRecords;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code kabar report ID}: one stored article as a self-contained HTML page, read through ArticleRecords. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Render one article from the table (META, entities, claims, summary at META's revision, and "
        + "its clean text from textUri) as a self-contained HTML page. Reads 'kabar local up' by default.",
        "Examples:", "  kabar report 5c77b36cd1fcb0f9ebb78ebc > article.html",
        "  kabar report incoming/samples/harga-beras.md -o beras.html   (an S3 key of the bucket works too)",
        "  kabar report 5c77b36cd1fcb0f9ebb78ebc --json"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The article id (24 hex digits), or the S3 key it was uploaded under.")
  String id;

  @Option(names = "--s3-endpoint", defaultValue = "http://127.0.0.1:4566", description = "S3 endpoint (default: ${DEFAULT-VALUE}).")
  URI s3Endpoint;

  @Mixin
  TableOptions stack;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the page here instead of standard output.")
  Path out;

  @Option(names = "--json", description = "The article's records as one JSON document (as query --article ID --json: "
      + "meta, entities, claims, summary) instead of the HTML page.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    String articleId = stack.articleId(id);
    try (DynamoDbClient dynamo = LocalStack.dynamoClient(stack.dynamoEndpoint); S3Client s3 = LocalStack.s3Client(s3Endpoint)) {
      Optional<ArticleRecords.Article> article = new ArticleRecords(dynamo, stack.table).article(articleId);
      if (article.isEmpty()) {
        spec.commandLine().getErr().println("kabar: no article " + articleId + " in table " + stack.table);
        return Cli.EXIT_INPUT_FAILED;
      }
      String html = json ? QueryCommand.articleJson(article.get()).toString() + System.lineSeparator()
          : render(article.get(), s3);
      if (out != null) {
        Files.writeString(out, html, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(out);
      } else {
        PrintWriter writer = spec.commandLine().getOut();
        writer.print(html);
        writer.flush();
      }
      return 0;
    }
  }

  /** The page of a stored article; its text comes from META's textUri (none for a FAILED article). */
  static String render(ArticleRecords.Article article, S3Client s3) {
    String uri = article.meta().textUri();
    String text = "";
    if (uri != null && uri.startsWith("s3://") && !article.meta().failed()) {
      String rest = uri.substring("s3://".length());
      int slash = rest.indexOf('/');
      text = s3.getObjectAsBytes(b -> b.bucket(rest.substring(0, slash)).key(rest.substring(slash + 1)))
          .asString(StandardCharsets.UTF_8);
    }
    return ArticleHtml.render(ArticleHtml.of(article, text));
  }
}
