package io.kabar.extract;

import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Languages;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises names that sit in a photo or media credit ({@code Foto: ANTARA/Hafidz Mubarak},
 * {@code (Photo: Ministry of Defence)}, a {@code Photo :} line followed by {@code - Ministry of …}),
 * so that no finder's span there becomes an entity. The cue words of every language count in every
 * article, since portals mix them ({@code Photo :} in Indonesian pages;
 * {@code io/kabar/extract/credit-cues-<lang>.txt}); a cue counts when a colon, a slash or
 * "by"/"oleh" follows it and no sentence end, bracket or line break lies between it and the name.
 * The Cleaner already removes most caption lines; this is the extractor's own guard for the rest.
 * Immutable and thread-safe.
 */
final class CreditContext {
  /** How far before a name a credit cue is looked for. */
  private static final int REACH = 80;

  private final Pattern cues;

  CreditContext() {
    Set<String> all = new LinkedHashSet<>();
    for (String lang : Languages.supported()) {
      all.addAll(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/extract", "credit-cues", lang)));
    }
    cues = compile(all);
  }

  private static Pattern compile(Set<String> cues) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + NumberFormat.alternation(cues) + ")\\.?[ \\t]*(?::|/|by |oleh )"
        + "[^.!?()\\[\\]\\n\"“”]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * A cheap test that lets most names skip the regex, and (first clause) the credit rule as it has stood: the
   * context must hold a colon, a slash or a lower-case "by "/"oleh " somewhere. The pattern matches its
   * separators in any case, so "PHOTO BY FOREST WORGUM Hoquiam's Nadine Stewart scored …" would make the whole
   * caption a credit; that first clause keeps such run-on captions' names, as before (a lead, not decided here).
   * Second clause, for speed only (a necessary condition of the pattern): after the separator the pattern allows
   * no sentence end, bracket, quote or line break, so a separator, in any case, lies after the last of those
   * ("by " earlier in an English sentence does not count).
   */
  private static boolean mayHoldCue(String context) {
    if (!holdsSeparator(context)) {
      return false;
    }
    int from = 0;
    int last = context.length() - 1;
    if (last >= 0 && context.charAt(last) == '\n') {
      last--; // the pattern's $ matches before a final line break too
    }
    for (int i = last; i >= 0; i--) {
      if (STOPS.indexOf(context.charAt(i)) >= 0) {
        from = i + 1;
        break;
      }
    }
    return context.indexOf(':', from) >= 0 || context.indexOf('/', from) >= 0 || containsIgnoreCase(context, "by ", from)
        || containsIgnoreCase(context, "oleh ", from);
  }

  /** The first clause of {@link #mayHoldCue}: a colon, a slash or a lower-case "by "/"oleh " anywhere. */
  private static boolean holdsSeparator(String context) {
    return context.indexOf(':') >= 0 || context.indexOf('/') >= 0 || context.contains("by ")
        || context.contains("oleh ");
  }

  /** Whether {@code word} occurs in {@code s} at or after {@code from}, in any case, as the pattern reads it. */
  private static boolean containsIgnoreCase(String s, String word, int from) {
    for (int i = from, last = s.length() - word.length(); i <= last; i++) {
      if (s.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** The characters the pattern's tail {@code [^.!?()\[\]\n"“”]*$} refuses after the separator. */
  private static final String STOPS = ".!?()[]\n\"“”";

  /**
   * True when the name starting at {@code start} in {@code text} is part of a credit. Looks at most
   * {@code 2 * REACH + 2} characters back for line breaks, so a text without any (one 8 MB line) costs
   * the same per name as a normal one; a line whose start lies further back than that is too long to
   * be a continued credit line.
   */
  boolean isCredit(String text, int start) {
    int floor = Math.max(0, start - 2 * REACH - 2);
    int newline = lastNewline(text, start - 1, floor);
    boolean lineKnown = newline >= 0 || floor == 0;
    int lineStart = newline >= 0 ? newline + 1 : floor;
    String before = text.substring(Math.max(lineStart, start - REACH), start);
    if (endsInCue(before)) {
      return true;
    }
    if (!lineKnown) {
      return false;
    }
    // a credit continued on the next line: "Photo :" then "- Ministry of Defence of the Russian Federation"
    String line = text.substring(lineStart, start).strip();
    boolean continued = line.isEmpty() || line.startsWith("-") || line.startsWith("•") || line.startsWith("–");
    if (lineStart > 0 && continued && line.length() <= REACH && line.chars().noneMatch(c -> c == '.' || c == '!'
        || c == '?')) {
      int from = Math.max(0, lineStart - 1 - REACH);
      int prevStart = lastNewline(text, lineStart - 2, from) + 1;
      String previous = text.substring(Math.max(prevStart, from), lineStart - 1).stripTrailing();
      return endsInCue(previous);
    }
    return false;
  }

  /** Whether a cue and its separator open the end of {@code context}, nothing between them and the end refused. */
  boolean endsInCue(String context) {
    return mayHoldCue(context) && cues.matcher(context).find();
  }

  /** {@link #endsInCue} by the pattern alone, for tests. */
  boolean endsInCueByPattern(String context) {
    return cues.matcher(context).find();
  }

  /** {@link #endsInCue} with the first clause of {@link #mayHoldCue} alone (the test before 2026-11-27), for tests. */
  boolean endsInCueAsBefore(String context) {
    return holdsSeparator(context) && cues.matcher(context).find();
  }

  /** The last '\n' at or before {@code from} and at or after {@code floor}, or -1. */
  private static int lastNewline(String text, int from, int floor) {
    for (int i = from; i >= floor; i--) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }
}
