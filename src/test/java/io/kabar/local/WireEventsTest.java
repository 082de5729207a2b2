package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.event.ruler.Ruler;

/** Events built by the local runner decode like AWS's, and the template's filter selects the right records. */
class WireEventsTest {
  static TemplateSettings settings() throws IOException {
    return TemplateSettings.parse(new ObjectMapper(new YAMLFactory()).readTree(new File("template.yaml")));
  }

  static boolean passes(TemplateSettings settings, String record) throws Exception {
    for (String pattern : settings.streamFilters()) {
      if (Ruler.matchesRule(record, pattern)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void keysAreEncodedAsS3DoesAndDecodedByTheEventModel() {
    String key = "incoming/Berita Jakarta+Bekasi – édition/100%.txt";
    String encoded = WireEvents.encodeKey(key);
    assertEquals("incoming/Berita+Jakarta%2BBekasi+%E2%80%93+%C3%A9dition/100%25.txt", encoded);

    S3Event event = WireEvents.toS3Event(WireEvents.envelope(List.of(WireEvents.s3Record("ObjectCreated:Put",
        "b", key, 12, "\"abc\"", null, "0A", Instant.parse("2026-01-02T03:04:05Z")))));

    var object = event.getRecords().get(0).getS3().getObject();
    assertEquals(key, object.getUrlDecodedKey());
    assertEquals("abc", object.geteTag());
    assertEquals(12L, object.getSizeAsLong());
    assertEquals("0A", object.getSequencer());
  }

  @Test
  void onlyInsertsAndModificationsOfParsedMetaPassTheTemplateFilter() throws Exception {
    TemplateSettings settings = settings();
    Map<String, AttributeValue> metaKey = Map.of("PK", AttributeValue.fromS("ARTICLE#1"), "SK", AttributeValue.fromS("META"));
    Map<String, AttributeValue> parsed = Map.of("PK", AttributeValue.fromS("ARTICLE#1"), "SK", AttributeValue.fromS("META"),
        "status", AttributeValue.fromS("PARSED"), "counts", AttributeValue.fromM(Map.of("n", AttributeValue.fromN("3"))));
    Map<String, AttributeValue> summarized = Map.of("PK", AttributeValue.fromS("ARTICLE#1"), "SK", AttributeValue.fromS("META"),
        "status", AttributeValue.fromS("SUMMARIZED"));
    Map<String, AttributeValue> claimKey = Map.of("PK", AttributeValue.fromS("ARTICLE#1"), "SK", AttributeValue.fromS("CLAIM#0001"));
    Map<String, AttributeValue> claim = Map.of("PK", AttributeValue.fromS("ARTICLE#1"), "SK", AttributeValue.fromS("CLAIM#0001"),
        "status", AttributeValue.fromS("PARSED"));
    Instant now = Instant.now();

    assertTrue(passes(settings, WireEvents.streamRecord("t", "INSERT", metaKey, null, parsed, "1", now).toString()));
    assertTrue(passes(settings, WireEvents.streamRecord("t", "MODIFY", metaKey, summarized, parsed, "2", now).toString()));
    assertFalse(passes(settings, WireEvents.streamRecord("t", "MODIFY", metaKey, parsed, summarized, "3", now).toString()));
    assertFalse(passes(settings, WireEvents.streamRecord("t", "REMOVE", metaKey, parsed, null, "4", now).toString()));
    assertFalse(passes(settings, WireEvents.streamRecord("t", "INSERT", claimKey, null, claim, "5", now).toString()));
  }

  @Test
  void streamRecordsDecodeIntoTheLambdaEventModel() {
    Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("ARTICLE#1"), "SK", AttributeValue.fromS("META"));
    Map<String, AttributeValue> image = Map.of("PK", AttributeValue.fromS("ARTICLE#1"), "SK", AttributeValue.fromS("META"),
        "n", AttributeValue.fromN("4000"), "ok", AttributeValue.fromBool(true), "none", AttributeValue.fromNul(true),
        "list", AttributeValue.fromL(List.of(AttributeValue.fromS("a"))));

    DynamodbEvent event = WireEvents.toDynamodbEvent(WireEvents.envelope(List.of(
        WireEvents.streamRecord("t", "INSERT", key, null, image, "000000000000000000042", Instant.now()))));

    var record = event.getRecords().get(0);
    assertEquals("INSERT", record.getEventName());
    assertEquals("000000000000000000042", record.getDynamodb().getSequenceNumber());
    assertEquals("4000", record.getDynamodb().getNewImage().get("n").getN());
    assertEquals(true, record.getDynamodb().getNewImage().get("ok").getBOOL());
    assertEquals("a", record.getDynamodb().getNewImage().get("list").getL().get(0).getS());
  }
}
