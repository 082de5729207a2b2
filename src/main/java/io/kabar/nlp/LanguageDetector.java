package io.kabar.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Language identification by counting function words. Every supported language has a list
 * {@code io/kabar/nlp/stopwords-<lang>.txt} and may have {@code markers-<lang>.txt}, words that tell it
 * from a close language; a word found in several lists counts {@code 1/n} for each, so shared
 * function words (Indonesian and Malay share many) do not decide, distinguishing ones do.
 *
 * <p>Close languages form a family ({@code io/kabar/nlp/families.txt}, e.g. {@code id ms}). The
 * detector first picks the family with the highest score (the sum of its members'), then the member
 * with the highest score; when members tie (only shared words), the family's first code. A language
 * in no family is a family of its own. Frequent words of a language's text ({@code common-<lang>.txt},
 * derived from news corpora) count for every member of its family alike: they give short text enough
 * evidence to pick the family without taking sides inside it.
 *
 * <p>Evidence is weak, and the answer {@link Languages#UNDETERMINED}, when the best family has
 * fewer than {@value #MIN_HITS} word hits (or {@value #MIN_HITS_ALONE} when no other family scores
 * at all) or ties with the runner-up.
 *
 * <p>The {@link Evidence} of a text is the sum of its words' weights, so the evidence of several
 * paragraphs is the {@link Evidence#plus sum} of theirs: a caller that decides once on a whole page and
 * again on what is left of it after cleaning tokenises each paragraph once. Weights are counted in
 * exact fractions, so the answer does not depend on how the text is split. Immutable and thread-safe.
 */
public final class LanguageDetector {
  /** Fewest stop-word hits of the winning language for a confident answer. */
  public static final int MIN_HITS = 3;
  /** Fewest hits of the winning family for a confident answer when no other family has any evidence. */
  public static final int MIN_HITS_ALONE = 2;
  /** How many times the detected score must exceed the hinted language's score to override a hint. */
  static final double CONTRADICTION = 2.0;
  /** The tokenizer's word pattern ({@link Tokenizer#WORD}), matched without building tokens. */
  private static final Pattern WORD = Tokenizer.WORD;

  private final List<String> languages;
  /** A weight of 1 is this many units: a multiple of every list count, so 1/n is a whole number of units. */
  private final long unit;
  private final Map<String, int[]> weights; // word -> languages (indexes) whose lists hold it
  private final Map<String, Set<String>> stopWords;
  /** Family index of each language (same order as {@link #languages}); a family's first member is its default. */
  private final int[] family;
  private final int families;
  /** Per family, the language (index) that answers when the members' evidence ties. */
  private final int[] defaults;

  private LanguageDetector(Map<String, Set<String>> stopWords, Map<String, Set<String>> markers,
      Map<String, Set<String>> common, List<List<String>> familyLines) {
    this.stopWords = Map.copyOf(stopWords);
    this.languages = List.copyOf(stopWords.keySet());
    this.family = new int[languages.size()];
    Arrays.fill(family, -1);
    int[] first = new int[languages.size()];
    int f = 0;
    for (List<String> line : familyLines) {
      boolean used = false;
      for (String code : line) {
        int i = languages.indexOf(code);
        if (i >= 0 && family[i] < 0) {
          family[i] = f;
          if (!used) {
            first[f] = i;
          }
          used = true;
        }
      }
      if (used) {
        f++;
      }
    }
    for (int i = 0; i < family.length; i++) {
      if (family[i] < 0) {
        first[f] = i;
        family[i] = f++;
      }
    }
    this.families = f;
    this.defaults = Arrays.copyOf(first, f);
    Map<String, int[]> w = new HashMap<>();
    for (int i = 0; i < languages.size(); i++) {
      Set<String> words = new java.util.LinkedHashSet<>(stopWords.get(languages.get(i)));
      words.addAll(markers.getOrDefault(languages.get(i), Set.of()));
      for (String word : words) {
        int[] old = w.get(word);
        int[] langs = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
        langs[langs.length - 1] = i;
        w.put(word, langs);
      }
    }
    // common words of a language count for every member of its family alike: they pick the family only
    for (int i = 0; i < languages.size(); i++) {
      for (String word : common.getOrDefault(languages.get(i), Set.of())) {
        Set<Integer> langs = new java.util.TreeSet<>();
        for (int l : w.getOrDefault(word, new int[0])) {
          langs.add(l);
        }
        for (int j = 0; j < languages.size(); j++) {
          if (family[j] == family[i]) {
            langs.add(j);
          }
        }
        w.put(word, langs.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    long u = 1;
    for (int n = 2; n <= Math.max(1, languages.size()); n++) {
      u = lcm(u, n);
    }
    this.unit = u;
    this.weights = Map.copyOf(w);
  }

  private static long lcm(long a, long b) {
    long x = a;
    long y = b;
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return a / x * b;
  }

  /** A detector over the stop-word lists of every {@link Languages#supported()} language. */
  public static LanguageDetector standard() {
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    Map<String, Set<String>> markers = new LinkedHashMap<>();
    Map<String, Set<String>> common = new LinkedHashMap<>();
    for (String lang : Languages.supported()) {
      common.put(lang, DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "common", lang)));
      lists.put(lang, DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "stopwords", lang)));
      markers.put(lang, DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "markers", lang)));
    }
    List<List<String>> familyLines = new ArrayList<>();
    for (String line : DataFiles.lines("io/kabar/nlp/families.txt")) {
      familyLines.add(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
    }
    return new LanguageDetector(lists, markers, common, familyLines);
  }

  /** The stop words of {@code lang}, lower case; empty for unsupported languages. */
  public Set<String> stopWords(String lang) {
    return stopWords.getOrDefault(lang, Set.of());
  }

  /**
   * Stop-word evidence of a text: per language, the weight and the number of its stop words found.
   * Evidence adds up over texts. Immutable.
   */
  public static final class Evidence {
    private final long[] units;
    private final int[] hits; // per family: words that count for at least one member

    private Evidence(long[] units, int[] hits) {
      this.units = units;
      this.hits = hits;
    }

    /** The evidence of both texts together (as if joined by a line break). */
    public Evidence plus(Evidence other) {
      long[] u = units.clone();
      int[] h = hits.clone();
      for (int i = 0; i < u.length; i++) {
        u[i] += other.units[i];
      }
      for (int i = 0; i < h.length; i++) {
        h[i] += other.hits[i];
      }
      return new Evidence(u, h);
    }
  }

  /** No evidence: what an empty text gives, and the start of a sum. */
  public Evidence none() {
    return new Evidence(new long[languages.size()], new int[families]);
  }

  /** The stop-word evidence of {@code text}. */
  public Evidence evidence(String text) {
    long[] units = new long[languages.size()];
    int[] hits = new int[families];
    boolean[] seen = new boolean[families];
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      int[] langs = weights.get(m.group().toLowerCase(Locale.ROOT));
      if (langs != null) {
        long share = unit / langs.length;
        Arrays.fill(seen, false);
        for (int lang : langs) {
          units[lang] += share;
          if (!seen[family[lang]]) {
            seen[family[lang]] = true;
            hits[family[lang]]++;
          }
        }
      }
    }
    return new Evidence(units, hits);
  }

  /**
   * The language of {@code text}.
   *
   * @return an ISO 639-1 code, or {@code und} when evidence is weak
   */
  public String detect(String text) {
    return detect(text, Optional.empty());
  }

  /**
   * The language of {@code text}, given a caller's hint. The hint wins when it is a supported code
   * and the detected language does not score at least {@value #CONTRADICTION} times the hint's
   * score with {@value #MIN_HITS} hits or more.
   *
   * @param hint an ISO 639-1 code (or a tag such as {@code en-US}), may be empty
   * @return an ISO 639-1 code, or {@code und}
   */
  public String detect(String text, Optional<String> hint) {
    return decide(evidence(text), hint);
  }

  /** The language {@code evidence} points to, given a caller's hint, as {@link #detect(String, Optional)} decides. */
  public String decide(Evidence evidence, Optional<String> hint) {
    long[] familyScore = new long[families];
    for (int i = 0; i < languages.size(); i++) {
      familyScore[family[i]] += evidence.units[i];
    }
    int bestFamily = -1;
    long bestFamilyScore = 0;
    long second = 0;
    for (int f = 0; f < families; f++) {
      if (familyScore[f] > bestFamilyScore) {
        second = bestFamilyScore;
        bestFamilyScore = familyScore[f];
        bestFamily = f;
      } else if (familyScore[f] > second) {
        second = familyScore[f];
      }
    }
    int best = -1;
    long bestScore = 0;
    if (bestFamily >= 0) {
      best = defaults[bestFamily]; // the family's default wins ties
      bestScore = evidence.units[best];
      for (int i = 0; i < languages.size(); i++) {
        if (family[i] == bestFamily && evidence.units[i] > bestScore) {
          best = i;
          bestScore = evidence.units[i];
        }
      }
    }
    int hits = bestFamily < 0 ? 0 : evidence.hits[bestFamily];
    boolean confident = best >= 0 && bestFamilyScore > second
        && (hits >= MIN_HITS || hits >= MIN_HITS_ALONE && second == 0);
    String detected = confident ? languages.get(best) : Languages.UNDETERMINED;
    String hinted = hint.map(h -> h.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]).orElse("");
    if (!Languages.isSupported(hinted) || hinted.equals(detected)) {
      return detected;
    }
    int h = languages.indexOf(hinted);
    double hintScore = h < 0 ? 0 : (double) evidence.units[h] / unit;
    boolean contradicted = confident && (double) bestScore / unit >= CONTRADICTION * Math.max(hintScore, 0.5);
    return contradicted ? detected : hinted;
  }

  /** For tests: the supported languages this detector has lists for. */
  List<String> languages() {
    return languages;
  }
}
