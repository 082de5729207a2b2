package io.kabar.handler;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the SDK clients once per execution environment: URLConnection HTTP client (no Apache or
 * Netty), region from {@code AWS_REGION}, and the local endpoints of {@code AWS_ENDPOINT_URL_S3} /
 * {@code AWS_ENDPOINT_URL_DYNAMODB} when set (as {@code events/env.json} does for
 * {@code sam local invoke}); S3 uses path-style addressing with a non-AWS endpoint, as local
 * servers need.
 */
public final class Clients {
  private static final SdkHttpClient HTTP = UrlConnectionHttpClient.create();

  private Clients() {}

  /** The S3 client for {@code env}. */
  public static S3Client s3(Map<String, String> env) {
    var builder = S3Client.builder().httpClient(HTTP).region(region(env))
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    String endpoint = env.get("AWS_ENDPOINT_URL_S3");
    if (endpoint != null && !endpoint.isBlank()) {
      URI uri = URI.create(endpoint);
      builder.endpointOverride(uri).forcePathStyle(!isAws(uri));
    }
    return builder.build();
  }

  /** The DynamoDB client for {@code env}. */
  public static DynamoDbClient dynamo(Map<String, String> env) {
    var builder = DynamoDbClient.builder().httpClient(HTTP).region(region(env));
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
