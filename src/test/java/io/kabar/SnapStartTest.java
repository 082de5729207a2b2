package io.kabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SnapStart in {@code template.yaml}: every function snapshots its published versions, events reach the
 * alias SAM publishes (nothing names the unqualified function), on a runtime SnapStart supports.
 */
class SnapStartTest {
  private static final Set<String> SNAPSTART_RUNTIMES = Set.of("java11", "java17", "java21", "java25");

  @Test
  void everyFunctionSnapshotsPublishedVersionsBehindAnAlias() throws Exception {
    JsonNode template = TemplateTest.template();
    Map<String, JsonNode> functions = TemplateTest.functions(template);
    assertFalse(functions.isEmpty());
    for (var f : functions.entrySet()) {
      JsonNode p = f.getValue();
      assertEquals("PublishedVersions", p.path("SnapStart").path("ApplyOn").asText(), f.getKey());
      assertFalse(p.path("AutoPublishAlias").asText().isBlank(), f.getKey() + " needs AutoPublishAlias");
      // SAM wires a function's Events to its alias; a function without events (the S3 Batch backfill) is
      // invoked through the alias it publishes, which the template must name instead of the function
      assertTrue(!p.path("Events").isEmpty()
          || template.toString().contains("\"" + f.getKey() + "Alias" + p.path("AutoPublishAlias").asText() + "\""),
          f.getKey() + ": events wired to the alias, or the alias referenced");
    }
  }

  @Test
  void runtimeSupportsSnapStart() throws Exception {
    JsonNode template = TemplateTest.template();
    for (var f : TemplateTest.functions(template).entrySet()) {
      JsonNode runtime = f.getValue().has("Runtime") ? f.getValue().path("Runtime")
          : template.path("Globals").path("Function").path("Runtime");
      assertTrue(SNAPSTART_RUNTIMES.contains(runtime.asText()), f.getKey() + ": " + runtime);
      // SnapStart does not support provisioned concurrency, EFS or more than 512 MB of ephemeral storage
      assertTrue(f.getValue().path("ProvisionedConcurrencyConfig").isMissingNode(), f.getKey());
      assertTrue(f.getValue().path("FileSystemConfigs").isMissingNode(), f.getKey());
      assertTrue(f.getValue().path("EphemeralStorage").path("Size").asInt(512) <= 512, f.getKey());
    }
  }

  @Test
  void nothingOutsideSamsEventsInvokesTheUnqualifiedFunction() throws Exception {
    // a hand-written notification, permission or mapping naming the function (not its alias) would
    // run the unsnapshotted $LATEST
    // (Outputs may name it: an output invokes nothing)
    String text = Files.readString(Path.of("template.yaml")).split("\nOutputs:")[0];
    for (String name : TemplateTest.functions(TemplateTest.template()).keySet()) {
      assertFalse(text.contains(name + ".Arn"), name + ".Arn is referenced");
      assertFalse(text.contains("!Ref " + name + "\n"), name + " is referenced by !Ref");
    }
  }
}
