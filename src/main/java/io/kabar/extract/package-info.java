/**
 * Baseline extractors: named entities, dates and measures, claims. Word lists and gazetteers live in
 * {@code io/kabar/extract/*.txt}.
 */
package io.kabar.extract;
