package io.kabar.ner;

import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import io.kabar.analysis.Mention;
import io.kabar.extract.EntityExtractor;
import io.kabar.extract.NameFinder;
import io.kabar.extract.NameSpan;
import io.kabar.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * Runs a name finder, or the whole entity step, over labelled sentences and scores it (exact span and
 * type).
 *
 * <p>Systems other than the OpenNLP finder see each sentence as its tokens joined by single spaces
 * (the CoNLL files keep no original spacing); their character spans are mapped back to tokens, and a
 * span whose ends do not fall on token boundaries counts as a false positive (it cannot match).
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  /** Scores the OpenNLP {@code finder} for {@code lang} on gold {@code sentences}, on its own tokens. */
  public static NerScore score(OpenNlpNameFinder finder, String lang, List<LabelledSentence> sentences) {
    NerScore score = new NerScore();
    for (LabelledSentence s : sentences) {
      Span[] spans = finder.find(s.tokens().toArray(String[]::new), lang);
      List<LabelledSentence.Name> predicted = new ArrayList<>(spans.length);
      for (Span sp : spans) {
        predicted.add(new LabelledSentence.Name(sp.getStart(), sp.getEnd(), EntityType.valueOf(sp.getType())));
      }
      score.add(s.names(), predicted);
    }
    return score;
  }

  /** Scores any {@link NameFinder} on the sentences joined by single spaces. */
  public static NerScore score(NameFinder finder, String lang, List<LabelledSentence> sentences) {
    NerScore score = new NerScore();
    for (LabelledSentence s : sentences) {
      Joined j = Joined.of(s);
      List<int[]> spans = new ArrayList<>();
      List<EntityType> types = new ArrayList<>();
      for (NameSpan n : finder.find(j.text, new Sentence(j.text, 0, j.text.length()), lang)) {
        spans.add(new int[] {n.start(), n.end()});
        types.add(n.type());
      }
      score.add(s.names(), j.toTokens(spans, types));
    }
    return score;
  }

  /**
   * Scores the whole entity step ({@code extractor}: finder, gazetteer keying and typing, filters; given the
   * sentence's DATE/QUANTITY/MONEY/PERCENT entities, as the pipeline gives them) on the sentences joined by single
   * spaces, each sentence on its own; every mention of a PERSON, ORGANIZATION, LOCATION or EVENT
   * entity is one predicted name.
   */
  public static NerScore score(EntityExtractor extractor, String lang, List<LabelledSentence> sentences) {
    return scoreDocuments(extractor, lang, sentences.stream().map(List::of).toList());
  }

  /**
   * Scores the whole entity step as {@link #score(EntityExtractor, String, List)} does, but on whole documents: each
   * document's sentences (tokens joined by single spaces) are one text, a line each, so the step reads them as the
   * pipeline reads an article (a short form meets its full name, a name its other mentions). Each mention is
   * scored in the sentence it starts in; one that runs into the next sentence cannot match.
   */
  public static NerScore scoreDocuments(EntityExtractor extractor, String lang,
      List<List<LabelledSentence>> documents) {
    io.kabar.extract.MeasureRules rules = io.kabar.extract.MeasureRules.standard();
    NerScore score = new NerScore();
    for (List<LabelledSentence> document : documents) {
      StringBuilder text = new StringBuilder();
      List<Joined> joined = new ArrayList<>();
      List<Sentence> sentences = new ArrayList<>();
      int[] starts = new int[document.size()];
      for (int i = 0; i < document.size(); i++) {
        if (i > 0) {
          text.append('\n');
        }
        Joined j = Joined.of(document.get(i));
        starts[i] = text.length();
        text.append(j.text);
        joined.add(j);
        sentences.add(new Sentence(j.text, starts[i], text.length()));
      }
      String all = text.toString();
      List<List<int[]>> spans = new ArrayList<>();
      List<List<EntityType>> types = new ArrayList<>();
      for (int i = 0; i < document.size(); i++) {
        spans.add(new ArrayList<>());
        types.add(new ArrayList<>());
      }
      for (Entity e : extractor.extract(all, sentences, lang, null, rules.extract(all, lang))) {
        for (Mention m : e.mentions()) {
          int i = java.util.Arrays.binarySearch(starts, m.start());
          i = i >= 0 ? i : -i - 2;
          spans.get(i).add(new int[] {m.start() - starts[i], m.end() - starts[i]});
          types.get(i).add(e.type());
        }
      }
      for (int i = 0; i < document.size(); i++) {
        score.add(document.get(i).names(), joined.get(i).toTokens(spans.get(i), types.get(i)));
      }
    }
    return score;
  }

  /** A sentence's tokens joined by single spaces, with the token at each start and end offset. */
  private record Joined(String text, Map<Integer, Integer> startToken, Map<Integer, Integer> endToken) {
    static Joined of(LabelledSentence s) {
      StringBuilder sb = new StringBuilder();
      Map<Integer, Integer> starts = new HashMap<>();
      Map<Integer, Integer> ends = new HashMap<>();
      for (int i = 0; i < s.tokens().size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        starts.put(sb.length(), i);
        sb.append(s.tokens().get(i));
        ends.put(sb.length(), i + 1);
      }
      return new Joined(sb.toString(), starts, ends);
    }

    /** Token spans of the character spans; a misaligned span becomes an impossible (negative) one. */
    List<LabelledSentence.Name> toTokens(List<int[]> spans, List<EntityType> types) {
      List<LabelledSentence.Name> out = new ArrayList<>();
      for (int i = 0; i < spans.size(); i++) {
        Integer a = startToken.get(spans.get(i)[0]);
        Integer b = endToken.get(spans.get(i)[1]);
        if (a == null || b == null) {
          out.add(new LabelledSentence.Name(-1 - i, -1 - i, types.get(i)));
        } else {
          out.add(new LabelledSentence.Name(a, b, types.get(i)));
        }
      }
      out.sort((x, y) -> Integer.compare(x.start(), y.start()));
      return out;
    }
  }
}
