package io.kabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kabar.local.TemplateSettings;
import io.kabar.store.Keys;
import io.kabar.store.TableDefinition;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.event.ruler.Ruler;

/** {@code template.yaml} agrees with the code, the events in {@code events/} and least privilege. */
class TemplateTest {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode template() throws IOException {
    return YAML.readTree(new File("template.yaml"));
  }

  static Map<String, JsonNode> functions(JsonNode template) {
    Map<String, JsonNode> functions = new java.util.LinkedHashMap<>();
    template.path("Resources").properties().forEach(e -> {
      if ("AWS::Serverless::Function".equals(e.getValue().path("Type").asText())) {
        functions.put(e.getKey(), e.getValue().path("Properties"));
      }
    });
    return functions;
  }

  @Test
  void everyHandlerTheTemplateNamesExistsWithAHandleRequestMethod() throws Exception {
    Map<String, JsonNode> functions = functions(template());
    assertEquals(Set.of("ParseArticleFunction", "ParseBatchFunction", "SummarizeArticleFunction"), functions.keySet());
    for (var function : functions.entrySet()) {
      String handler = function.getValue().path("Handler").asText();
      String[] parts = handler.split("::");
      Class<?> type = Class.forName(parts[0]);
      assertEquals(function.getKey(), type.getSimpleName(), "resource named like its class");
      boolean found = false;
      for (Method method : type.getMethods()) {
        found |= method.getName().equals(parts[1]) && method.getParameterCount() == 2
            && method.getParameterTypes()[1] == Context.class;
      }
      assertTrue(found, handler + " has no " + parts[1] + "(event, Context)");
      assertEquals(0, type.getConstructor().getParameterCount(), "the runtime needs a public no-arg constructor");
    }
  }

  @Test
  void functionsRunJava21WithJsonLogsFromTheLambdaJar() throws IOException {
    JsonNode globals = template().path("Globals").path("Function");
    assertEquals("java21", globals.path("Runtime").asText());
    assertEquals("JSON", globals.path("LoggingConfig").path("LogFormat").asText());
    assertEquals("target/kabar-lambda.jar", globals.path("CodeUri").asText());
  }

