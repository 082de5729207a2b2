package io.kabar.ner.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Word clusters induced from unlabelled text, for the name finder's cluster features. Method (a
 * simple, deterministic stand-in for Brown clustering, in the spirit of Clark's distributional
 * clusters): every word seen at least {@code minCount} times is described by the words right
 * before and right after it (the {@code contextWords} most frequent words, left and right kept
 * apart), weighted by positive pointwise mutual information and L2-normalised; spherical k-means
 * (cosine, seeded) then groups the words, once per requested number of clusters, so the tagger
 * gets coarse and fine classes as Brown bit-string prefixes would give it. Words are lower-cased.
 */
public final class WordClusters {
  private final String[] vocab;
  private final Map<String, Integer> index;
  private final int[][] ctxIds;
  private final float[][] ctxWeights;
  private final int dims;

  private WordClusters(String[] vocab, Map<String, Integer> index, int[][] ctxIds, float[][] ctxWeights, int dims) {
    this.vocab = vocab;
    this.index = index;
    this.ctxIds = ctxIds;
    this.ctxWeights = ctxWeights;
    this.dims = dims;
  }

  /** Builds the context vectors of {@code sentences} (tokens, any case). */
  public static WordClusters build(List<List<String>> sentences, int minCount, int contextWords) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> s : sentences) {
      for (String t : s) {
        counts.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> byFreq = new ArrayList<>(counts.keySet());
    byFreq.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(w -> w));
    String[] vocab = byFreq.stream().filter(w -> counts.get(w) >= minCount).toArray(String[]::new);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocab.length; i++) {
      index.put(vocab[i], i);
    }
    int c = Math.min(contextWords, vocab.length);
    // context id: 0..c-1 left neighbour, c..2c-1 right neighbour, 2c / 2c+1 sentence boundary left/right
    int dims = 2 * c + 2;
    List<Map<Integer, Integer>> co = new ArrayList<>(vocab.length);
    for (int i = 0; i < vocab.length; i++) {
      co.add(new HashMap<>());
    }
    long[] ctxTotals = new long[dims];
    long total = 0;
    for (List<String> s : sentences) {
      int[] ids = new int[s.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = index.getOrDefault(s.get(i).toLowerCase(Locale.ROOT), -1);
      }
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] < 0) {
          continue;
        }
        int left = i == 0 ? 2 * c : ids[i - 1] >= 0 && ids[i - 1] < c ? ids[i - 1] : -1;
        int right = i == ids.length - 1 ? 2 * c + 1 : ids[i + 1] >= 0 && ids[i + 1] < c ? c + ids[i + 1] : -1;
        for (int ctx : new int[] {left, right}) {
          if (ctx >= 0) {
            co.get(ids[i]).merge(ctx, 1, Integer::sum);
            ctxTotals[ctx]++;
            total++;
          }
        }
      }
    }
    long[] wordTotals = new long[vocab.length];
    for (int w = 0; w < vocab.length; w++) {
      for (int n : co.get(w).values()) {
        wordTotals[w] += n;
      }
    }
    int[][] ctxIds = new int[vocab.length][];
    float[][] ctxWeights = new float[vocab.length][];
    for (int w = 0; w < vocab.length; w++) {
      List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(co.get(w).entrySet());
      entries.sort(Map.Entry.comparingByKey());
      int[] ids = new int[entries.size()];
      float[] ws = new float[entries.size()];
      int n = 0;
      double norm = 0;
      for (Map.Entry<Integer, Integer> e : entries) {
        double pmi = Math.log((double) e.getValue() * total / ((double) wordTotals[w] * ctxTotals[e.getKey()]));
        if (pmi > 0) {
          ids[n] = e.getKey();
          ws[n] = (float) pmi;
          norm += pmi * pmi;
          n++;
        }
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < n; k++) {
        ws[k] /= (float) (norm == 0 ? 1 : norm);
      }
      ctxIds[w] = Arrays.copyOf(ids, n);
      ctxWeights[w] = Arrays.copyOf(ws, n);
    }
    return new WordClusters(vocab, index, ctxIds, ctxWeights, dims);
  }

  /** The vocabulary size. */
  public int size() {
    return vocab.length;
  }

  /** Spherical k-means into {@code k} clusters; returns each word's cluster. */
  public int[] cluster(int k, int iterations, long seed) {
    int n = vocab.length;
    k = Math.min(k, n);
    float[][] centroids = new float[k][dims];
    Random random = new Random(seed);
    // seeds: k distinct words drawn from the more frequent half (their vectors are reliable)
    int pool = Math.max(k, n / 2);
    int[] order = new int[pool];
    for (int i = 0; i < pool; i++) {
      order[i] = i;
    }
    for (int i = pool - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int c = 0; c < k; c++) {
      int w = order[c];
      for (int x = 0; x < ctxIds[w].length; x++) {
        centroids[c][ctxIds[w][x]] = ctxWeights[w][x];
      }
    }
    int[] assign = new int[n];
    Arrays.fill(assign, -1);
    for (int it = 0; it < iterations; it++) {
      int changed = 0;
      for (int w = 0; w < n; w++) {
        int best = 0;
        double bestSim = -1;
        for (int c = 0; c < k; c++) {
          float[] cen = centroids[c];
          double sim = 0;
          int[] ids = ctxIds[w];
          float[] ws = ctxWeights[w];
          for (int x = 0; x < ids.length; x++) {
            sim += cen[ids[x]] * ws[x];
          }
          if (sim > bestSim) {
            bestSim = sim;
            best = c;
          }
        }
        if (assign[w] != best) {
          changed++;
          assign[w] = best;
        }
      }
      for (float[] cen : centroids) {
        Arrays.fill(cen, 0);
      }
      for (int w = 0; w < n; w++) {
        float[] cen = centroids[assign[w]];
        for (int x = 0; x < ctxIds[w].length; x++) {
          cen[ctxIds[w][x]] += ctxWeights[w][x];
        }
      }
      for (float[] cen : centroids) {
        double norm = 0;
        for (float v : cen) {
          norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
          for (int d = 0; d < cen.length; d++) {
            cen[d] /= (float) norm;
          }
        }
      }
      if (changed == 0) {
        break;
      }
    }
    return assign;
  }

  /** Writes {@code word c1 c2 ...} lines, one column per clustering in {@code assigns}. */
  public void write(List<int[]> assigns, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int w = 0; w < vocab.length; w++) {
        if (vocab[w].indexOf(' ') < 0) {
          StringBuilder line = new StringBuilder(vocab[w]);
          for (int[] a : assigns) {
            line.append(' ').append(a[w]);
          }
          out.write(line.append('\n').toString());
        }
      }
    }
  }

  /** The index of a lower-cased word, or -1. */
  public int indexOf(String word) {
    return index.getOrDefault(word, -1);
  }
}
