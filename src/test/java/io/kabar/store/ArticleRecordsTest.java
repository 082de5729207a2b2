package io.kabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ArticleRecordsTest {
  @Test
  void aPageTokenRoundTripsTheLastEvaluatedKey() {
    Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("ARTICLE#0123456789abcdef01234567"),
        "SK", AttributeValue.fromS("ENTITY#LOCATION#kp"), "GSI1PK", AttributeValue.fromS("ENTITY#LOCATION#kp"),
        "GSI1SK", AttributeValue.fromS("2024-06-03T08:30:00+07:00#0123456789abcdef01234567"));

    String token = ArticleRecords.encodeToken(key);

    assertEquals(key, ArticleRecords.decodeToken(token));
    assertEquals(-1, token.indexOf('='), "URL-safe, unpadded");
    assertNull(ArticleRecords.decodeToken(null));
    assertNull(ArticleRecords.decodeToken(""));
  }

  @Test
  void aTokenItDidNotMakeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ArticleRecords.decodeToken("%%%"));
    assertThrows(IllegalArgumentException.class, () -> ArticleRecords.decodeToken(
        Base64.getUrlEncoder().encodeToString("{\"PK\":\"x\"}".getBytes())));
    assertThrows(IllegalArgumentException.class, () -> ArticleRecords.decodeToken(
        Base64.getUrlEncoder().encodeToString("[1,2]".getBytes())));
  }

  @Test
  void theLimitIsChecked() {
    ArticleRecords records = new ArticleRecords(
        software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
            .region(software.amazon.awssdk.regions.Region.US_EAST_1)
            .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("a", "b"))
            .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build(), "t");
    assertThrows(IllegalArgumentException.class, () -> records.articlesFor("LOCATION#kp", 0, null));
    assertThrows(IllegalArgumentException.class, () -> records.articlesFor("LOCATION#kp", 1001, null));
  }
}
