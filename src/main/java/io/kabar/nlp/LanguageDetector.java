package io.kabar.nlp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * BASELINE language identification by counting stop words (to be replaced by Lingua, restricted to
 * the served languages). Every supported language has a list {@code io/kabar/nlp/stopwords-<lang>.txt};
 * a word found in several lists counts {@code 1/n} for each, so shared function words (Indonesian and
 * Malay share many) do not decide, distinguishing ones do.
 *
 * <p>Evidence is weak, and the answer {@link Languages#UNDETERMINED}, when the best language has
 * fewer than {@value #MIN_HITS} stop-word hits or ties with the runner-up. Immutable and thread-safe.
 */
public final class LanguageDetector {
  /** Fewest stop-word hits of the winning language for a confident answer. */
  public static final int MIN_HITS = 3;
  /** How many times the detected score must exceed the hinted language's score to override a hint. */
  static final double CONTRADICTION = 2.0;

  private final Map<String, Map<String, Double>> weights; // word -> (lang -> weight)
  private final Map<String, Set<String>> stopWords;

  private LanguageDetector(Map<String, Set<String>> stopWords) {
    this.stopWords = Map.copyOf(stopWords);
    Map<String, Integer> listCount = new HashMap<>();
    stopWords.values().forEach(set -> set.forEach(w -> listCount.merge(w, 1, Integer::sum)));
    Map<String, Map<String, Double>> w = new HashMap<>();
    stopWords.forEach((lang, set) -> set.forEach(word ->
        w.computeIfAbsent(word, k -> new HashMap<>()).put(lang, 1.0 / listCount.get(word))));
    this.weights = Map.copyOf(w);
  }

  /** A detector over the stop-word lists of every {@link Languages#supported()} language. */
  public static LanguageDetector standard() {
    Map<String, Set<String>> lists = new LinkedHashMap<>();
    for (String lang : Languages.supported()) {
      lists.put(lang, DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "stopwords", lang)));
    }
    return new LanguageDetector(lists);
  }

  /** The stop words of {@code lang}, lower case; empty for unsupported languages. */
  public Set<String> stopWords(String lang) {
    return stopWords.getOrDefault(lang, Set.of());
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
    Map<String, Double> scores = new HashMap<>();
    Map<String, Integer> hits = new HashMap<>();
    for (Token token : Tokenizer.tokens(text)) {
      Map<String, Double> byLang = weights.get(token.text().toLowerCase(Locale.ROOT));
      if (byLang != null) {
        byLang.forEach((lang, weight) -> {
          scores.merge(lang, weight, Double::sum);
          hits.merge(lang, 1, Integer::sum);
        });
      }
    }
    String best = Languages.UNDETERMINED;
    double bestScore = 0;
    double second = 0;
    for (String lang : Languages.supported()) {
      double score = scores.getOrDefault(lang, 0.0);
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = lang;
      } else if (score > second) {
        second = score;
      }
    }
    boolean confident = hits.getOrDefault(best, 0) >= MIN_HITS && bestScore > second;
    String detected = confident ? best : Languages.UNDETERMINED;
    String hinted = hint.map(h -> h.strip().toLowerCase(Locale.ROOT).split("[-_]")[0]).orElse("");
    if (!Languages.isSupported(hinted) || hinted.equals(detected)) {
      return detected;
    }
    double hintScore = scores.getOrDefault(hinted, 0.0);
    boolean contradicted = confident && bestScore >= CONTRADICTION * Math.max(hintScore, 0.5);
    return contradicted ? detected : hinted;
  }

  /** For tests: the supported languages this detector has lists for. */
  List<String> languages() {
    return List.copyOf(stopWords.keySet());
  }
}
