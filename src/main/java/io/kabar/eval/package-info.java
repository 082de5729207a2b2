/**
 * Measuring the pipeline on labelled data: the main-text shingle score ({@link io.kabar.eval.ShingleScorer},
 * {@link io.kabar.eval.ExtractionScore}), metadata matching ({@link io.kabar.eval.MetadataMatch}) and the
 * dataset layouts ({@link io.kabar.eval.ExtractionDataset}). Plain Java values, no AWS, no third-party
 * extractor: the comparison with Readability4J lives in the CLI ({@code kabar eval extraction}). See
 * {@code docs/EXTRACTION.md}.
 */
package io.kabar.eval;
