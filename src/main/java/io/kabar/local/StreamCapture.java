package io.kabar.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * DynamoDB Streams for dynalite, which has none: an SDK interceptor on the clients the functions
 * use. After each successful write to the table it reads the item back and, if it changed, emits
 * a stream record (INSERT, MODIFY or REMOVE) with the old and new images, sequence numbers
 * increasing. Every write of the functions goes through an intercepted client, so the images are
 * exact; writes by other clients are not seen (a stream would see them).
 */
final class StreamCapture implements ExecutionInterceptor {
  private final String table;
  private final Consumer<ObjectNode> sink;
  private final Map<Map<String, AttributeValue>, Map<String, AttributeValue>> lastImages = new HashMap<>();
  private DynamoDbClient reader;
  private long sequence = 100_000_000_000_000_000L;

  StreamCapture(String table, Consumer<ObjectNode> sink) {
    this.table = table;
    this.sink = sink;
  }

  /** The client that reads items back; it must not carry this interceptor. */
  void reader(DynamoDbClient reader) {
    this.reader = reader;
  }

  @Override
  public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
    for (Map<String, AttributeValue> key : writtenKeys(context.request())) {
      capture(key);
    }
  }

  private List<Map<String, AttributeValue>> writtenKeys(SdkRequest request) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    if (request instanceof PutItemRequest put && table.equals(put.tableName())) {
      keys.add(keyOf(put.item()));
    } else if (request instanceof UpdateItemRequest update && table.equals(update.tableName())) {
      keys.add(update.key());
    } else if (request instanceof DeleteItemRequest delete && table.equals(delete.tableName())) {
      keys.add(delete.key());
    } else if (request instanceof BatchWriteItemRequest batch) {
      // unprocessed items are retried by the caller and captured then; re-reading them now is harmless
      for (WriteRequest write : batch.requestItems().getOrDefault(table, List.of())) {
        keys.add(write.putRequest() != null ? keyOf(write.putRequest().item()) : write.deleteRequest().key());
      }
    }
    return keys;
  }

  private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> key = new LinkedHashMap<>();
    key.put("PK", item.get("PK"));
    key.put("SK", item.get("SK"));
    return key;
  }

  private synchronized void capture(Map<String, AttributeValue> key) {
    Map<String, AttributeValue> current = reader.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
    Map<String, AttributeValue> now = current == null || current.isEmpty() ? null : current;
    Map<String, AttributeValue> before = now == null ? lastImages.remove(key) : lastImages.put(key, now);
    if (before == null && now == null || now != null && now.equals(before)) {
      return;
    }
    String eventName = before == null ? "INSERT" : now == null ? "REMOVE" : "MODIFY";
    sequence++;
    sink.accept(WireEvents.streamRecord(table, eventName, key, before, now,
        String.format(Locale.ROOT, "%021d", sequence), Instant.now()));
  }
}
