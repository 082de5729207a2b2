package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.store.Keys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** {@code kabar report} against a running local stack, as a user runs it next to {@code kabar local up}. */
class ReportCommandIT {
  @Test
  void reportRendersAStoredArticleFromTheTable(@TempDir Path dir) throws Exception {
    LocalStackIT.assumeDynalite();
    try (LocalStack stack = LocalStack.start(0, 0, 2, null)) {
      String key = "incoming/report/banjir.txt";
      stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key),
          RequestBody.fromBytes(ArticleHtmlTest.bundled("Banjir Jakarta – Bekasi.txt")));
      assertTrue(stack.awaitIdle(Duration.ofSeconds(60)));
      String[] endpoints = {"--s3-endpoint", stack.s3Endpoint().toString(),
          "--dynamodb-endpoint", stack.dynamoEndpoint().toString()};
      Path file = dir.resolve("report.html");
      StringWriter err = new StringWriter();

      int exit = Cli.run(concat(new String[] {"report", Keys.articleId(LocalStack.BUCKET, key), "-o", file.toString()},
          endpoints), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

      assertEquals(0, exit, err::toString);
      Document page = Jsoup.parse(Files.readString(file));
      var article = stack.store().articleItems(Keys.articleId(LocalStack.BUCKET, key));
      long entities = article.stream().filter(i -> i.path("SK").asText().startsWith("ENTITY#")).count();
      long claims = article.stream().filter(i -> i.path("SK").asText().startsWith("CLAIM#")).count();
      assertTrue(page.select("article mark[data-entity]").size() >= entities, "every stored entity is highlighted");
      assertEquals(claims, page.select("section.claims li").size());
      assertTrue(page.select(".summary .sentences p").size() > 0, "the stored summary is on top");

      StringWriter byKey = new StringWriter();
      assertEquals(0, Cli.run(concat(new String[] {"report", key}, endpoints), new PrintWriter(byKey, true),
          new PrintWriter(new StringWriter(), true)), "an S3 key names the article too");
      assertEquals(page.select("article").text(), Jsoup.parse(byKey.toString()).select("article").text());
      assertEquals(Cli.EXIT_INPUT_FAILED, Cli.run(concat(new String[] {"report", "0123456789abcdef01234567"}, endpoints),
          new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true)));

      // kabar query: the same article by id, and the articles of one of its entities
      String[] table = {"--dynamodb-endpoint", stack.dynamoEndpoint().toString()};
      StringWriter one = new StringWriter();
      assertEquals(0, Cli.run(concat(new String[] {"query", "--article", key, "--json"}, table),
          new PrintWriter(one, true), new PrintWriter(new StringWriter(), true)));
      com.fasterxml.jackson.databind.JsonNode json = io.kabar.analysis.AnalysisJson.mapper().readTree(one.toString());
      assertEquals(entities, json.path("entities").size());
      assertEquals(claims, json.path("claims").size());
      String entity = json.path("entities").get(0).path("key").asText();
      StringWriter list = new StringWriter();
      assertEquals(0, Cli.run(concat(new String[] {"query", "--entity", entity}, table),
          new PrintWriter(list, true), new PrintWriter(new StringWriter(), true)));
      assertTrue(list.toString().contains(Keys.articleId(LocalStack.BUCKET, key)), list::toString);
      assertTrue(list.toString().contains("1 article(s)"), list::toString);
    }
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
