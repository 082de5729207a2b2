package io.kabar.local;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.AnalysisJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Events in the JSON shape AWS delivers them to Lambda, and their conversion to the handler
 * types by Lambda's own serialiser, so the local runner exercises the same decoding as AWS.
 */
public final class WireEvents {
  public static final String REGION = "us-east-1";
  private static final PojoSerializer<S3Event> S3_EVENTS =
      LambdaEventSerializers.serializerFor(S3Event.class, WireEvents.class.getClassLoader());
  private static final PojoSerializer<DynamodbEvent> STREAM_EVENTS =
      LambdaEventSerializers.serializerFor(DynamodbEvent.class, WireEvents.class.getClassLoader());

  private WireEvents() {}

  /**
   * One S3 notification record as S3 sends it: the key URL-encoded ({@code +} for space,
   * {@code %XX} for reserved and non-ASCII bytes, {@code /} kept).
   */
  public static ObjectNode s3Record(String eventName, String bucket, String key, long size, String etag,
      String versionId, String sequencer, Instant time) {
    ObjectNode record = AnalysisJson.mapper().createObjectNode();
    record.put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", REGION)
        .put("eventTime", time.toString()).put("eventName", eventName);
    record.putObject("userIdentity").put("principalId", "AWS:KABARLOCAL");
    record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
    record.putObject("responseElements").put("x-amz-request-id", UUID.randomUUID().toString())
        .put("x-amz-id-2", "kabar-local");
    ObjectNode s3 = record.putObject("s3");
    s3.put("s3SchemaVersion", "1.0").put("configurationId", "kabar-incoming");
    s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
        .putObject("ownerIdentity").put("principalId", "KABARLOCAL");
    ObjectNode object = s3.putObject("object");
    object.put("key", encodeKey(key));
    if (size >= 0) {
      object.put("size", size);
    }
    if (etag != null) {
      object.put("eTag", etag.replace("\"", ""));
    }
    if (versionId != null) {
      object.put("versionId", versionId);
    }
    object.put("sequencer", sequencer);
    return record;
  }

  /** {@code {"Records": [records…]}}. */
  public static ObjectNode envelope(List<? extends JsonNode> records) {
    ObjectNode event = AnalysisJson.mapper().createObjectNode();
    ArrayNode array = event.putArray("Records");
    records.forEach(array::add);
    return event;
  }

  /** The key as S3 writes it into notifications (form encoding, slashes kept). */
  public static String encodeKey(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  /** An S3 event decoded by Lambda's serialiser. */
  public static S3Event toS3Event(JsonNode event) {
    return S3_EVENTS.fromJson(event.toString());
  }

  /** A DynamoDB stream event decoded by Lambda's serialiser. */
  public static DynamodbEvent toDynamodbEvent(JsonNode event) {
    return STREAM_EVENTS.fromJson(event.toString());
  }

  /**
   * One DynamoDB stream record as Lambda receives it (view type NEW_AND_OLD_IMAGES).
   *
   * @param eventName INSERT, MODIFY or REMOVE
   * @param oldImage  the item before, or null for INSERT
   * @param newImage  the item after, or null for REMOVE
   */
  public static ObjectNode streamRecord(String table, String eventName, Map<String, AttributeValue> keys,
      Map<String, AttributeValue> oldImage, Map<String, AttributeValue> newImage, String sequenceNumber,
      Instant time) {
    ObjectNode record = AnalysisJson.mapper().createObjectNode();
    record.put("eventID", UUID.randomUUID().toString().replace("-", "")).put("eventName", eventName)
        .put("eventVersion", "1.1").put("eventSource", "aws:dynamodb").put("awsRegion", REGION);
    ObjectNode dynamodb = record.putObject("dynamodb");
    dynamodb.put("ApproximateCreationDateTime", time.getEpochSecond());
    dynamodb.set("Keys", image(keys));
    if (newImage != null) {
      dynamodb.set("NewImage", image(newImage));
    }
    if (oldImage != null) {
      dynamodb.set("OldImage", image(oldImage));
    }
    dynamodb.put("SequenceNumber", sequenceNumber);
    dynamodb.put("SizeBytes", dynamodb.toString().length());
    dynamodb.put("StreamViewType", "NEW_AND_OLD_IMAGES");
    record.put("eventSourceARN", "arn:aws:dynamodb:" + REGION + ":000000000000:table/" + table
        + "/stream/2026-01-01T00:00:00.000");
    return record;
  }

  /** An item in DynamoDB's JSON (the wire format of stream images). */
  static ObjectNode image(Map<String, AttributeValue> item) {
    ObjectNode node = AnalysisJson.mapper().createObjectNode();
    item.forEach((name, value) -> node.set(name, attribute(value)));
    return node;
  }

  static ObjectNode attribute(AttributeValue value) {
    ObjectNode node = AnalysisJson.mapper().createObjectNode();
    switch (value.type()) {
      case S -> node.put("S", value.s());
      case N -> node.put("N", value.n());
      case B -> node.put("B", value.b().asByteArray());
      case BOOL -> node.put("BOOL", value.bool());
      case NUL -> node.put("NULL", true);
      case SS -> value.ss().forEach(node.putArray("SS")::add);
      case NS -> value.ns().forEach(node.putArray("NS")::add);
      case BS -> {
        ArrayNode array = node.putArray("BS");
        value.bs().stream().map(SdkBytes::asByteArray).forEach(array::add);
      }
      case L -> {
        ArrayNode array = node.putArray("L");
        value.l().forEach(element -> array.add(attribute(element)));
      }
      case M -> node.set("M", image(value.m()));
      default -> throw new IllegalArgumentException("unknown attribute type " + value.type());
    }
    return node;
  }
}
