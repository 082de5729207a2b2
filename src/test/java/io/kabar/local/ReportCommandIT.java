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

      // ... and by a name, resolved to keys as the pipeline keys names
      com.fasterxml.jackson.databind.JsonNode named = null;
      for (com.fasterxml.jackson.databind.JsonNode e : json.path("entities")) {
        if (named == null && e.path("type").asText().matches("PERSON|ORGANIZATION|LOCATION")) {
          named = e;
        }
      }
      org.junit.jupiter.api.Assertions.assertNotNull(named, json::toString);
      StringWriter byName = new StringWriter();
      assertEquals(0, Cli.run(concat(new String[] {"query", "--entity", named.path("canonical").asText(), "--json"}, table),
          new PrintWriter(byName, true), new PrintWriter(new StringWriter(), true)));
      com.fasterxml.jackson.databind.JsonNode found = io.kabar.analysis.AnalysisJson.mapper().readTree(byName.toString());
      assertTrue(found.path("keys").toString().contains("\"" + named.path("key").asText() + "\""), byName::toString);
      assertEquals(Keys.articleId(LocalStack.BUCKET, key), found.path("articles").get(0).path("articleId").asText());
      assertEquals(named.path("key").asText(), found.path("articles").get(0).path("key").asText());
      StringWriter nobody = new StringWriter();
      assertEquals(0, Cli.run(concat(new String[] {"query", "--entity", "Nobody Inthis Article"}, table),
          new PrintWriter(nobody, true), new PrintWriter(new StringWriter(), true)));
      assertTrue(nobody.toString().contains("\"Nobody Inthis Article\" -> no articles under PERSON#nobody-inthis-article"),
          nobody::toString);
      assertTrue(nobody.toString().contains("0 article(s)"), nobody::toString);
      assertEquals(2, Cli.run(concat(new String[] {"query", "--entity", "Nobody", "--page-token", "x"}, table),
          new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true)),
          "a name standing for several keys cannot be paged");

      // report --json: the records, not the page
      StringWriter records = new StringWriter();
      assertEquals(0, Cli.run(concat(new String[] {"report", key, "--json"}, endpoints), new PrintWriter(records, true),
          new PrintWriter(new StringWriter(), true)));
      assertEquals(json, io.kabar.analysis.AnalysisJson.mapper().readTree(records.toString()),
          "report --json prints what query --article --json prints");
    }
  }

  static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
