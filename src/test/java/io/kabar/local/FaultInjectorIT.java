package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.handler.Clients;
import io.kabar.testing.Servers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class FaultInjectorIT {
  static Servers servers;

  @BeforeAll
  static void start() {
    servers = Servers.start();
  }

  @AfterAll
  static void stop() {
    if (servers != null) {
      servers.close();
    }
  }

  static S3Client s3(FaultInjector faults) {
    return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1)
        .endpointOverride(servers.s3Server.endpoint()).forcePathStyle(true)
        .credentialsProvider(() -> AwsBasicCredentials.create(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY))
        .serviceConfiguration(Clients.s3Service())
        .overrideConfiguration(c -> Clients.resilience(c, Duration.ofSeconds(1)).addExecutionInterceptor(faults))
        .build();
  }

  @Test
  void withoutFaultsTheProxyIsTransparent() {
    try (FaultInjector faults = new FaultInjector(Map.of(), java.util.EnumSet.allOf(FaultInjector.Fault.class),
        Duration.ofSeconds(2), 1)) {
      S3Client s3 = s3(faults);
      s3.putObject(b -> b.bucket(Servers.BUCKET).key("incoming/x.txt"), RequestBody.fromString("hello"));
      assertEquals("hello", s3.getObjectAsBytes(b -> b.bucket(Servers.BUCKET).key("incoming/x.txt")).asUtf8String());
      assertEquals(1, faults.get("attempts.S3_GET"));
    }
  }
}
