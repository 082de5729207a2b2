package io.kabar.analysis;

/**
 * Why an article could not be processed. These codes appear in {@code error.code} of FAILED
 * records and of {@code kabar analyze} error lines; other services match on them, so they never
 * change meaning.
 */
public enum ErrorCode {
  /** The file's format is not one Kabar reads (by extension and content sniffing). */
  UNSUPPORTED_FORMAT,
  /**
   * The object is larger than the configured size cap ({@code KABAR_MAX_OBJECT_BYTES}), or a
   * compressed container (.docx) would inflate past its decompression limits.
   */
  TOO_LARGE,
  /** The file has no text once markup and whitespace are removed. */
  EMPTY,
  /** The object no longer exists (deleted or overwritten before it was processed). */
  NOT_FOUND,
  /** The bytes are not valid text in any encoding Kabar accepts. */
  BAD_ENCODING,
  /** The file claims a format but its content is broken (e.g. truncated structure). */
  MALFORMED,
  /**
   * A Kabar step failed on this input (a bug, not bad content): recorded as FAILED rather than
   * retried, since retrying gives the same result; the message names the exception.
   */
  PROCESSING_ERROR
}
