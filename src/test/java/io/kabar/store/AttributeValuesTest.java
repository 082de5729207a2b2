package io.kabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.analysis.AnalysisJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class AttributeValuesTest {
  @Test
  void jsonRoundTripsThroughAttributeValues() throws Exception {
    JsonNode json = AnalysisJson.mapper().readTree("""
        {"s":"Korea Utara","n":4000,"d":0.75,"big":12500000000000,"t":true,"none":null,
         "list":[1,"a",{"x":[]}],"map":{"nested":{"deep":"yes"}}}""");

    Map<String, AttributeValue> item = AttributeValues.mapFromJson(json);

    assertEquals("4000", item.get("n").n());
    assertEquals(true, item.get("none").nul());
    assertEquals(json, AttributeValues.toJson(item));
  }

  @Test
  void wholeNumbersComeBackAsIntegers() {
    assertEquals("4000", AttributeValues.toJson(AttributeValue.fromN("4000")).toString());
    assertEquals("2.5", AttributeValues.toJson(AttributeValue.fromN("2.5")).toString());
  }

  @Test
  void setsAreRefusedBecauseKabarNeverWritesThem() {
    assertThrows(IllegalArgumentException.class, () -> AttributeValues.toJson(AttributeValue.fromSs(List.of("a"))));
  }
}
