package io.kabar.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * The one JSON mapping of the analysis contract, shared by {@code kabar analyze} and the
 * DynamoDB item mapper. Thread-safe.
 */
public final class AnalysisJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .addModule(new SimpleModule("kabar-numbers")
          .addSerializer(Double.class, new WholeNumberSerializer(Double.class))
          .addSerializer(double.class, new WholeNumberSerializer(double.class)))
      .build();

  private AnalysisJson() {}

  /** The shared, configured mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The analysis as a JSON tree. */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** The analysis as compact JSON text. */
  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Writes whole numbers without a fraction ({@code 4000}, not {@code 4000.0}), null as null. */
  static void writeNumber(JsonGenerator gen, Double number) throws IOException {
    if (number == null) {
      gen.writeNull();
    } else if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      gen.writeNumber(number.longValue());
    } else {
      gen.writeNumber(number);
    }
  }

  /** Every double in the contract is written by {@link #writeNumber}. */
  private static final class WholeNumberSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    WholeNumberSerializer(Class<?> type) {
      super((Class) type);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      writeNumber(gen, value);
    }
  }

  /**
   * Writes an {@link Entity} with exactly the fields its type carries: measure types always carry
   * {@code value, low, high, unit, approximate} (null when unknown), DATE carries {@code normalized}.
   */
  static final class EntitySerializer extends StdSerializer<Entity> {
    private static final long serialVersionUID = 1L;

    EntitySerializer() {
      super(Entity.class);
    }

    @Override
    public void serialize(Entity e, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("key", e.key());
      gen.writeStringField("type", e.type().name());
      gen.writeStringField("canonical", e.canonical());
      provider.defaultSerializeField("aliases", e.aliases(), gen);
      gen.writeFieldName("salience");
      writeNumber(gen, e.salience());
      if (e.type() == EntityType.DATE || e.normalized() != null) {
        gen.writeStringField("normalized", e.normalized());
      }
      if (e.type().isMeasure()) {
        gen.writeFieldName("value");
        writeNumber(gen, e.value());
        gen.writeFieldName("low");
        writeNumber(gen, e.low());
        gen.writeFieldName("high");
        writeNumber(gen, e.high());
        gen.writeStringField("unit", e.unit());
        gen.writeBooleanField("approximate", Boolean.TRUE.equals(e.approximate()));
      }
      provider.defaultSerializeField("mentions", e.mentions(), gen);
      gen.writeEndObject();
    }
  }
}
