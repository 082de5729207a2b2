/**
 * Training the name finder models ({@code kabar train ner}): data sets and label mapping, word
 * clusters induced from unlabelled news text, the perceptron. Not in the Lambda jar.
 */
package io.kabar.ner.train;
