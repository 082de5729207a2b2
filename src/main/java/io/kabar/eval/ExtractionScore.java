package io.kabar.eval;

/**
 * One system's main-text score over a set of pages: precision averaged over the pages with output
 * shingles, recall averaged over the pages with gold tokens, F1 from the two averages (not the mean
 * of per-page F1s). Pages with no gold tokens are left out of both averages and counted in
 * {@link #unscoredPages()}. Not thread-safe; add pages from one thread.
 */
public final class ExtractionScore {
  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;
  private int emptyOutputPages;
  private int unscoredPages;

  /** Adds one page's score. */
  public void add(ShingleScorer.PageScore page) {
    if (page.recall().isEmpty()) {
      unscoredPages++;
      return;
    }
    recallSum += page.recall().getAsDouble();
    recallPages++;
    if (page.precision().isPresent()) {
      precisionSum += page.precision().getAsDouble();
      precisionPages++;
    } else {
      emptyOutputPages++;
    }
  }

  /** Mean precision over the scored pages with output; 0 when there are none. */
  public double precision() {
    return precisionPages == 0 ? 0 : precisionSum / precisionPages;
  }

  /** Mean recall over the scored pages (empty output counts as recall 0); 0 when there are none. */
  public double recall() {
    return recallPages == 0 ? 0 : recallSum / recallPages;
  }

  /** The harmonic mean of {@link #precision()} and {@link #recall()}; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Pages scored (with gold text). */
  public int scoredPages() {
    return recallPages;
  }

  /** Scored pages whose output had no tokens (left out of precision). */
  public int emptyOutputPages() {
    return emptyOutputPages;
  }

  /** Pages left out because their gold text has no tokens. */
  public int unscoredPages() {
    return unscoredPages;
  }
}
