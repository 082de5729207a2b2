package io.kabar.extract;

import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Languages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The claim cue words of one language ({@code io/kabar/extract/claim-cues-<lang>.txt}), by kind:
 * REPORT, PREFIX, THAT, AND, CITING, STOP, NOT, INVERT, PRONOUN, CLITIC (see that file's header), plus the
 * language's stop words. {@code ALSO<TAB>lang} adds another language's cues (Malay reads Indonesian's). Languages
 * without a cue file get the union of all languages' cues. Immutable.
 */
final class ClaimCues {
  /** Longest cue phrase in words. */
  static final int MAX_WORDS = 3;

  private final Map<String, Set<String>> byKind;
  private final Set<String> stopWords;
  /** The first words of the REPORT and PREFIX phrases: no cue starts at any other word. */
  private final Set<String> cueStarts;

  private ClaimCues(Map<String, Set<String>> byKind, Set<String> stopWords) {
    this.byKind = Map.copyOf(byKind);
    this.stopWords = Set.copyOf(stopWords);
    Set<String> starts = new HashSet<>();
    for (String kind : List.of("REPORT", "PREFIX")) {
      for (String phrase : byKind.getOrDefault(kind, Set.of())) {
        int space = phrase.indexOf(' ');
        starts.add(space < 0 ? phrase : phrase.substring(0, space));
      }
    }
    this.cueStarts = Set.copyOf(starts);
  }

  /** True when lower-case {@code word} begins some REPORT or PREFIX cue (a cheap test before building phrases). */
  boolean startsCue(String word) {
    return cueStarts.contains(word);
  }

  /** The cues of every supported language, and their union under {@code und}: read once, shared (immutable). */
  static Map<String, ClaimCues> all() {
    return Loaded.ALL;
  }

  /** Holds the cues, read when first asked for (the claim finder and the entity step both use them). */
  private static final class Loaded {
    static final Map<String, ClaimCues> ALL = read();
  }

  private static Map<String, ClaimCues> read() {
    Map<String, ClaimCues> out = new HashMap<>();
    Map<String, Set<String>> union = new HashMap<>();
    Set<String> allStops = new HashSet<>();
    for (String lang : Languages.supported()) {
      Map<String, Set<String>> kinds = new HashMap<>();
      List<String[]> rows = new ArrayList<>(DataFiles.rows(DataFiles.perLanguage("io/kabar/extract", "claim-cues", lang)));
      for (String[] row : List.copyOf(rows)) {
        if (row[0].equals("ALSO")) { // a close language's cues count too (Malay text reads Indonesian cues)
          rows.addAll(DataFiles.rows(DataFiles.perLanguage("io/kabar/extract", "claim-cues", row[1])));
        }
      }
      if (rows.isEmpty()) {
        continue; // no cue file: the text is read with every language's cues (und)
      }
      for (String[] row : rows) {
        kinds.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
        union.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
      }
      Set<String> stops = DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "stopwords", lang));
      allStops.addAll(stops);
      out.put(lang, new ClaimCues(kinds, stops));
    }
    out.put(Languages.UNDETERMINED, new ClaimCues(union, allStops));
    return Map.copyOf(out);
  }

  /** True when lower-case {@code word} is a stop word of the language ({@code io/kabar/nlp/stopwords-<lang>.txt}). */
  boolean isStopWord(String word) {
    return stopWords.contains(word);
  }

  /** True when lower-case {@code phrase} is a cue of {@code kind}. */
  boolean is(String kind, String phrase) {
    return byKind.getOrDefault(kind, Set.of()).contains(phrase);
  }
}
