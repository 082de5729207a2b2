/**
 * Trained name finders: {@link io.kabar.ner.OpenNlpNameFinder} runs the OpenNLP models shipped under
 * {@code io/kabar/ner/*-ner.bin} (see {@code docs/NER.md} for their model cards), with our own
 * feature generators (word shape, country gazetteer, word clusters) that the models name in their
 * feature descriptor; {@link io.kabar.ner.Conll} and {@link io.kabar.ner.NerScore} read and score
 * CoNLL-style data. Training code is in {@code io.kabar.ner.train} (not in the Lambda jar).
 */
package io.kabar.ner;
