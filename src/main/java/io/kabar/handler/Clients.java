package io.kabar.handler;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Builds the SDK clients once per execution environment: URLConnection HTTP client (no Apache or
 * Netty), region from {@code AWS_REGION}, and the local endpoints of {@code AWS_ENDPOINT_URL_S3} /
 * {@code AWS_ENDPOINT_URL_DYNAMODB} when set (as {@code events/env.json} does for
 * {@code sam local invoke}); S3 uses path-style addressing with a non-AWS endpoint, as local
 * servers need.
 *
 * <p>Retries (both clients): the SDK's standard strategy (it retries throttling, 5xx, timeouts and
 * I/O errors, never a 4xx that is the caller's fault), {@value #MAX_ATTEMPTS} attempts in all,
 * exponential backoff with full jitter ({@code [0, min(2 s, 50 ms * 2^n))}; throttling starts at
 * 200 ms and is capped at 5 s). Each attempt may take at most {@link #ATTEMPT_TIMEOUT} and the call
 * with its retries and sleeps at most {@link #CALL_TIMEOUT}, well inside the functions' timeouts
 * (120 s and 60 s), so what still fails reaches the handler in time to propagate and Lambda
 * retries the event instead of timing out.
 */
public final class Clients {
  private static final SdkHttpClient HTTP = UrlConnectionHttpClient.create();

  /** Attempts per call, the first one included. */
  public static final int MAX_ATTEMPTS = 6;
  /** Longest single HTTP attempt. */
  public static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
  /** Longest call, every attempt and backoff included. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(25);

  private Clients() {}

  /**
   * The retry and timeout settings of every Kabar client, with {@code attemptTimeout} per attempt
   * (the local stack passes a shorter one so injected timeouts cost less).
   */
  public static ClientOverrideConfiguration.Builder resilience(ClientOverrideConfiguration.Builder config,
      Duration attemptTimeout) {
    return config.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(MAX_ATTEMPTS)
            .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(50), Duration.ofSeconds(2)))
            .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(200), Duration.ofSeconds(5)))
            .build())
        .apiCallAttemptTimeout(attemptTimeout)
        .apiCallTimeout(CALL_TIMEOUT);
  }

  /**
   * The S3 settings of every Kabar S3 client: signed payloads are sent whole, never in
   * {@code aws-chunked} encoding. Over plain HTTP (S3Proxy, any local endpoint) the SDK otherwise
   * streams a PutObject body as signed chunks, and about one upload in 50-200 then fails with
   * {@code Error writing request body to server} although the server stored the whole object; the
   * retry stores and notifies it again. Measured against S3Proxy with retries off: 14-59 failed
   * uploads in each run of 2,000-3,000 with chunks, none in 6,000 without (docs/TOOL.md). The
   * setting only concerns signed payloads, which the SDK does not send to AWS over HTTPS.
   */
  public static S3Configuration s3Service() {
    return S3Configuration.builder().chunkedEncodingEnabled(false).build();
  }

  /** The S3 client for {@code env}. */
  public static S3Client s3(Map<String, String> env) {
    var builder = S3Client.builder().httpClient(HTTP).region(region(env))
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .serviceConfiguration(s3Service())
        .overrideConfiguration(c -> resilience(c, ATTEMPT_TIMEOUT));
    String endpoint = env.get("AWS_ENDPOINT_URL_S3");
    if (endpoint != null && !endpoint.isBlank()) {
      URI uri = URI.create(endpoint);
      builder.endpointOverride(uri).forcePathStyle(!isAws(uri));
    }
    return builder.build();
  }

  /** The DynamoDB client for {@code env}. */
  public static DynamoDbClient dynamo(Map<String, String> env) {
    var builder = DynamoDbClient.builder().httpClient(HTTP).region(region(env))
        .overrideConfiguration(c -> resilience(c, ATTEMPT_TIMEOUT));
    String endpoint = env.get("AWS_ENDPOINT_URL_DYNAMODB");
    if (endpoint != null && !endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint));
    }
    return builder.build();
  }

  static boolean isAws(URI endpoint) {
    String host = endpoint.getHost();
    return host != null && (host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn"));
  }

  static Region region(Map<String, String> env) {
    String region = env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", "us-east-1"));
    return Region.of(region);
  }
}
