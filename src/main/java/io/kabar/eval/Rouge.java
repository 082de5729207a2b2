package io.kabar.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 of a candidate summary against one reference, on the shared convention:
 * tokens are the {@code \w+} runs (Unicode letters, digits and underscore) of the lower-cased text.
 * ROUGE-N counts clipped n-gram overlap (multiset intersection); ROUGE-L is the longest common subsequence
 * of the two whole token sequences (no sentence splitting, no stemming, no stop-word removal). F1 is 0 when
 * either side has no n-gram.
 */
public final class Rouge {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Rouge() {}

  /** Precision, recall and F1 of one measure. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(long overlap, long candidate, long reference) {
      double p = candidate == 0 ? 0 : (double) overlap / candidate;
      double r = reference == 0 ? 0 : (double) overlap / reference;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** The three measures for one candidate. */
  public record Scores(Prf rouge1, Prf rouge2, Prf rougeL) {}

  /** Lower-cased {@code \w+} tokens of {@code text}. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  public static Scores score(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    return new Scores(rougeN(c, r, 1), rougeN(c, r, 2), rougeL(c, r));
  }

  /** Clipped n-gram overlap between token lists. */
  public static Prf rougeN(List<String> candidate, List<String> reference, int n) {
    Map<List<String>, Integer> ref = ngrams(reference, n);
    Map<List<String>, Integer> cand = ngrams(candidate, n);
    long overlap = 0;
    for (Map.Entry<List<String>, Integer> e : cand.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
    }
    return Prf.of(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  /** Longest-common-subsequence overlap between token lists. */
  public static Prf rougeL(List<String> candidate, List<String> reference) {
    return Prf.of(lcs(candidate, reference), candidate.size(), reference.size());
  }

  static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      String x = a.get(i - 1);
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  /** Running mean of scores over documents. */
  public static final class Mean {
    private double r1;
    private double r2;
    private double rl;
    private int n;

    public void add(Scores s) {
      r1 += s.rouge1().f1();
      r2 += s.rouge2().f1();
      rl += s.rougeL().f1();
      n++;
    }

    public int count() {
      return n;
    }

    public double rouge1() {
      return n == 0 ? 0 : r1 / n;
    }

    public double rouge2() {
      return n == 0 ? 0 : r2 / n;
    }

    public double rougeL() {
      return n == 0 ? 0 : rl / n;
    }
  }
}
