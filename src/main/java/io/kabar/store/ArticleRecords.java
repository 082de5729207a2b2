package io.kabar.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.AnalysisJson;
import io.kabar.analysis.Claim;
import io.kabar.analysis.Entity;
import io.kabar.analysis.Summary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A typed, read-only view of Kabar's table for other services (SDK v2 {@link DynamoDbClient}).
 *
 * <p>It applies the reading rule of the record contract: META is the commit point, and a child
 * item (ENTITY, CLAIM, SUMMARY) is returned only when its {@code rev} equals META's, so a
 * half-written newer upload or an old revision's leftovers are never mixed in.
 *
 * <pre>{@code
 * DynamoDbClient dynamo = DynamoDbClient.create();
 * ArticleRecords records = new ArticleRecords(dynamo, "kabar-articles");
 * records.article("5c77b36cd1fcb0f9ebb78ebc").ifPresent(a ->
 *     System.out.println(a.meta().title() + ": " + a.entities().size() + " entities"));
 * ArticleRecords.Page page = records.articlesFor("LOCATION#kp", 20, null);   // newest first
 * while (page.nextToken() != null) {
 *   page = records.articlesFor("LOCATION#kp", 20, page.nextToken());
 * }
 * }</pre>
 *
 * <p>Thread-safe if the client is.
 */
public final class ArticleRecords {
  /** Most items DynamoDB's BatchGetItem takes in one call. */
  static final int BATCH_GET_LIMIT = 100;

  private final DynamoDbClient dynamo;
  private final String table;

  public ArticleRecords(DynamoDbClient dynamo, String table) {
    this.dynamo = Objects.requireNonNull(dynamo);
    this.table = Objects.requireNonNull(table);
  }

  /**
   * The META item's fields other services usually need, and the whole item as JSON.
   *
   * @param status      {@code PARSED}, {@code SUMMARIZED} or {@code FAILED}
   * @param errorCode   the error code when {@code status} is FAILED, else null
   * @param publishedAt ISO-8601 when the source gave a date that could be normalised, else as given, or null
   * @param item        the whole META item (see docs/schema/meta.schema.json)
   */
  public record Meta(String articleId, String status, String rev, String sourceBucket, String sourceKey,
      String title, String language, String byline, String publishedAt, String siteName, String canonicalUrl,
      String textUri, String errorCode, String errorMessage, String updatedAt, JsonNode item) {

    static Meta of(JsonNode item) {
      return new Meta(text(item, "articleId"), text(item, "status"), text(item, "rev"),
          text(item.path("source"), "bucket"), text(item.path("source"), "key"), text(item, "title"),
          text(item, "language"), text(item, "byline"), text(item, "publishedAt"), text(item, "siteName"),
          text(item, "canonicalUrl"), text(item, "textUri"), text(item.path("error"), "code"),
          text(item.path("error"), "message"), text(item, "updatedAt"), item);
    }

    public boolean failed() {
      return "FAILED".equals(status);
    }
  }

  /** The SUMMARY item: the summary, how it was made and when. */
  public record StoredSummary(Summary summary, String method, String summarizedAt) {}

  /**
   * One article at its committed revision.
   *
   * @param entities in key order; empty for a FAILED article
   * @param claims   in text order ({@code CLAIM#0001} first)
   * @param summary  empty until the summarizer has run for META's revision
   */
  public record Article(Meta meta, List<Entity> entities, List<Claim> claims, Optional<StoredSummary> summary) {
    public Article {
      entities = List.copyOf(entities);
      claims = List.copyOf(claims);
    }
  }

  /**
   * An article that mentions an entity, from its ENTITY item on GSI1.
   *
   * @param sortDate  publishedAt when the article gave one, else parsedAt: the GSI1 order
   * @param canonical the entity's name in this article
   * @param mentions  how often this article mentions it
   */
  public record ArticleRef(String articleId, String title, String sortDate, String canonical, double salience,
      int mentions) {}

