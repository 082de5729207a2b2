package io.kabar.analysis;

/** What kind of claim an entry of {@link Analysis#claims()} is. */
public enum ClaimKind {
  /** A direct quote, in quotation marks, with a speaker. */
  QUOTE,
  /** Indirect (reported) speech with a speaker. */
  ATTRIBUTED,
  /** An unattributed numeric assertion. */
  STATISTIC,
  /** A reported event without a speaker. */
  EVENT
}
