/**
 * Bytes to paragraphs: format detection, decoding, readers for text, Markdown and HTML, boilerplate
 * cleaning and datelines. Language specifics live in {@code io/kabar/parse/*-<lang>.txt}.
 */
package io.kabar.parse;
