package io.kabar.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts between JSON trees and DynamoDB attribute values, so that the analysis JSON and the
 * items share one mapping: objects ↔ M, arrays ↔ L, strings ↔ S, numbers ↔ N, booleans ↔ BOOL,
 * null ↔ NULL. Sets (SS, NS, BS) and binary never occur in Kabar's items and are rejected.
 */
public final class AttributeValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final AttributeValue NULL = AttributeValue.builder().nul(true).build();

  private AttributeValues() {}

  /** The attribute value for a JSON node. */
  public static AttributeValue fromJson(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return NULL;
    }
    if (node.isTextual()) {
      return AttributeValue.fromS(node.textValue());
    }
    if (node.isNumber()) {
      return AttributeValue.fromN(node.numberValue() instanceof BigDecimal d
          ? d.toPlainString() : node.asText());
    }
    if (node.isBoolean()) {
      return AttributeValue.fromBool(node.booleanValue());
    }
    if (node.isArray()) {
      List<AttributeValue> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(fromJson(element)));
      return AttributeValue.fromL(list);
    }
    if (node.isObject()) {
      return AttributeValue.fromM(mapFromJson(node));
    }
    throw new IllegalArgumentException("no DynamoDB mapping for JSON node of type " + node.getNodeType());
  }

  /** The attributes of a JSON object, one per field, in field order. */
  public static Map<String, AttributeValue> mapFromJson(JsonNode object) {
    if (!object.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, got " + object.getNodeType());
    }
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      map.put(field.getKey(), fromJson(field.getValue()));
    }
    return map;
  }

  /** The JSON node for an attribute value. */
  public static JsonNode toJson(AttributeValue value) {
    switch (value.type()) {
      case S:
        return NODES.textNode(value.s());
      case N:
        BigDecimal number = new BigDecimal(value.n());
        if (number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
          long whole = number.longValueExact();
          return whole == (int) whole ? NODES.numberNode((int) whole) : NODES.numberNode(whole);
        }
        return NODES.numberNode(number.doubleValue());
      case BOOL:
        return NODES.booleanNode(value.bool());
      case NUL:
        return NODES.nullNode();
      case L:
        ArrayNode array = NODES.arrayNode();
        value.l().forEach(element -> array.add(toJson(element)));
        return array;
      case M:
        return toJson(value.m());
      default:
        throw new IllegalArgumentException("Kabar items never hold attributes of type " + value.type());
    }
  }

  /** A JSON object with one field per attribute. */
  public static ObjectNode toJson(Map<String, AttributeValue> item) {
    ObjectNode object = NODES.objectNode();
    item.forEach((name, value) -> object.set(name, toJson(value)));
    return object;
  }
}
