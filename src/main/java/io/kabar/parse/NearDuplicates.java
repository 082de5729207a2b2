package io.kabar.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds paragraphs that repeat an earlier one exactly or nearly, in about linear time.
 *
 * <p>A paragraph is reduced to its lower-cased words (letters and digits). Two paragraphs are exact
 * duplicates when their word sequences are equal, and near duplicates when the smaller of their
 * sets of word bigrams ("shingles", hashed to 64 bits) lies at least {@link #THRESHOLD} inside the
 * other: this covers a repeat with a small edit (Jaccard similarity of 0.9 or more implies it) and
 * a paragraph repeated inside a longer one. Only prose is compared: a paragraph of at least
 * {@link #MIN_WORDS} words that ends a sentence with "." or "!" (a closing quote or bracket may
 * follow), or one of at least {@link #LONG_WORDS} words. Headings, list items, table cells, product
 * names and short questions ("Pros", "Cons:", a table of contents, the same interview question put to
 * several people) are repeated by pages on purpose and are never removed as repeats.
 *
 * <p>Candidates are found through an inverted index from shingle hash to the paragraphs holding it,
 * so no pair of paragraphs is compared unless they share a shingle; a shingle held by more than
 * {@link #MAX_POSTINGS} paragraphs stops being indexed (a common phrase says nothing about
 * duplication) and the candidate filter allows for it, so the work per paragraph is bounded by its
 * length times {@link #MAX_POSTINGS}. Not thread-safe: one instance per article.
 */
final class NearDuplicates {
  /** Paragraphs shorter than this many words are never duplicates. */
  static final int MIN_WORDS = 8;
  /** Paragraphs of this many words are compared whatever their last character. */
  static final int LONG_WORDS = 20;
  /** Share of the smaller shingle set that must lie in the other. */
  static final double THRESHOLD = 0.9;
  /** Posting-list cap above which a shingle is treated as a common phrase. */
  static final int MAX_POSTINGS = 48;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!…][\"'”’»)\\]]*$");

  /** What an added paragraph turned out to be. */
  enum Kind { NEW, EXACT, NEAR, SUPERSEDES }

  /**
   * The verdict on an added paragraph.
   *
   * @param kind    NEW (kept), EXACT or NEAR (repeat of {@code other}, drop the new one), or
   *                SUPERSEDES (the new one contains {@code other} and says more: drop {@code other})
   * @param other   the earlier paragraph's id, or -1
   */
  record Verdict(Kind kind, int other) {}

  private final Map<String, Integer> exact = new HashMap<>();
  private final Map<Long, int[]> postings = new HashMap<>();
  private long[][] shingles = new long[16][];
  private boolean[] alive = new boolean[16];
  private boolean[] pins = new boolean[16];
  /** Per-paragraph hit counts of the current lookup, and which entries it touched (reset after). */
  private int[] hits = new int[16];
  private int[] touched = new int[16];

  /**
   * Compares {@code paragraph} with the paragraphs added and kept so far, and indexes it unless it
   * is a repeat.
   *
   * @param id     the caller's id for the paragraph; ids must be added in increasing order from 0
   * @param pinned true when a later, longer paragraph must not replace this one (it holds the dateline)
   */
  Verdict add(int id, String paragraph, boolean pinned) {
    if (id >= shingles.length) {
      int n = Math.max(id + 1, shingles.length * 2);
      shingles = Arrays.copyOf(shingles, n);
      alive = Arrays.copyOf(alive, n);
      pins = Arrays.copyOf(pins, n);
      hits = Arrays.copyOf(hits, n);
    }
    List<String> words = words(paragraph);
    if (words.size() < MIN_WORDS || words.size() < LONG_WORDS && !SENTENCE_END.matcher(paragraph.strip()).find()) {
      return new Verdict(Kind.NEW, -1);
    }
    String key = String.join(" ", words);
    Integer first = exact.get(key);
    if (first != null) {
      return new Verdict(Kind.EXACT, first);
    }
    long[] set = shingleSet(words);
    Verdict verdict = nearest(set);
    if (verdict.kind() == Kind.NEAR) {
      exact.put(key, verdict.other());
      return verdict;
    }
    if (verdict.kind() == Kind.SUPERSEDES) {
      alive[verdict.other()] = false;
    }
    exact.put(key, id);
    shingles[id] = set;
    alive[id] = true;
    pins[id] = pinned;
    for (long h : set) {
      int[] list = postings.get(h);
      if (list == null) {
        postings.put(h, new int[] {1, id, 0, 0});
      } else if (list[0] <= MAX_POSTINGS) {
        if (list[0] + 1 == list.length) {
          list = Arrays.copyOf(list, list.length * 2);
          postings.put(h, list);
        }
        list[++list[0]] = id;
      }
    }
    return verdict;
  }

  private Verdict nearest(long[] set) {
    int candidates = 0;
    int common = 0;
    for (long h : set) {
      int[] list = postings.get(h);
      if (list == null) {
        continue;
      }
      if (list[0] > MAX_POSTINGS) {
        common++;
        continue;
      }
      for (int i = 1; i <= list[0]; i++) {
        int other = list[i];
        if (hits[other]++ == 0) {
          if (candidates == touched.length) {
            touched = Arrays.copyOf(touched, candidates * 2);
          }
          touched[candidates++] = other;
        }
      }
    }
    int best = -1;
    Kind bestKind = Kind.NEW;
    double bestScore = 0;
    for (int c = 0; c < candidates; c++) {
      int other = touched[c];
      int shared = hits[other];
      hits[other] = 0;
      if (!alive[other]) {
        continue;
      }
      long[] theirs = shingles[other];
      int smaller = Math.min(set.length, theirs.length);
      if (shared + common < THRESHOLD * smaller) {
        continue;
      }
      int overlap = intersection(set, theirs);
      double score = overlap / (double) smaller;
      if (score >= THRESHOLD && score > bestScore) {
        bestScore = score;
        best = other;
        // The new paragraph holds (nearly) all of the earlier one and more: keep the fuller one.
        bestKind = set.length > theirs.length && !pins[other] ? Kind.SUPERSEDES : Kind.NEAR;
      }
    }
    return new Verdict(bestKind, best);
  }

  /** The lower-cased runs of letters and digits of {@code paragraph}. */
  static List<String> words(String paragraph) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= paragraph.length(); ) {
      int c = i < paragraph.length() ? paragraph.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.appendCodePoint(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      i += Character.charCount(c);
    }
    return words;
  }

  static long[] shingleSet(List<String> words) {
    long[] out = new long[Math.max(1, words.size() - 1)];
    for (int i = 0; i < out.length; i++) {
      long a = words.get(i).hashCode();
      long b = i + 1 < words.size() ? words.get(i + 1).hashCode() : 0;
      out[i] = mix(a * 0x9E3779B97F4A7C15L + b);
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}
