package io.kabar.testing;

import io.kabar.local.DynaliteServer;
import io.kabar.local.LocalStack;
import io.kabar.local.S3ProxyServer;
import io.kabar.store.TableDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Real servers for integration tests: S3Proxy in this JVM and dynalite on loopback, started by
 * the test itself, with the Kabar bucket and table created. Tests skip (never pass silently)
 * when dynalite is not installed: {@code npm ci} installs it, and {@code .ci/run} runs that.
 */
public final class Servers implements AutoCloseable {
  public static final String BUCKET = "kabar-local";
  public static final String TABLE = "kabar-local";

  public final S3ProxyServer s3Server;
  public final DynaliteServer dynamoServer;
  public final S3Client s3;
  public final DynamoDbClient dynamo;

  private Servers() {
    dynamoServer = DynaliteServer.start(0);
    try {
      s3Server = S3ProxyServer.start(0);
    } catch (RuntimeException e) {
      dynamoServer.close();
      throw e;
    }
    s3 = LocalStack.s3Client(s3Server.endpoint());
    dynamo = LocalStack.dynamoClient(dynamoServer.endpoint());
    s3.createBucket(b -> b.bucket(BUCKET));
    dynamo.createTable(TableDefinition.createTableRequest(TABLE));
    dynamo.waiter().waitUntilTableExists(b -> b.tableName(TABLE));
  }

  /**
   * Starts both servers, or skips the calling test when dynalite is not installed; on CI
   * ({@code CI} set) a missing dynalite fails instead, so a broken install never passes silently.
   */
  public static Servers start() {
    if (System.getenv("CI") != null && !dynaliteInstalled()) {
      throw new IllegalStateException("CI: dynalite is missing; .ci/run must run 'npm ci' first");
    }
    Assumptions.assumeTrue(dynaliteInstalled(),
        "dynalite is not installed: run 'npm ci' in the project folder to run the integration tests");
    return new Servers();
  }

  /** Puts {@code bytes} at {@code key} in the test bucket. */
  public void upload(String key, byte[] bytes) {
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
  }

  /** The bundled Indonesian sample article (portal boilerplate and a repeated paragraph included). */
  public static byte[] sampleArticle() {
    try (InputStream in = Servers.class.getResourceAsStream("/io/kabar/local/samples/Banjir Jakarta – Bekasi.txt")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean dynaliteInstalled() {
    return Files.isRegularFile(Path.of("node_modules/dynalite/cli.js"))
        || System.getenv("KABAR_DYNALITE") != null;
  }

  @Override
  public void close() {
    try {
      s3Server.close();
    } finally {
      dynamoServer.close();
    }
  }
}
