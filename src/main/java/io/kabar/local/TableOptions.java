package io.kabar.local;

import io.kabar.store.Keys;
import java.net.URI;
import picocli.CommandLine.Option;

/** The options of the commands that read the table of a running stack ({@code query}, {@code report}). */
final class TableOptions {
  @Option(names = "--dynamodb-endpoint", defaultValue = "http://127.0.0.1:8000",
      description = "DynamoDB endpoint (default: ${DEFAULT-VALUE}).")
  URI dynamoEndpoint;

  @Option(names = "--table", defaultValue = LocalStack.TABLE, description = "Table name (default: ${DEFAULT-VALUE}).")
  String table;

  @Option(names = "--bucket", defaultValue = LocalStack.BUCKET,
      description = "Bucket an S3-key ID refers to (default: ${DEFAULT-VALUE}).")
  String bucket;

  /** The article id of {@code idOrKey}: an article id (24 hex digits) as it is, an S3 key of {@link #bucket} hashed. */
  String articleId(String idOrKey) {
    return idOrKey.matches("[0-9a-f]{24}") ? idOrKey : Keys.articleId(bucket, idOrKey);
  }
}
