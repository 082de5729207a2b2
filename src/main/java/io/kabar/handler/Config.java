package io.kabar.handler;

import io.kabar.analysis.Pipeline;
import java.util.Map;

/**
 * The functions' settings, read from environment variables (names as in {@code template.yaml}).
 *
 * @param table           {@code TABLE_NAME}: the DynamoDB table (required)
 * @param incomingPrefix  {@code INCOMING_PREFIX}: keys outside it are refused (default {@code incoming/})
 * @param processedPrefix {@code PROCESSED_PREFIX}: where clean text is written (default {@code processed/})
 * @param maxObjectBytes  {@code KABAR_MAX_OBJECT_BYTES}: size cap of an upload (default 20 MB)
 */
public record Config(String table, String incomingPrefix, String processedPrefix, long maxObjectBytes) {
  public static final long DEFAULT_MAX_OBJECT_BYTES = Pipeline.DEFAULT_MAX_BYTES;
  private static final String MAX_BYTES_ENV = Pipeline.MAX_BYTES_ENV;

  public Config {
    if (table == null || table.isBlank()) {
      throw new IllegalArgumentException("TABLE_NAME is not set: name the DynamoDB table of Kabar");
    }
    if (maxObjectBytes <= 0) {
      throw new IllegalArgumentException(MAX_BYTES_ENV + " must be positive, got " + maxObjectBytes);
    }
    if (incomingPrefix.startsWith(processedPrefix) || processedPrefix.startsWith(incomingPrefix)) {
      throw new IllegalArgumentException("INCOMING_PREFIX '" + incomingPrefix + "' and PROCESSED_PREFIX '"
          + processedPrefix + "' overlap: processed text would trigger the parser again");
    }
  }

  /** Settings from the process environment. */
  public static Config fromEnvironment() {
    return from(System.getenv());
  }

  /** Settings from {@code env}; absent variables take their defaults. */
  public static Config from(Map<String, String> env) {
    String max = env.getOrDefault(MAX_BYTES_ENV, Long.toString(DEFAULT_MAX_OBJECT_BYTES));
    long maxBytes;
    try {
      maxBytes = Long.parseLong(max.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(MAX_BYTES_ENV + " is not a number of bytes: '" + max + "'", e);
    }
    return new Config(env.get("TABLE_NAME"), env.getOrDefault("INCOMING_PREFIX", "incoming/"),
        env.getOrDefault("PROCESSED_PREFIX", "processed/"), maxBytes);
  }
}
