package io.kabar.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Item keys of the single table, and the identities they are built from.
 *
 * <p>{@code articleId} is stable per S3 object (bucket + key), so a re-upload of the same key
 * replaces the article instead of adding a second one.
 */
public final class Keys {
  public static final String PK = "PK";
  public static final String SK = "SK";
  public static final String GSI1 = "GSI1";
  public static final String GSI1PK = "GSI1PK";
  public static final String GSI1SK = "GSI1SK";

  public static final String META = "META";
  public static final String SUMMARY = "SUMMARY";
  public static final String ENTITY_PREFIX = "ENTITY#";
  public static final String CLAIM_PREFIX = "CLAIM#";

  /** Width of a normalised S3 sequencer; S3's own are 16–18 hex digits. */
  static final int REV_WIDTH = 32;

  private Keys() {}

  /** The article id of an S3 object: 24 hex digits of SHA-256 over {@code bucket/key}. */
  public static String articleId(String bucket, String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((bucket + "/" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** {@code ARTICLE#<articleId>}. */
  public static String articlePk(String articleId) {
    return "ARTICLE#" + articleId;
  }

  /** {@code ENTITY#<TYPE>#<slug>} for an entity key {@code <TYPE>#<slug>}. */
  public static String entitySk(String entityKey) {
    return ENTITY_PREFIX + entityKey;
  }

  /** {@code CLAIM#0001} for the first claim; four digits keep the sort order numeric. */
  public static String claimSk(int index) {
    return String.format(Locale.ROOT, "%s%04d", CLAIM_PREFIX, index + 1);
  }

  /**
   * A revision that orders events on one S3 key: the object's {@code sequencer}, upper-cased and
   * right-padded with zeros to a fixed width, as S3's event documentation says to compare two
   * sequencers of different length. Lexicographic order of revisions is event order.
   *
   * @throws IllegalArgumentException if {@code sequencer} is blank, not hexadecimal or too long
   */
  public static String revision(String sequencer) {
    if (sequencer == null || sequencer.isBlank()) {
      throw new IllegalArgumentException("S3 sequencer is missing");
    }
    String hex = sequencer.trim().toUpperCase(Locale.ROOT);
    if (hex.length() > REV_WIDTH || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw new IllegalArgumentException("S3 sequencer is not a hex string of at most " + REV_WIDTH
          + " digits: '" + excerpt(sequencer) + "'");
    }
    return hex + "0".repeat(REV_WIDTH - hex.length());
  }

  /**
   * The revision of an event that carries no sequencer (hand-written events, S3 Batch
   * Operations): its event time in milliseconds, as hex. Orders after nothing S3 sent later.
   */
  public static String revisionFromMillis(long epochMillis) {
    return revision(String.format(Locale.ROOT, "%016X", epochMillis));
  }

  static String excerpt(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
