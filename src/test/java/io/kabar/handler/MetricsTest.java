package io.kabar.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kabar.analysis.AnalysisJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
  static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
      "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
      "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
      "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
      "None");

  /** The rules of CloudWatch's "Specification: Embedded metric format" that a line can break. */
  static void assertValidEmf(JsonNode line) {
    JsonNode aws = line.path("_aws");
    assertTrue(aws.path("Timestamp").isIntegralNumber() && aws.path("Timestamp").asLong() > 0, "Timestamp in ms");
    assertTrue(aws.path("CloudWatchMetrics").isArray() && aws.path("CloudWatchMetrics").size() >= 1);
    for (JsonNode directive : aws.path("CloudWatchMetrics")) {
      String namespace = directive.path("Namespace").asText("");
      assertTrue(!namespace.isEmpty() && namespace.length() <= 255, "Namespace");
      assertTrue(directive.path("Dimensions").isArray());
      for (JsonNode set : directive.path("Dimensions")) {
        assertTrue(set.isArray() && set.size() <= 30, "a dimension set is an array of at most 30 names");
        for (JsonNode name : set) {
          assertTrue(line.path(name.asText()).isTextual(), "dimension " + name + " is a string member: " + line);
        }
      }
      assertTrue(directive.path("Metrics").isArray() && directive.path("Metrics").size() <= 100);
      for (JsonNode metric : directive.path("Metrics")) {
        String name = metric.path("Name").asText("");
        assertTrue(!name.isEmpty() && name.length() <= 1024, "metric Name");
        assertTrue(!metric.has("Unit") || UNITS.contains(metric.path("Unit").asText()), "Unit " + metric);
        assertTrue(line.path(name).isNumber(), "metric " + name + " has a number value: " + line);
      }
    }
  }

  static List<JsonNode> emfLines(List<String> log) throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String l : log) {
      JsonNode json = AnalysisJson.mapper().readTree(l);
      if (json.has("_aws")) {
        lines.add(json);
      }
    }
    return lines;
  }

  @Test
  void aFailureCountsByFunctionAndByErrorCode() throws Exception {
    List<String> log = new ArrayList<>();
    Metrics.of("ParseArticleFunction", "MALFORMED").count("ArticlesParsed", 0).count("ArticlesFailed", 1)
        .property("articleId", "abc").property("key", null).write(new io.kabar.local.LocalContext("f", log::add).getLogger());

    JsonNode line = emfLines(log).get(0);
    assertValidEmf(line);
    assertEquals("Kabar", line.at("/_aws/CloudWatchMetrics/0/Namespace").asText());
    assertEquals("[[\"Function\"],[\"Function\",\"ErrorCode\"]]", line.at("/_aws/CloudWatchMetrics/0/Dimensions").toString());
    assertEquals("MALFORMED", line.path("ErrorCode").asText());
    assertEquals(1, line.path("ArticlesFailed").asInt());
    assertEquals("abc", line.path("articleId").asText());
    assertTrue(!line.has("key"), "null properties are left out");
    assertTrue(log.get(0).endsWith("\n") && log.get(0).indexOf('\n') == log.get(0).length() - 1, "one line");
  }

  @Test
  void aSuccessHasOnlyTheFunctionDimensionAndMillisecondDurations() {
    JsonNode line = Metrics.of("ParseArticleFunction", null).count("Entities", 12).millis("ParseDuration", 8.5)
        .toJson(1_700_000_000_000L);

    assertValidEmf(line);
    assertEquals("[[\"Function\"]]", line.at("/_aws/CloudWatchMetrics/0/Dimensions").toString());
    assertEquals("Milliseconds", line.at("/_aws/CloudWatchMetrics/0/Metrics/1/Unit").asText());
    assertEquals(8.5, line.path("ParseDuration").asDouble());
    assertEquals(1_700_000_000_000L, line.at("/_aws/Timestamp").asLong());
  }
}
