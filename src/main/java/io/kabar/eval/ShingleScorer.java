package io.kabar.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Main-text extraction score of one page: word 4-gram shingles, the convention of the Zyte article
 * extraction benchmark that the published figures in {@code shared/README.md} use.
 *
 * <p>How the convention is read, literally:
 * <ul>
 *   <li><b>Tokens</b> are the maximal runs of {@code [\p{L}\p{N}_]} (Unicode letters, numbers and the
 *       underscore: Python's Unicode {@code \w+}), compared case-sensitively; punctuation and
 *       whitespace only separate tokens.</li>
 *   <li><b>Shingles</b> are the runs of {@value #N} consecutive tokens. The shingles of a text form a
 *       <b>multiset</b>: a paragraph we output twice while the gold text has it once counts its
 *       shingles once as true positives and once as false positives. This is what the benchmark
 *       does (it counts shingles), and it is applied the same way to every system.</li>
 *   <li>Per page, TP = the shingles in both multisets (with multiplicity), FP = ours only,
 *       FN = gold only; the three are then divided by their sum so each page weighs the same.
 *       Precision is TP/(TP+FP) and recall TP/(TP+FN) of that page (the normalisation does not change
 *       them; it exists so that the page's counts may be pooled). The page's precision is undefined
 *       when it has no output shingles (empty output: left out of the precision average, as the
 *       convention says); its recall is undefined when the gold text has no tokens (such a page cannot
 *       be scored at all, and {@link ExtractionScore} leaves it out of both averages).</li>
 *   <li><b>Short texts</b>: the benchmark turns a text of fewer than {@value #N} tokens into one
 *       shingle holding all its tokens, so a gold text of 3 tokens could never match an output of
 *       more. We take the shingle length of a page as {@code min(4, gold tokens)} for both texts, so a
 *       1-to-3-token gold text is scored on its unigrams, bigrams or trigrams; an output shorter than
 *       the shingle length is one shingle of all its tokens, as in the benchmark. Pages with at least
 *       4 gold tokens (every dev page that has a gold text) are scored exactly as the benchmark does.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ShingleScorer {
  /** The shingle length. */
  public static final int N = 4;

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  private ShingleScorer() {}

  /**
   * The page's normalised counts (summing to 1, or all 0 when both texts have no tokens) and its
   * precision and recall where defined.
   */
  public record PageScore(double tp, double fp, double fn, OptionalDouble precision, OptionalDouble recall) {
    /** The page's F1 from its own precision and recall; 0 when either is undefined or both are 0. */
    public double f1() {
      if (precision.isEmpty() || recall.isEmpty()) {
        return 0;
      }
      double p = precision.getAsDouble();
      double r = recall.getAsDouble();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The tokens of a text (null is empty), in order. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /**
   * The multiset of {@code n}-token shingles (shingle joined by a space → count). A non-empty text of
   * fewer than {@code n} tokens is one shingle of all its tokens; an empty one has none.
   */
  public static Map<String, Integer> shingles(List<String> tokens, int n) {
    Map<String, Integer> bag = new HashMap<>();
    if (tokens.isEmpty()) {
      return bag;
    }
    int count = Math.max(1, tokens.size() - n + 1);
    for (int i = 0; i < count; i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + n)));
      bag.merge(shingle, 1, Integer::sum);
    }
    return bag;
  }

  /** Scores {@code output} against {@code gold} (null counts as empty). */
  public static PageScore score(String gold, String output) {
    List<String> goldTokens = tokens(gold);
    List<String> outTokens = tokens(output);
    int n = goldTokens.isEmpty() ? N : Math.min(N, goldTokens.size());
    Map<String, Integer> goldBag = shingles(goldTokens, n);
    Map<String, Integer> outBag = shingles(outTokens, n);
    Set<String> keys = new HashSet<>(goldBag.keySet());
    keys.addAll(outBag.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (String key : keys) {
      int g = goldBag.getOrDefault(key, 0);
      int o = outBag.getOrDefault(key, 0);
      tp += Math.min(g, o);
      fp += Math.max(0, o - g);
      fn += Math.max(0, g - o);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    OptionalDouble precision = tp + fp > 0 ? OptionalDouble.of(tp / (tp + fp)) : OptionalDouble.empty();
    OptionalDouble recall = tp + fn > 0 ? OptionalDouble.of(tp / (tp + fn)) : OptionalDouble.empty();
    return new PageScore(tp, fp, fn, precision, recall);
  }
}
