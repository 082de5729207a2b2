package io.kabar.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.Analysis;
import io.kabar.analysis.AnalysisJson;
import io.kabar.analysis.Claim;
import io.kabar.analysis.Entity;
import io.kabar.analysis.ErrorCode;
import io.kabar.analysis.Summary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Reads and writes one article's items in the single table.
 *
 * <p>Write protocol (DynamoDB has no transactions here: dynalite lacks them): children
 * (ENTITY, CLAIM) are written first with the article's revision, each conditional on the stored
 * child not being newer, then META as the commit point, conditional on the stored revision being
 * older. Readers trust a child only when its
 * {@code rev} equals META's. Stale children of earlier revisions are deleted after the commit.
 *
 * <p>Thread-safe if the client is.
 */
public final class ArticleStore {
  /** Version of the item layout, stored in every META item. */
  public static final int SCHEMA_VERSION = 1;
  static final int MAX_REMOVED_KEPT = 50;

  private final DynamoDbClient dynamo;
  private final String table;
  private final Backoff backoff;

  public ArticleStore(DynamoDbClient dynamo, String table, Backoff backoff) {
    this.dynamo = dynamo;
    this.table = table;
    this.backoff = backoff;
  }

  public String table() {
    return table;
  }

  /** The META item of an article, read consistently; empty when the article is unknown. */
  public Optional<Map<String, AttributeValue>> meta(String articleId) {
    Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
        .key(key(Keys.articlePk(articleId), Keys.META))).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
  }

  /** The revision stored in META, if the article is known. */
  public Optional<String> storedRevision(String articleId) {
    return meta(articleId).map(m -> m.get("rev")).map(AttributeValue::s);
  }

  /**
   * Writes the ENTITY and CLAIM items of a parsed article (before its META), each conditional on
   * the stored item not being of a newer revision: children of all revisions share their keys, so
   * an unconditional write of a slow, older attempt would replace a newer revision's child.
   *
   * @param sortDate the GSI1 sort date: publishedAt when known, else parsedAt
   * @throws StaleRevisionException when a child of a newer revision is already stored
   */
  public void putChildren(SourceObject source, Analysis analysis, String sortDate) throws StaleRevisionException {
    String articleId = source.articleId();
    String pk = Keys.articlePk(articleId);
    List<ObjectNode> items = new ArrayList<>();
    for (Entity entity : distinctEntities(analysis)) {
      ObjectNode item = (ObjectNode) AnalysisJson.toTree(entity);
      item.put(Keys.PK, pk).put(Keys.SK, Keys.entitySk(entity.key()))
          .put(Keys.GSI1PK, Keys.entitySk(entity.key()))
          .put(Keys.GSI1SK, sortDate + "#" + articleId)
          .put("articleId", articleId).put("rev", source.revision());
      if (analysis.title() != null) {
        item.put("title", analysis.title());
      }
      items.add(item);
    }
    List<Claim> claims = analysis.claims();
    for (int i = 0; i < claims.size(); i++) {
      ObjectNode item = (ObjectNode) AnalysisJson.toTree(claims.get(i));
      item.put(Keys.PK, pk).put(Keys.SK, Keys.claimSk(i)).put("articleId", articleId)
          .put("rev", source.revision());
      items.add(item);
    }
    for (ObjectNode item : items) {
      try {
        dynamo.putItem(PutItemRequest.builder().tableName(table).item(AttributeValues.mapFromJson(item))
            .conditionExpression("attribute_not_exists(#rev) OR #rev <= :rev")
            .expressionAttributeNames(Map.of("#rev", "rev"))
            .expressionAttributeValues(Map.of(":rev", AttributeValue.fromS(source.revision()))).build());
      } catch (ConditionalCheckFailedException e) {
        throw new StaleRevisionException(articleId, source.revision(), item.get(Keys.SK).asText());
      }
    }
  }

  /**
   * Commits a parsed article: writes META with {@code status=PARSED}.
   *
   * @throws StaleRevisionException when the table already holds this or a newer revision
   */
  public void commitParsed(SourceObject source, Analysis analysis, String contentHash, String format,
      String textUri, String parserVersion) throws StaleRevisionException {
    ObjectNode meta = baseMeta(source, "PARSED");
    meta.put("contentHash", contentHash).put("format", format).put("textUri", textUri)
        .put("parserVersion", parserVersion)
        .put("title", analysis.title()).put("language", analysis.language())
        .put("byline", analysis.byline()).put("publishedAt", analysis.publishedAt())
        .put("siteName", analysis.siteName()).put("canonicalUrl", analysis.canonicalUrl())
        .put("parsedAt", meta.get("updatedAt").asText());
    meta.set("dateline", AnalysisJson.toTree(analysis.dateline()));
    meta.set("removed", AnalysisJson.toTree(
        analysis.removed().subList(0, Math.min(MAX_REMOVED_KEPT, analysis.removed().size()))));
    ObjectNode counts = meta.putObject("counts");
    counts.put("paragraphs", analysis.paragraphs().size()).put("characters", analysis.text().length())
        .put("entities", distinctEntities(analysis).size()).put("claims", analysis.claims().size())
        .put("removed", analysis.removed().size());
    putMeta(source, meta);
  }

  /**
   * Records that an article could not be processed: META with {@code status=FAILED} and
   * {@code error.code}. Children of an earlier revision are left for {@link #deleteStaleChildren}.
   *
   * @throws StaleRevisionException when the table already holds this or a newer revision
   */
  public void commitFailed(SourceObject source, ErrorCode code, String message)
      throws StaleRevisionException {
    ObjectNode meta = baseMeta(source, "FAILED");
    meta.putObject("error").put("code", code.name()).put("message", message);
    meta.put("failedAt", meta.get("updatedAt").asText());
    putMeta(source, meta);
  }

  /**
   * Deletes ENTITY and CLAIM items of revisions older than {@code currentRevision} (the one META
   * holds). Children of a newer revision are left alone: they belong to an upload whose parse is
   * still running and will commit its META after them.
   */
  public int deleteStaleChildren(String articleId, String currentRevision) {
    int deleted = 0;
    for (Map<String, AttributeValue> item : children(articleId, "")) {
      String sk = item.get(Keys.SK).s();
      boolean child = sk.startsWith(Keys.ENTITY_PREFIX) || sk.startsWith(Keys.CLAIM_PREFIX);
      AttributeValue rev = item.get("rev");
      if (child && (rev == null || rev.s() == null || rev.s().compareTo(currentRevision) < 0)) {
        try {
          // conditional: a newer revision may have rewritten this key since the query
          dynamo.deleteItem(DeleteItemRequest.builder().tableName(table).key(key(item.get(Keys.PK).s(), sk))
              .conditionExpression("attribute_not_exists(#rev) OR #rev < :rev")
              .expressionAttributeNames(Map.of("#rev", "rev"))
              .expressionAttributeValues(Map.of(":rev", AttributeValue.fromS(currentRevision))).build());
          deleted++;
        } catch (ConditionalCheckFailedException e) {
          // rewritten by a newer revision: not stale any more
        }
      }
    }
    return deleted;
  }

  /** The claims of an article at {@code revision}, in order. */
  public List<Claim> claims(String articleId, String revision) {
    List<Claim> claims = new ArrayList<>();
    for (Map<String, AttributeValue> item : children(articleId, Keys.CLAIM_PREFIX)) {
      if (revision.equals(item.get("rev").s())) {
        claims.add(AnalysisJson.mapper().convertValue(AttributeValues.toJson(item), Claim.class));
      }
    }
    return claims;
  }

  /**
   * Writes the SUMMARY item of an article at {@code revision}, unless a summary of this or a newer
   * revision is already there (a redelivery changes nothing).
   *
   * @throws StaleRevisionException when a summary of this or a newer revision is stored
   */
  public void putSummary(String articleId, String revision, Summary summary, String method)
      throws StaleRevisionException {
    ObjectNode item = (ObjectNode) AnalysisJson.toTree(summary);
    item.put(Keys.PK, Keys.articlePk(articleId)).put(Keys.SK, Keys.SUMMARY).put("articleId", articleId)
        .put("rev", revision).put("method", method).put("summarizedAt", Instant.now().toString());
    try {
      dynamo.putItem(PutItemRequest.builder().tableName(table).item(AttributeValues.mapFromJson(item))
          .conditionExpression("attribute_not_exists(#rev) OR #rev < :rev")
          .expressionAttributeNames(Map.of("#rev", "rev"))
          .expressionAttributeValues(Map.of(":rev", AttributeValue.fromS(revision))).build());
    } catch (ConditionalCheckFailedException e) {
      throw new StaleRevisionException(articleId, revision, "SUMMARY");
    }
  }

  /**
   * Moves META from PARSED to SUMMARIZED, only if it still describes {@code revision}.
   *
   * @throws StaleRevisionException when META moved on (newer revision) or is already summarised
   */
  public void markSummarized(String articleId, String revision) throws StaleRevisionException {
    String now = Instant.now().toString();
    try {
      dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
          .key(key(Keys.articlePk(articleId), Keys.META))
          .updateExpression("SET #status = :summarized, summarizedAt = :now, updatedAt = :now")
          .conditionExpression("#rev = :rev AND #status = :parsed")
          .expressionAttributeNames(Map.of("#rev", "rev", "#status", "status"))
          .expressionAttributeValues(Map.of(":rev", AttributeValue.fromS(revision),
              ":parsed", AttributeValue.fromS("PARSED"), ":summarized", AttributeValue.fromS("SUMMARIZED"),
              ":now", AttributeValue.fromS(now)))
          .build());
    } catch (ConditionalCheckFailedException e) {
      throw new StaleRevisionException(articleId, revision, "status SUMMARIZED");
    }
  }

  /** Every item of an article (META, children, SUMMARY) as JSON, in key order. */
  public List<JsonNode> articleItems(String articleId) {
    List<JsonNode> items = new ArrayList<>();
    children(articleId, "").forEach(item -> items.add(AttributeValues.toJson(item)));
    return items;
  }

  private ObjectNode baseMeta(SourceObject source, String status) {
    ObjectNode meta = AnalysisJson.mapper().createObjectNode();
    String now = Instant.now().toString();
    meta.put(Keys.PK, Keys.articlePk(source.articleId())).put(Keys.SK, Keys.META)
        .put("articleId", source.articleId()).put("status", status).put("rev", source.revision())
        .put("schemaVersion", SCHEMA_VERSION).put("updatedAt", now);
    ObjectNode src = meta.putObject("source");
    src.put("bucket", source.bucket()).put("key", source.key()).put("versionId", source.versionId())
        .put("etag", source.etag()).put("size", source.size()).put("sequencer", source.revision())
        .put("eventTime", source.eventTime());
    return meta;
  }

  private void putMeta(SourceObject source, ObjectNode meta) throws StaleRevisionException {
    try {
      dynamo.putItem(PutItemRequest.builder().tableName(table).item(AttributeValues.mapFromJson(meta))
          .conditionExpression("attribute_not_exists(#rev) OR #rev < :rev")
          .expressionAttributeNames(Map.of("#rev", "rev"))
          .expressionAttributeValues(Map.of(":rev", AttributeValue.fromS(source.revision()))).build());
    } catch (ConditionalCheckFailedException e) {
      throw new StaleRevisionException(source.articleId(), source.revision(), "META");
    }
  }

  private List<Map<String, AttributeValue>> children(String articleId, String skPrefix) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":pk", AttributeValue.fromS(Keys.articlePk(articleId)));
    String condition = "PK = :pk";
    if (!skPrefix.isEmpty()) {
      condition += " AND begins_with(SK, :sk)";
      values.put(":sk", AttributeValue.fromS(skPrefix));
    }
    Map<String, AttributeValue> start = null;
    do {
      QueryResponse page = dynamo.query(QueryRequest.builder().tableName(table).consistentRead(true)
          .keyConditionExpression(condition).expressionAttributeValues(values)
          .exclusiveStartKey(start).build());
      items.addAll(page.items());
      start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
    } while (start != null);
    return items;
  }

  /**
   * The entities with distinct item keys, first one kept: two entities with one key would be one
   * item, so META must count items, not entities, for readers to check that every child is there.
   */
  static List<Entity> distinctEntities(Analysis analysis) {
    Map<String, Entity> byKey = new java.util.LinkedHashMap<>();
    for (Entity entity : analysis.entities()) {
      byKey.putIfAbsent(Keys.entitySk(entity.key()), entity);
    }
    return new ArrayList<>(byKey.values());
  }

  static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(Keys.PK, AttributeValue.fromS(pk), Keys.SK, AttributeValue.fromS(sk));
  }
}
