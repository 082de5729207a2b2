package io.kabar.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
  @Test
  void defaultsApplyWhenOnlyTheTableIsSet() {
    Config config = Config.from(Map.of("TABLE_NAME", "t"));
    assertEquals("incoming/", config.incomingPrefix());
    assertEquals("processed/", config.processedPrefix());
    assertEquals(20L * 1024 * 1024, config.maxObjectBytes());
  }

  @Test
  void badSettingsAreRefusedWithTheVariableName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Config.from(Map.of()))
        .getMessage().contains("TABLE_NAME"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Config.from(Map.of("TABLE_NAME", "t", "KABAR_MAX_OBJECT_BYTES", "20MB"))).getMessage()
        .contains("KABAR_MAX_OBJECT_BYTES"));
    assertThrows(IllegalArgumentException.class,
        () -> Config.from(Map.of("TABLE_NAME", "t", "INCOMING_PREFIX", "in/", "PROCESSED_PREFIX", "in/out/")),
        "a processed prefix inside the incoming one would re-trigger the parser");
  }

  @Test
  void pathStyleOnlyForNonAwsEndpoints() {
    assertTrue(Clients.isAws(URI.create("https://s3.eu-west-1.amazonaws.com")));
    assertTrue(!Clients.isAws(URI.create("http://host.docker.internal:4566")));
  }
}
