package io.kabar.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** Runs a finder over labelled sentences and scores it (exact span and type). */
public final class NerEvaluation {
  private NerEvaluation() {}

  /** Scores {@code finder} for {@code lang} on gold {@code sentences}, keeping only {@code keep} types. */
  public static NerScore score(OpenNlpNameFinder finder, String lang, List<LabelledSentence> sentences) {
    NerScore score = new NerScore();
    for (LabelledSentence s : sentences) {
      Span[] spans = finder.find(s.tokens().toArray(String[]::new), lang);
      List<LabelledSentence.Name> predicted = new ArrayList<>(spans.length);
      for (Span sp : spans) {
        predicted.add(new LabelledSentence.Name(sp.getStart(), sp.getEnd(),
            io.kabar.analysis.EntityType.valueOf(sp.getType())));
      }
      score.add(s.names(), predicted);
    }
    return score;
  }
}
