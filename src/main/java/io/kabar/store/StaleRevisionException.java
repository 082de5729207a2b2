package io.kabar.store;

/**
 * A conditional write lost because the table already holds the same or a newer revision of the
 * article (a duplicate or out-of-order event). Not an error: the newer state stays.
 */
public final class StaleRevisionException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String articleId;
  private final String revision;

  public StaleRevisionException(String articleId, String revision, String what) {
    super(what + " for article " + articleId + " at revision " + revision
        + " not written: the table holds the same or a newer revision");
    this.articleId = articleId;
    this.revision = revision;
  }

  public String articleId() {
    return articleId;
  }

  public String revision() {
    return revision;
  }
}
