package io.kabar.handler;

import io.kabar.analysis.Claim;
import io.kabar.analysis.Summary;
import io.kabar.store.ArticleStore;
import io.kabar.store.StaleRevisionException;
import io.kabar.summarize.Summarizer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * Summarises one PARSED article: reads its clean text from S3, writes the SUMMARY item, then moves
 * META to SUMMARIZED, both conditional on the revision the stream record carried, so a summary of
 * a stale revision never lands on a newer article and redelivery changes nothing.
 */
public final class SummarizeService {
  /** The summary method stored with each SUMMARY item. */
  public static final String METHOD = "lead-3-baseline";

  private final S3Client s3;
  private final ArticleStore store;
  private final Summarizer summarizer;

  public SummarizeService(S3Client s3, ArticleStore store, Summarizer summarizer) {
    this.s3 = s3;
    this.store = store;
    this.summarizer = summarizer;
  }

  /**
   * Handles the new image of a META item.
   *
   * @throws IllegalStateException when the stored text belongs to an older revision than the
   *     record (S3 not yet consistent with the table): transient, the record is retried
   */
  public Outcome process(Map<String, AttributeValue> newImage, Log log) {
    if (!"META".equals(string(newImage, "SK").orElse(""))
        || !"PARSED".equals(string(newImage, "status").orElse(""))) {
      return Outcome.SKIPPED_IRRELEVANT;
    }
    String articleId = string(newImage, "articleId").orElseThrow(() -> missing("articleId"));
    String revision = string(newImage, "rev").orElseThrow(() -> missing("rev"));
    Optional<Map<String, AttributeValue>> current = store.meta(articleId);
    if (current.isEmpty() || !revision.equals(string(current.get(), "rev").orElse(""))
        || !"PARSED".equals(string(current.get(), "status").orElse(""))) {
      log.info("record is stale or already summarised", "articleId", articleId, "rev", revision);
      return Outcome.SKIPPED_STALE;
    }
    URI textUri = URI.create(string(newImage, "textUri").orElseThrow(() -> missing("textUri")));
    ResponseBytes<GetObjectResponse> text = s3.getObjectAsBytes(b -> b.bucket(textUri.getHost())
        .key(textUri.getPath().substring(1)));
    String textRevision = text.response().metadata().getOrDefault(ParseService.REVISION_METADATA, "");
    if (textRevision.compareTo(revision) > 0) {
      return Outcome.SKIPPED_STALE;
    }
    if (textRevision.compareTo(revision) < 0) {
      throw new IllegalStateException("text of article " + articleId + " is at revision " + textRevision
          + ", older than the record's " + revision + "; will retry");
    }
    List<Claim> claims = store.claims(articleId, revision);
    Summary summary = summarizer.summarize(text.asString(StandardCharsets.UTF_8),
        string(newImage, "language").orElse("und"), string(newImage, "title").orElse(null), claims);
    try {
      store.putSummary(articleId, revision, summary, METHOD);
    } catch (StaleRevisionException e) {
      // a summary of this revision (an earlier attempt that stopped before the commit) or a newer one
      // is there: the commit below decides, so an interrupted attempt still completes
      log.info("summary already stored", "articleId", articleId, "rev", revision);
    }
    try {
      store.markSummarized(articleId, revision);
    } catch (StaleRevisionException e) {
      log.info("summary not needed: article moved on or already summarised", "articleId", articleId,
          "rev", revision);
      return Outcome.SKIPPED_STALE;
    }
    log.info("article summarized", "articleId", articleId, "rev", revision, "outcome", Outcome.SUMMARIZED);
    return Outcome.SUMMARIZED;
  }

  private static Optional<String> string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.s() == null ? Optional.empty() : Optional.of(value.s());
  }

  private static IllegalArgumentException missing(String name) {
    return new IllegalArgumentException("META image has no '" + name + "' attribute");
  }
}
