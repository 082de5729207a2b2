/**
 * Language-level helpers: data-file loading, language detection (baseline), tokens and sentences.
 * Word lists live in {@code io/kabar/nlp/*-<lang>.txt}.
 */
package io.kabar.nlp;
