package io.kabar.store;

/**
 * The S3 object an article came from, as the event described it.
 *
 * @param bucket    bucket name
 * @param key       the URL-decoded object key
 * @param versionId object version, or null when the bucket is not versioned
 * @param etag      the ETag from the event, or null
 * @param size      size in bytes from the event, or -1 when the event did not say
 * @param revision  the normalised sequencer ({@link Keys#revision})
 * @param eventTime ISO-8601 time of the event
 */
public record SourceObject(String bucket, String key, String versionId, String etag, long size,
    String revision, String eventTime) {

  /** The stable article id of this object. */
  public String articleId() {
    return Keys.articleId(bucket, key);
  }
}
