package io.kabar.handler;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.ErrorCode;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.parse.ParsedArticle;
import io.kabar.store.ArticleStore;
import io.kabar.store.SourceObject;
import io.kabar.store.StaleRevisionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Parses one uploaded object into the table: reads it from S3, runs the pipeline (the object's
 * {@code Content-Type} is a hint for format detection, which the content overrules where they
 * disagree: see {@link io.kabar.parse.FormatDetector}), writes the clean text to
 * {@code processed/<articleId>/<rev>/text.txt}, the children, then META.
 *
 * <p>Content problems end in a FAILED record and a normal return. Infrastructure problems
 * (throttling, 5xx, timeouts) propagate as SDK exceptions so that Lambda retries the event and
 * its on-failure destination catches what never succeeds.
 */
public final class ParseService {
  /** User metadata on the processed text naming the revision it belongs to. */
  public static final String REVISION_METADATA = "kabar-rev";

  private final S3Client s3;
  private final ArticleStore store;
  private final Pipeline pipeline;
  private final Config config;

  public ParseService(S3Client s3, ArticleStore store, Pipeline pipeline, Config config) {
    this.s3 = s3;
    this.store = store;
    this.pipeline = pipeline;
    this.config = config;
  }

  /**
   * What processing one object did.
   *
   * @param errorCode    the error code when {@code outcome} is FAILED, else null
   * @param errorMessage its message, else null
   * @param entities     entities written when PARSED, else 0
   * @param claims       claims written when PARSED, else 0
   */
  public record Result(Outcome outcome, ErrorCode errorCode, String errorMessage, int entities, int claims) {
    static Result of(Outcome outcome) {
      return new Result(outcome, null, null, 0, 0);
    }
  }

  /** Handles one ObjectCreated record whose key is already URL-decoded. */
  public Outcome process(SourceObject source, Log log) {
    return run(source, log).outcome();
  }

  /** Handles one object (key already URL-decoded) and says what it did, with the error code of a FAILED one. */
  public Result run(SourceObject source, Log log) {
    String articleId = source.articleId();
    if (!source.key().startsWith(config.incomingPrefix())) {
      log.warn("key outside the incoming prefix refused", "key", source.key(),
          "incomingPrefix", config.incomingPrefix());
      return Result.of(Outcome.SKIPPED_OUTSIDE_PREFIX);
    }
    Optional<String> stored = store.storedRevision(articleId);
    if (stored.isPresent() && stored.get().compareTo(source.revision()) >= 0) {
      log.info("duplicate or older event ignored", "articleId", articleId, "key", source.key(),
          "rev", source.revision(), "storedRev", stored.get());
      if (stored.get().compareTo(source.revision()) > 0) {
        // an earlier attempt of this older event may have written children and stopped before its commit
        store.deleteStaleChildren(articleId, stored.get());
      }
      return Result.of(Outcome.SKIPPED_STALE);
    }
    try {
      Download download = read(source, log);
      byte[] bytes = download.bytes();
      ParsedArticle parsed = pipeline.parse(new Source(articleId, source.key(), bytes, download.contentType(),
          Optional.empty()));
      Analysis analysis = pipeline.extract(articleId, parsed);
      // one text object per revision: a slower attempt of an older upload can never overwrite the
      // text that a newer, committed META points to
      String textKey = config.processedPrefix() + articleId + "/" + source.revision() + "/text.txt";
      s3.putObject(b -> b.bucket(source.bucket()).key(textKey)
              .contentType("text/plain; charset=utf-8").metadata(Map.of(REVISION_METADATA, source.revision())),
          RequestBody.fromString(analysis.text(), StandardCharsets.UTF_8));
      String parsedAt = Instant.now().toString();
      String sortDate = analysis.publishedAt() != null ? analysis.publishedAt() : parsedAt;
      store.putChildren(source, analysis, sortDate);
      store.commitParsed(source, analysis, sha256(bytes), parsed.format().name().toLowerCase(Locale.ROOT),
          "s3://" + source.bucket() + "/" + textKey, Pipeline.VERSION);
      int stale = store.deleteStaleChildren(articleId, source.revision());
      log.info("article parsed", "articleId", articleId, "key", source.key(), "rev", source.revision(),
          "entities", analysis.entities().size(), "claims", analysis.claims().size(),
          "staleChildrenDeleted", stale, "outcome", Outcome.PARSED);
      return new Result(Outcome.PARSED, null, null, analysis.entities().size(), analysis.claims().size());
    } catch (ArticleException e) {
      return fail(source, e.code(), e.getMessage(), log);
    } catch (StaleRevisionException e) {
      log.info("newer revision committed meanwhile", "articleId", articleId, "key", source.key());
      cleanUpAfterLosing(source);
      return Result.of(Outcome.SKIPPED_STALE);
    }
  }

