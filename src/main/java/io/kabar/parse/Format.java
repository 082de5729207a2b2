package io.kabar.parse;

/** The input formats Kabar reads. */
public enum Format {
  /** Plain text. */
  TXT,
  /** Markdown (CommonMark-ish). */
  MARKDOWN,
  /** HTML or XHTML. */
  HTML,
  /** A CMS export: one JSON object with title, body, author and date fields. */
  JSON,
  /** PDF, read with PDFBox. */
  PDF,
  /** Word (Office Open XML) document, read as the ZIP of XML it is. */
  DOCX
}
