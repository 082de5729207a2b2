package io.kabar.parse;

/** The input formats Kabar reads. PDF and DOCX are planned; until then they are rejected. */
public enum Format {
  /** Plain text. */
  TXT,
  /** Markdown (CommonMark-ish). */
  MARKDOWN,
  /** HTML or XHTML. */
  HTML
}