  private Result fail(SourceObject source, ErrorCode code, String message, Log log) {
    try {
      store.commitFailed(source, code, message);
      store.deleteStaleChildren(source.articleId(), source.revision());
      log.warn("article failed", "articleId", source.articleId(), "key", source.key(),
          "errorCode", code, "error", message, "outcome", Outcome.FAILED);
      return new Result(Outcome.FAILED, code, message, 0, 0);
    } catch (StaleRevisionException e) {
      cleanUpAfterLosing(source);
      return Result.of(Outcome.SKIPPED_STALE);
    }
  }

  /**
   * After losing the commit to a newer revision: the children this attempt wrote may have landed
   * after the winner's clean-up, so delete what is older than the committed revision.
   */
  private void cleanUpAfterLosing(SourceObject source) {
    store.storedRevision(source.articleId()).filter(stored -> stored.compareTo(source.revision()) > 0)
        .ifPresent(stored -> store.deleteStaleChildren(source.articleId(), stored));
  }

  /** An object's bytes and its declared Content-Type (a hint for format detection), if any. */
  private record Download(byte[] bytes, Optional<String> contentType) {}

  /** The object's bytes and Content-Type, refusing more than the cap without downloading them. */
  private Download read(SourceObject source, Log log) throws ArticleException {
    long cap = config.maxObjectBytes();
    if (source.size() > cap) {
      throw tooLarge(source.size(), cap);
    }
    GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(source.bucket()).key(source.key());
    if (source.versionId() != null) {
      request.versionId(source.versionId());
    }
    try (ResponseInputStream<GetObjectResponse> in = s3.getObject(request.build())) {
      String etag = in.response().eTag() == null ? null : in.response().eTag().replace("\"", "");
      if (source.versionId() == null && source.etag() != null && etag != null && !etag.equals(source.etag())) {
        // overwritten since this event: the newer event (higher revision) will process it again
        log.info("object changed since the event; processing its current content", "key", source.key(),
            "eventEtag", source.etag(), "etag", etag);
      }
      Long length = in.response().contentLength();
      if (length != null && length > cap) {
        throw tooLarge(length, cap);
      }
      String contentType = in.response().contentType();
      return new Download(readAtMost(in, cap),
          contentType == null || contentType.isBlank() ? Optional.empty() : Optional.of(contentType));
    } catch (NoSuchKeyException e) {
      throw new ArticleException(ErrorCode.NOT_FOUND, "object s3://" + source.bucket() + "/" + source.key()
          + " no longer exists (deleted before it was processed)");
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        throw new ArticleException(ErrorCode.NOT_FOUND, "object s3://" + source.bucket() + "/" + source.key()
            + " not found (" + e.awsErrorDetails().errorCode() + ")");
      }
      throw e;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("reading s3://" + source.bucket() + "/" + source.key(), e);
    }
  }

  private static byte[] readAtMost(InputStream in, long cap) throws IOException, ArticleException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    if (bytes.length > cap) {
      throw tooLarge(bytes.length, cap);
    }
    return bytes;
  }

  private static ArticleException tooLarge(long size, long cap) {
    return Pipeline.tooLarge(size, cap);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