  /**
   * One page of a listing.
   *
   * @param nextToken pass to the next call for the following page; null on the last page. A page
   *                  may hold fewer than {@code limit} articles (items of uncommitted or old
   *                  revisions are dropped) and still have a next page.
   */
  public record Page(List<ArticleRef> articles, String nextToken) {
    public Page {
      articles = List.copyOf(articles);
    }
  }

  /** The article with its entities, claims and summary at META's revision; empty when unknown. */
  public Optional<Article> article(String articleId) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse page = dynamo.query(QueryRequest.builder().tableName(table).consistentRead(true)
          .keyConditionExpression("#pk = :pk").expressionAttributeNames(Map.of("#pk", Keys.PK))
          .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.articlePk(articleId))))
          .exclusiveStartKey(start).build());
      items.addAll(page.items());
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    JsonNode meta = null;
    for (Map<String, AttributeValue> item : items) {
      if (Keys.META.equals(item.get(Keys.SK).s())) {
        meta = AttributeValues.toJson(item);
      }
    }
    if (meta == null) {
      return Optional.empty();
    }
    String rev = meta.path("rev").asText();
    ObjectMapper mapper = AnalysisJson.mapper();
    List<Entity> entities = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    StoredSummary summary = null;
    for (Map<String, AttributeValue> item : items) {
      String sk = item.get(Keys.SK).s();
      AttributeValue itemRev = item.get("rev");
      if (Keys.META.equals(sk) || itemRev == null || !rev.equals(itemRev.s())) {
        continue;
      }
      ObjectNode json = AttributeValues.toJson(item);
      if (sk.startsWith(Keys.ENTITY_PREFIX)) {
        entities.add(mapper.convertValue(json, Entity.class));
      } else if (sk.startsWith(Keys.CLAIM_PREFIX)) {
        claims.add(mapper.convertValue(json, Claim.class));
      } else if (Keys.SUMMARY.equals(sk)) {
        summary = new StoredSummary(mapper.convertValue(json, Summary.class), text(json, "method"),
            text(json, "summarizedAt"));
      }
    }
    return Optional.of(new Article(Meta.of(meta), entities, claims, Optional.ofNullable(summary)));
  }

  /**
   * The articles that mention the entity {@code entityKey} ({@code TYPE#slug}, e.g.
   * {@code LOCATION#kp}), newest first, by GSI1.
   *
   * @param limit     at most this many ENTITY items are read for the page (1–1000)
   * @param pageToken null for the first page, else {@link Page#nextToken()} of the previous one
   * @throws IllegalArgumentException when the page token is not one this class made
   */
  public Page articlesFor(String entityKey, int limit, String pageToken) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1..1000, was " + limit);
    }
    QueryResponse response = dynamo.query(QueryRequest.builder().tableName(table).indexName(Keys.GSI1)
        .keyConditionExpression("#g = :g").expressionAttributeNames(Map.of("#g", Keys.GSI1PK))
        .expressionAttributeValues(Map.of(":g", AttributeValue.fromS(Keys.entitySk(entityKey))))
        .scanIndexForward(false).limit(limit).exclusiveStartKey(decodeToken(pageToken)).build());
    Set<String> ids = new LinkedHashSet<>();
    response.items().forEach(item -> ids.add(item.get("articleId").s()));
    Map<String, String> committed = committedRevisions(ids);
    List<ArticleRef> refs = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Map<String, AttributeValue> item : response.items()) {
      String id = item.get("articleId").s();
      AttributeValue rev = item.get("rev");
      if (rev == null || !rev.s().equals(committed.get(id)) || !seen.add(id)) {
        continue;
      }
      JsonNode json = AttributeValues.toJson(item);
      String sortKey = json.path(Keys.GSI1SK).asText();
      int hash = sortKey.lastIndexOf('#');
      refs.add(new ArticleRef(id, text(json, "title"), hash < 0 ? sortKey : sortKey.substring(0, hash),
          text(json, "canonical"), json.path("salience").asDouble(), json.path("mentions").size()));
    }
    String next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
        ? encodeToken(response.lastEvaluatedKey()) : null;
    return new Page(refs, next);
  }

  /** META's revision per article id, for ids whose META exists and is not FAILED. */
  private Map<String, String> committedRevisions(Set<String> ids) {
    Map<String, String> revs = new HashMap<>();
    forEachMeta(ids, b -> b.projectionExpression("articleId, #rev, #status")
        .expressionAttributeNames(Map.of("#rev", "rev", "#status", "status")), meta -> {
          if (!"FAILED".equals(meta.get("status").s())) {
            revs.put(meta.get("articleId").s(), meta.get("rev").s());
          }
        });
    return revs;
  }

  /**
   * The whole META item, as JSON, of each of {@code ids} that has one, by article id; strongly consistent
   * reads (a caller that just saw the pipeline finish sees its last write). Any status, FAILED included.
   */
  public Map<String, JsonNode> metaItems(java.util.Collection<String> ids) {
    Map<String, JsonNode> metas = new HashMap<>();
    forEachMeta(ids, b -> b.consistentRead(true), item -> {
      JsonNode meta = AttributeValues.toJson(item);
      metas.put(meta.path("articleId").asText(), meta);
    });
    return metas;
  }

  /**
   * Reads the META items of {@code ids} (each once) with BatchGetItem, {@link #BATCH_GET_LIMIT} keys a call,
   * retrying unprocessed keys, and hands each item found to {@code each}; {@code request} adds projection or
   * read consistency.
   */
  private void forEachMeta(java.util.Collection<String> ids,
      java.util.function.UnaryOperator<KeysAndAttributes.Builder> request,
      java.util.function.Consumer<Map<String, AttributeValue>> each) {
    List<String> all = new ArrayList<>(new LinkedHashSet<>(ids)); // BatchGetItem refuses a key twice
    for (int from = 0; from < all.size(); from += BATCH_GET_LIMIT) {
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (String id : all.subList(from, Math.min(all.size(), from + BATCH_GET_LIMIT))) {
        keys.add(ArticleStore.key(Keys.articlePk(id), Keys.META));
      }
      Map<String, KeysAndAttributes> pending = Map.of(table, request.apply(KeysAndAttributes.builder().keys(keys)).build());
      while (!pending.isEmpty()) {
        Map<String, KeysAndAttributes> batch = pending;
        BatchGetItemResponse response = dynamo.batchGetItem(b -> b.requestItems(batch));
        response.responses().getOrDefault(table, List.of()).forEach(each);
        pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
      }
    }
  }

  static String encodeToken(Map<String, AttributeValue> lastEvaluatedKey) {
    Map<String, String> plain = new LinkedHashMap<>();
    lastEvaluatedKey.forEach((name, value) -> plain.put(name, value.s()));
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(AnalysisJson.mapper().writeValueAsBytes(plain));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, AttributeValue> decodeToken(String token) {
    if (token == null || token.isEmpty()) {
      return null;
    }
    try {
      JsonNode json = AnalysisJson.mapper().readTree(new String(Base64.getUrlDecoder().decode(token),
          StandardCharsets.UTF_8));
      Map<String, AttributeValue> key = new LinkedHashMap<>();
      for (String name : List.of(Keys.PK, Keys.SK, Keys.GSI1PK, Keys.GSI1SK)) {
        if (!json.path(name).isTextual()) {
          throw new IllegalArgumentException("page token lacks " + name);
        }
        key.put(name, AttributeValue.fromS(json.path(name).asText()));
      }
      return key;
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a page token of ArticleRecords: " + Keys.excerpt(token), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNull() || value.isMissingNode() ? null : value.asText();
  }
}
