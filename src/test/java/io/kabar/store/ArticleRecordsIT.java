package io.kabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kabar.analysis.AnalysisJson;
import io.kabar.analysis.Entity;
import io.kabar.local.LocalStack;
import io.kabar.testing.Servers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/** ArticleRecords against the records a local run (S3Proxy, dynalite, both functions) wrote. */
class ArticleRecordsIT {
  static final List<String> KEYS = List.of("incoming/reader/banjir.txt", "incoming/reader/beras.md",
      "incoming/reader/wind.html", "incoming/reader/banjir-copy.txt");
  static LocalStack stack;
  static ArticleRecords records;

  @BeforeAll
  static void run() throws Exception {
    if (System.getenv("CI") == null) {
      Assumptions.assumeTrue(Servers.dynaliteInstalled(), "dynalite not installed: run 'npm ci'");
    }
    stack = LocalStack.start(0, 0, 2, null);
    List<String> samples = List.of("Banjir Jakarta – Bekasi.txt", "harga-beras.md", "harbour-wind-farm.html",
        "Banjir Jakarta – Bekasi.txt");
    for (int i = 0; i < KEYS.size(); i++) {
      String key = KEYS.get(i);
      byte[] bytes = sample(samples.get(i));
      stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(bytes));
    }
    stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key("incoming/reader/broken.pdf"),
        RequestBody.fromString("%PDF-1.7\n1 0 obj"));
    assertTrue(stack.awaitIdle(Duration.ofSeconds(90)), "the local run finished");
    records = new ArticleRecords(stack.dynamo(), LocalStack.TABLE);
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  static byte[] sample(String name) throws java.io.IOException {
    try (InputStream in = ArticleRecordsIT.class.getResourceAsStream("/io/kabar/local/samples/" + name)) {
      return in.readAllBytes();
    }
  }

  static String id(String key) {
    return Keys.articleId(LocalStack.BUCKET, key);
  }

  @Test
  void anArticleComesWithItsEntitiesClaimsAndSummaryAtMetasRevision() {
    ArticleRecords.Article article = records.article(id(KEYS.get(0))).orElseThrow();

    assertEquals("SUMMARIZED", article.meta().status());
    assertEquals(KEYS.get(0), article.meta().sourceKey());
    assertEquals("id", article.meta().language());
    assertEquals(article.meta().item().path("counts").path("entities").asInt(), article.entities().size());
    assertEquals(article.meta().item().path("counts").path("claims").asInt(), article.claims().size());
    assertFalse(article.entities().isEmpty());
    for (Entity e : article.entities()) {
      assertFalse(e.mentions().isEmpty(), e.key());
      assertTrue(e.key().startsWith(e.type().name() + "#"), e.key());
    }
    assertTrue(article.summary().isPresent(), "summarized");
    assertFalse(article.summary().get().summary().sentences().isEmpty());
    assertTrue(records.article("0123456789abcdef01234567").isEmpty(), "unknown id");
  }

  @Test
  void aChildOfAnUncommittedRevisionIsNotReturned() {
    String articleId = id(KEYS.get(2));
    int before = records.article(articleId).orElseThrow().entities().size();
    stack.dynamo().putItem(b -> b.tableName(LocalStack.TABLE).item(java.util.Map.of(
        Keys.PK, software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(Keys.articlePk(articleId)),
        Keys.SK, software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("ENTITY#PERSON#half-written"),
        "rev", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("F".repeat(32)))));

    assertEquals(before, records.article(articleId).orElseThrow().entities().size());
  }

  @Test
  void aFailedArticleHasItsCodeAndNoChildren() {
    ArticleRecords.Article article = records.article(id("incoming/reader/broken.pdf")).orElseThrow();

    assertTrue(article.meta().failed());
    assertEquals("MALFORMED", article.meta().errorCode());
    assertTrue(article.entities().isEmpty());
    assertTrue(article.summary().isEmpty());
  }

  @Test
  void articlesForAnEntityPageThroughGsi1NewestFirst() {
    ArticleRecords.Article banjir = records.article(id(KEYS.get(0))).orElseThrow();
    String shared = banjir.entities().stream().map(Entity::key)
        .filter(k -> records.article(id(KEYS.get(3))).orElseThrow().entities().stream().anyMatch(e -> e.key().equals(k)))
        .findFirst().orElseThrow();

    List<ArticleRecords.ArticleRef> all = new ArrayList<>();
    ArticleRecords.Page page = records.articlesFor(shared, 1, null);
    all.addAll(page.articles());
    int pages = 1;
    while (page.nextToken() != null) {
      page = records.articlesFor(shared, 1, page.nextToken());
      all.addAll(page.articles());
      pages++;
    }

    Set<String> ids = new HashSet<>();
    all.forEach(r -> ids.add(r.articleId()));
    assertTrue(ids.containsAll(Set.of(id(KEYS.get(0)), id(KEYS.get(3)))), () -> shared + " " + all);
    assertEquals(ids.size(), all.size(), "each article once");
    assertTrue(pages >= 2, "one item per page needs several pages");
    for (int i = 1; i < all.size(); i++) {
      assertTrue(all.get(i - 1).sortDate().compareTo(all.get(i).sortDate()) >= 0, "newest first");
    }
    assertTrue(records.articlesFor("PERSON#nobody-at-all", 10, null).articles().isEmpty());
    assertNull(records.articlesFor("PERSON#nobody-at-all", 10, null).nextToken());
    assertThrows(IllegalArgumentException.class, () -> records.articlesFor(shared, 10, "not-a-token"));
  }

  @Test
  void everyItemWrittenValidatesAgainstItsJsonSchema() throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema meta = schema(registry, "meta");
    Schema entity = schema(registry, "entity");
    Schema claim = schema(registry, "claim");
    Schema summary = schema(registry, "summary");
    List<String> keys = new ArrayList<>(KEYS);
    keys.add("incoming/reader/broken.pdf");
    int checked = 0;
    Set<String> kinds = new HashSet<>();
    for (String key : keys) {
      for (JsonNode item : stack.store().articleItems(id(key))) {
        String sk = item.path("SK").asText();
        Schema schema = sk.equals("META") ? meta : sk.equals("SUMMARY") ? summary
            : sk.startsWith("ENTITY#") ? entity : claim;
        kinds.add(sk.equals("META") || sk.equals("SUMMARY") ? sk : sk.substring(0, sk.indexOf('#')));
        List<Error> errors = schema.validate(item);
        assertTrue(errors.isEmpty(), () -> sk + " of " + key + ": " + errors + "\n" + item);
        checked++;
      }
    }
    assertEquals(Set.of("META", "SUMMARY", "ENTITY", "CLAIM"), kinds);
    assertTrue(checked > 20, "items checked: " + checked);
    JsonNode bad = AnalysisJson.mapper().readTree("{\"PK\":\"ARTICLE#x\",\"SK\":\"META\",\"status\":\"DONE\"}");
    assertFalse(meta.validate(bad).isEmpty(), "the META schema rejects an unknown status");
  }

  static Schema schema(SchemaRegistry registry, String name) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("docs/schema/" + name + ".schema.json"))) {
      return registry.getSchema(in);
    }
  }
}
