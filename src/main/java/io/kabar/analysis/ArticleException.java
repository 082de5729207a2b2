package io.kabar.analysis;

/**
 * An article that cannot be processed because of its content (never because of infrastructure).
 * The message says what was wrong and quotes at most a short excerpt of the input.
 */
public final class ArticleException extends Exception {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public ArticleException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ArticleException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
