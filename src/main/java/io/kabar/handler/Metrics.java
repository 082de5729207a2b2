package io.kabar.handler;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.AnalysisJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One CloudWatch Embedded Metric Format (EMF) line per handled object, written to the function's
 * log; CloudWatch Logs turns it into metrics in namespace {@value #NAMESPACE}, no API call and no
 * agent. Every metric has the dimension {@code Function}; a failure also counts under
 * {@code Function, ErrorCode}. {@code articleId}, {@code key} and {@code requestId} ride along as
 * plain properties (searchable in Logs Insights, not dimensions: they would explode the metric count).
 *
 * <p>Written with Jackson instead of Powertools metrics: that library is not available from the
 * project's Maven mirror, and its annotation API needs AspectJ weaving; the EMF format is a small,
 * documented JSON object (CloudWatch "Specification: Embedded metric format"). Lambda does not
 * re-encode a log line that is already JSON, so the line stays top-level JSON with the function's
 * JSON log format.
 */
public final class Metrics {
  public static final String NAMESPACE = "Kabar";

  private final Map<String, String> dimensions = new LinkedHashMap<>();
  private final Map<String, Number> values = new LinkedHashMap<>();
  private final Map<String, String> units = new LinkedHashMap<>();
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final String errorCode;

  private Metrics(String function, String errorCode) {
    dimensions.put("Function", function);
    this.errorCode = errorCode;
  }

  /** A line for {@code function}; {@code errorCode} non-null adds the {@code Function, ErrorCode} set. */
  public static Metrics of(String function, String errorCode) {
    return new Metrics(function, errorCode);
  }

  public Metrics count(String name, long value) {
    values.put(name, value);
    units.put(name, "Count");
    return this;
  }

  public Metrics millis(String name, double value) {
    values.put(name, value);
    units.put(name, "Milliseconds");
    return this;
  }

  public Metrics property(String name, String value) {
    if (value != null) {
      properties.put(name, value);
    }
    return this;
  }

  /** The EMF JSON object. */
  public ObjectNode toJson(long timestampMillis) {
    ObjectNode line = AnalysisJson.mapper().createObjectNode();
    ObjectNode aws = line.putObject("_aws");
    aws.put("Timestamp", timestampMillis);
    ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
    directive.put("Namespace", NAMESPACE);
    ArrayNode sets = directive.putArray("Dimensions");
    sets.addArray().add("Function");
    if (errorCode != null) {
      sets.addArray().add("Function").add("ErrorCode");
      dimensions.put("ErrorCode", errorCode);
    }
    ArrayNode metrics = directive.putArray("Metrics");
    units.forEach((name, unit) -> metrics.addObject().put("Name", name).put("Unit", unit));
    dimensions.forEach(line::put);
    properties.forEach(line::put);
    values.forEach((name, value) -> {
      if (value instanceof Long l) {
        line.put(name, l);
      } else {
        line.put(name, value.doubleValue());
      }
    });
    return line;
  }

  /** Writes the line to the function's log. */
  public void write(LambdaLogger logger) {
    logger.log(toJson(System.currentTimeMillis()).toString() + "\n");
  }
}