  @Test
  void theSamEventsAreTheOnesTheTestsUseAndMatchTheTemplate() throws Exception {
    TemplateSettings settings = TemplateSettings.parse(template());
    List<String> events;
    try (Stream<Path> files = Files.list(Path.of("events"))) {
      events = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(List.of("dynamodb-article-parsed.json", "env.json", "s3-batch.json", "s3-put.json"), events,
        "every event file is loaded below; add a check when adding one");

    S3Event upload = EventLoader.loadS3Event("events/s3-put.json");
    var object = upload.getRecords().get(0).getS3().getObject();
    assertTrue(object.getUrlDecodedKey().startsWith(settings.incomingPrefix()));
    assertTrue(object.getKey().contains("+") && object.getKey().contains("%2B") && object.getKey().contains("%E2%80%93"),
        "the raw key has an encoded space, plus and non-ASCII character, as S3 sends them");

    DynamodbEvent parsed = EventLoader.loadDynamoDbEvent("events/dynamodb-article-parsed.json");
    JsonNode raw = JSON.readTree(new File("events/dynamodb-article-parsed.json")).path("Records").get(0);
    boolean passes = false;
    for (String pattern : settings.streamFilters()) {
      passes |= Ruler.matchesRule(raw.toString(), pattern);
    }
    assertTrue(passes, "the sample stream record passes the template's FilterCriteria");
    String bucket = upload.getRecords().get(0).getS3().getBucket().getName();
    String articleId = Keys.articleId(bucket, object.getUrlDecodedKey());
    var image = parsed.getRecords().get(0).getDynamodb().getNewImage();
    assertEquals(articleId, image.get("articleId").getS(), "the stream sample describes the upload sample");
    assertEquals(Keys.revision(object.getSequencer()), image.get("rev").getS());
    assertEquals("s3://" + bucket + "/" + settings.processedPrefix() + articleId + "/" + image.get("rev").getS() + "/text.txt", image.get("textUri").getS());

    // the backfill sample: schema 1.0 (what ParseBatchFunction reads), a task under the incoming prefix
    JsonNode batch = JSON.readTree(new File("events/s3-batch.json"));
    assertEquals("1.0", batch.path("invocationSchemaVersion").asText());
    JsonNode task = batch.path("tasks").get(0);
    assertEquals("arn:aws:s3:::" + bucket, task.path("s3BucketArn").asText());
    assertTrue(java.net.URLDecoder.decode(task.path("s3Key").asText(), java.nio.charset.StandardCharsets.UTF_8)
        .startsWith(settings.incomingPrefix()));
  }

  @Test
  void envJsonOnlyOverridesVariablesTheTemplateDeclares() throws IOException {
    JsonNode template = template();
    Set<String> declared = new TreeSet<>();
    template.path("Globals").path("Function").path("Environment").path("Variables").fieldNames()
        .forEachRemaining(declared::add);
    JsonNode env = JSON.readTree(new File("events/env.json"));
    Map<String, JsonNode> functions = functions(template);
    for (Iterator<Map.Entry<String, JsonNode>> it = env.properties().iterator(); it.hasNext(); ) {
      var function = it.next();
      assertTrue(functions.containsKey(function.getKey()), "env.json names unknown function " + function.getKey());
      function.getValue().fieldNames().forEachRemaining(name -> assertTrue(declared.contains(name),
          name + " is not declared in the template, so sam local would ignore it"));
    }
  }

  @Test
  void policiesGrantOnlyThePrefixesAndTheTable() throws IOException {
    Map<String, JsonNode> functions = functions(template());
    Map<String, List<String>> s3Grants = new java.util.TreeMap<>();
    for (var function : functions.entrySet()) {
      for (JsonNode policy : function.getValue().path("Policies")) {
        if (!policy.has("Statement")) {
          fail(function.getKey() + " uses a policy template; S3 ones grant the whole bucket: " + policy);
        }
        for (JsonNode statement : policy.path("Statement")) {
          assertEquals("Allow", statement.path("Effect").asText());
          String resource = statement.path("Resource").asText();
          assertFalse(resource.isEmpty() || resource.equals("*"), "no wildcard resource: " + statement);
          for (JsonNode action : statement.path("Action")) {
            assertFalse(action.asText().endsWith(":*"), "no wildcard action: " + action);
            if (action.asText().startsWith("s3:")) {
              s3Grants.computeIfAbsent(function.getKey(), k -> new ArrayList<>())
                  .add(action.asText() + " " + resource.substring(resource.lastIndexOf('/') + 1));
            }
          }
        }
      }
    }
    assertEquals(Map.of(
        "ParseArticleFunction", List.of("s3:GetObject ${IncomingPrefix}*", "s3:GetObjectVersion ${IncomingPrefix}*",
            "s3:PutObject ${ProcessedPrefix}*"),
        "ParseBatchFunction", List.of("s3:GetObject ${IncomingPrefix}*", "s3:GetObjectVersion ${IncomingPrefix}*",
            "s3:PutObject ${ProcessedPrefix}*"),
        "SummarizeArticleFunction", List.of("s3:GetObject ${ProcessedPrefix}*")), s3Grants);
  }

  @Test
  void theStreamEventReportsPartialFailuresBisectsAndGivesUp() throws IOException {
    JsonNode stream = functions(template()).get("SummarizeArticleFunction").path("Events").path("ArticleParsed").path("Properties");
    assertEquals("ReportBatchItemFailures", stream.path("FunctionResponseTypes").get(0).asText());
    assertTrue(stream.path("BisectBatchOnFunctionError").asBoolean());
    int retries = stream.path("MaximumRetryAttempts").asInt(-1);
    assertTrue(retries >= 0 && retries <= 10, "bounded retries");
    assertTrue(stream.path("DestinationConfig").path("OnFailure").has("Destination"));
    JsonNode parse = functions(template()).get("ParseArticleFunction");
    assertTrue(parse.path("EventInvokeConfig").path("DestinationConfig").path("OnFailure").has("Destination"));
  }

  @Test
  void theTableMatchesWhatTheLocalStackCreates() throws IOException {
    JsonNode table = template().path("Resources").path("ArticlesTable").path("Properties");
    CreateTableRequest local = TableDefinition.createTableRequest("t");
    assertEquals("PAY_PER_REQUEST", table.path("BillingMode").asText());
    assertEquals(local.billingModeAsString(), table.path("BillingMode").asText());
    assertEquals("NEW_AND_OLD_IMAGES", table.path("StreamSpecification").path("StreamViewType").asText());
    List<String> keys = new ArrayList<>();
    table.path("KeySchema").forEach(k -> keys.add(k.path("AttributeName").asText() + ":" + k.path("KeyType").asText()));
    assertEquals(local.keySchema().stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList(), keys);
    JsonNode gsi = table.path("GlobalSecondaryIndexes").get(0);
    assertEquals(local.globalSecondaryIndexes().get(0).indexName(), gsi.path("IndexName").asText());
    List<String> gsiKeys = new ArrayList<>();
    gsi.path("KeySchema").forEach(k -> gsiKeys.add(k.path("AttributeName").asText() + ":" + k.path("KeyType").asText()));
    assertEquals(local.globalSecondaryIndexes().get(0).keySchema().stream()
        .map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList(), gsiKeys);
  }

  @Test
  void theBucketIsPrivateEncryptedAndTlsOnly() throws IOException {
    JsonNode resources = template().path("Resources");
    JsonNode bucket = resources.path("ArticlesBucket").path("Properties");
    bucket.path("PublicAccessBlockConfiguration").forEach(flag -> assertTrue(flag.asBoolean()));
    assertEquals(4, bucket.path("PublicAccessBlockConfiguration").size());
    assertTrue(bucket.path("BucketEncryption").isObject());
    JsonNode deny = resources.path("ArticlesBucketPolicy").path("Properties").path("PolicyDocument").path("Statement").get(0);
    assertEquals("Deny", deny.path("Effect").asText());
    assertEquals("false", deny.path("Condition").path("Bool").path("aws:SecureTransport").asText());
  }

  @Test
  void noStatementOfAnyPolicyUsesAWildcardActionOrAWildcardResource() throws IOException {
    int statements = 0;
    for (var function : functions(template()).entrySet()) {
      for (JsonNode policy : function.getValue().path("Policies")) {
        for (JsonNode statement : policy.path("Statement")) {
          statements++;
          List<String> actions = new ArrayList<>();
          if (statement.path("Action").isArray()) {
            statement.path("Action").forEach(a -> actions.add(a.asText()));
          } else {
            actions.add(statement.path("Action").asText());
          }
          for (String action : actions) {
            assertFalse(action.isEmpty() || action.contains("*"), function.getKey() + ": wildcard action " + action);
            assertTrue(action.matches("(s3|dynamodb|sqs):[A-Za-z]+"), function.getKey() + ": unexpected action " + action);
          }
          List<String> resources = new ArrayList<>();
          if (statement.path("Resource").isArray()) {
            statement.path("Resource").forEach(r -> resources.add(r.asText()));
          } else {
            resources.add(statement.path("Resource").asText());
          }
          for (String resource : resources) {
            assertFalse(resource.isEmpty() || resource.equals("*"), function.getKey() + ": Resource '*' in " + statement);
            if (actions.get(0).startsWith("s3:")) {
              assertTrue(resource.endsWith("/${IncomingPrefix}*") || resource.endsWith("/${ProcessedPrefix}*"),
                  "S3 grants name one prefix, never the bucket: " + resource);
            }
          }
        }
      }
    }
    assertTrue(statements >= 6, "the policies were read: " + statements);
  }

  @Test
  void everyFunctionHasReservedConcurrency() throws IOException {
    Map<String, JsonNode> functions = functions(template());
    assertFalse(functions.isEmpty());
    for (var function : functions.entrySet()) {
      int reserved = function.getValue().path("ReservedConcurrentExecutions").asInt(-1);
      assertTrue(reserved > 0 && reserved <= 100, function.getKey() + " reserves a bounded concurrency: " + reserved);
    }
  }

  @Test
  void theFailureQueueAndTheTableAreEncrypted() throws IOException {
    JsonNode resources = template().path("Resources");
    int queues = 0;
    for (var resource : resources.properties()) {
      if ("AWS::SQS::Queue".equals(resource.getValue().path("Type").asText())) {
        queues++;
        JsonNode properties = resource.getValue().path("Properties");
        assertTrue(properties.path("SqsManagedSseEnabled").asBoolean() || properties.has("KmsMasterKeyId"),
            resource.getKey() + " is encrypted at rest");
      }
    }
    assertTrue(queues > 0, "the on-failure destination is a queue");
    assertTrue(resources.path("ArticlesTable").path("Properties").path("SSESpecification").path("SSEEnabled").asBoolean());
  }

  @Test
  void theProcessedPrefixCanNeverTriggerTheParser() throws IOException {
    JsonNode template = template();
    JsonNode parameters = template.path("Parameters");
    String incoming = parameters.path("IncomingPrefix").path("Default").asText();
    String processed = parameters.path("ProcessedPrefix").path("Default").asText();
    assertFalse(incoming.startsWith(processed) || processed.startsWith(incoming), "the default prefixes are disjoint");
    // the code guard: a configuration whose prefixes overlap is refused at start-up
    assertThrows(IllegalArgumentException.class, () -> io.kabar.handler.Config.from(Map.of("TABLE_NAME", "t",
        "INCOMING_PREFIX", "articles/", "PROCESSED_PREFIX", "articles/processed/")));
    int s3Events = 0;
    for (var function : functions(template).entrySet()) {
      for (JsonNode event : function.getValue().path("Events")) {
        if (!"S3".equals(event.path("Type").asText())) {
          continue;
        }
        s3Events++;
        assertEquals("ParseArticleFunction", function.getKey(), "only the parser listens to the bucket");
        JsonNode rules = event.path("Properties").path("Filter").path("S3Key").path("Rules");
        assertEquals(1, rules.size());
        assertEquals("prefix", rules.get(0).path("Name").asText());
        assertEquals("IncomingPrefix", rules.get(0).path("Value").asText(), "the trigger is limited to the incoming prefix");
      }
    }
    assertEquals(1, s3Events);
  }
}
