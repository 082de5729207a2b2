package io.kabar.handler;

/**
 * What handling one event record did. Only {@link #PARSED}, {@link #FAILED} and
 * {@link #SUMMARIZED} change the table; the others are deliberate no-ops.
 */
public enum Outcome {
  /** The article was parsed and committed (META status PARSED). */
  PARSED,
  /** The file could not be processed; META status FAILED with an error code. */
  FAILED,
  /** The summary was written and META moved to SUMMARIZED. */
  SUMMARIZED,
  /** The table already holds this or a newer revision: a duplicate or out-of-order event. */
  SKIPPED_STALE,
  /** The key is outside the incoming prefix (e.g. Kabar's own processed text). */
  SKIPPED_OUTSIDE_PREFIX,
  /** Not an ObjectCreated event, or a stream record that is not a PARSED META. */
  SKIPPED_IRRELEVANT
}
