package io.kabar.ner;

import io.kabar.analysis.EntityType;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Exact-span NER scoring: a predicted name counts only when its start, end and type all match a
 * gold name. Micro precision/recall/F1 over all names, and per type.
 */
public final class NerScore {
  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, fp, fn

  /** Adds one sentence's gold and predicted names (token spans). */
  public void add(Collection<LabelledSentence.Name> gold, Collection<LabelledSentence.Name> predicted) {
    Set<LabelledSentence.Name> goldSet = new HashSet<>(gold);
    for (LabelledSentence.Name p : new HashSet<>(predicted)) {
      int[] c = counts.computeIfAbsent(p.type(), t -> new int[3]);
      if (goldSet.remove(p)) {
        c[0]++;
      } else {
        c[1]++;
      }
    }
    for (LabelledSentence.Name g : goldSet) {
      counts.computeIfAbsent(g.type(), t -> new int[3])[2]++;
    }
  }

  /** The types seen in gold or predictions, in enum order. */
  public Set<EntityType> types() {
    return counts.keySet();
  }

  /** Counts for one type, or for all when {@code type} is null. */
  public Counts counts(EntityType type) {
    if (type != null) {
      int[] c = counts.getOrDefault(type, new int[3]);
      return new Counts(c[0], c[1], c[2]);
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int[] c : counts.values()) {
      tp += c[0];
      fp += c[1];
      fn += c[2];
    }
    return new Counts(tp, fp, fn);
  }

  /** True/false positives and false negatives, with the derived ratios (0 when undefined). */
  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int gold() {
      return tp + fn;
    }
  }
}
