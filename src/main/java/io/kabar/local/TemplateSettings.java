package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The event-delivery settings of {@code template.yaml} (bundled into the jar at build time), so
 * the local runner delivers events exactly as the deployed stack is configured: the S3 key
 * prefix of the upload trigger, the stream's filter patterns, batch size and retry limits.
 *
 * @param incomingPrefix       default of the IncomingPrefix parameter
 * @param processedPrefix      default of the ProcessedPrefix parameter
 * @param streamFilters        the summarizer's FilterCriteria patterns (any one must match)
 * @param streamBatchSize      BatchSize of the stream event source
 * @param streamMaxRetries     MaximumRetryAttempts of the stream event source
 * @param bisectOnError        BisectBatchOnFunctionError of the stream event source
 * @param parseMaxRetries      MaximumRetryAttempts of the parse function's async invocations
 */
public record TemplateSettings(String incomingPrefix, String processedPrefix, List<String> streamFilters,
    int streamBatchSize, int streamMaxRetries, boolean bisectOnError, int parseMaxRetries) {

  static final String RESOURCE = "template.yaml";

  /** The settings of the bundled template. */
  public static TemplateSettings bundled() {
    try (InputStream in = TemplateSettings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("template.yaml is not bundled in the jar: rebuild with 'mvn package'");
      }
      return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled template.yaml", e);
    }
  }

  /** The settings of a parsed template (CloudFormation tags such as !Ref are read as plain values). */
  public static TemplateSettings parse(JsonNode template) {
    JsonNode resources = template.path("Resources");
    JsonNode stream = resources.path("SummarizeArticleFunction").path("Properties").path("Events")
        .path("ArticleParsed").path("Properties");
    List<String> filters = new ArrayList<>();
    stream.path("FilterCriteria").path("Filters").forEach(f -> filters.add(f.path("Pattern").asText()));
    if (filters.isEmpty()) {
      throw new IllegalStateException("template.yaml: the summarizer's stream event has no FilterCriteria");
    }
    JsonNode parameters = template.path("Parameters");
    return new TemplateSettings(
        required(parameters.path("IncomingPrefix").path("Default"), "Parameters.IncomingPrefix.Default"),
        required(parameters.path("ProcessedPrefix").path("Default"), "Parameters.ProcessedPrefix.Default"),
        filters,
        stream.path("BatchSize").asInt(100),
        stream.path("MaximumRetryAttempts").asInt(-1),
        stream.path("BisectBatchOnFunctionError").asBoolean(false),
        resources.path("ParseArticleFunction").path("Properties").path("EventInvokeConfig")
            .path("MaximumRetryAttempts").asInt(2));
  }

  private static String required(JsonNode node, String where) {
    if (!node.isValueNode() || node.asText().isEmpty()) {
      throw new IllegalStateException("template.yaml: " + where + " is missing");
    }
    return node.asText();
  }
}
