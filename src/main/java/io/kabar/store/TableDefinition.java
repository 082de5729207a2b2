package io.kabar.store;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * The table as {@code template.yaml} declares it, for the local stack and the tests
 * (a test checks the two agree).
 */
public final class TableDefinition {
  private TableDefinition() {}

  /** CreateTable for the Kabar table named {@code name}. */
  public static CreateTableRequest createTableRequest(String name) {
    return CreateTableRequest.builder()
        .tableName(name)
        .billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(
            string(Keys.PK), string(Keys.SK), string(Keys.GSI1PK), string(Keys.GSI1SK))
        .keySchema(hash(Keys.PK), range(Keys.SK))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder()
            .indexName(Keys.GSI1)
            .keySchema(hash(Keys.GSI1PK), range(Keys.GSI1SK))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
            .build())
        .streamSpecification(StreamSpecification.builder()
            .streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES).build())
        .build();
  }

  private static AttributeDefinition string(String name) {
    return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
  }

  private static KeySchemaElement hash(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
  }

  private static KeySchemaElement range(String name) {
    return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
  }
}
