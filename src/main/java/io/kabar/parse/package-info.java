/**
 * Bytes to paragraphs: format detection from content, decoding, readers for text, Markdown, HTML,
 * JSON CMS exports, PDF and .docx (with bounded decompression), boilerplate
 * cleaning and datelines. Language specifics live in {@code io/kabar/parse/*-<lang>.txt}.
 */
package io.kabar.parse;
