package io.kabar.extract;

import static io.kabar.nlp.Tokenizer.isLetterOrNumber;

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
  static final int REACH = 80;

  private final Pattern cues;
  /** The cue words, folded as {@link #fold} folds a word of the text. */
  private final Set<String> cueWords;

  CreditContext() {
    Set<String> all = new LinkedHashSet<>();
    for (String lang : Languages.supported()) {
      all.addAll(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/extract", "credit-cues", lang)));
    }
    cues = compile(all);
    Set<String> folded = new java.util.HashSet<>();
    for (String cue : all) {
      if (!cue.codePoints().allMatch(Character::isLetter)) {
        throw new IllegalStateException("a credit cue is one word of letters: " + cue);
      }
      folded.add(fold(cue, 0, cue.length()));
    }
    cueWords = Set.copyOf(folded);
  }

  private static Pattern compile(Set<String> cues) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + NumberFormat.alternation(cues) + ")\\.?[ \\t]*(?::|/|by |oleh )"
        + "[^.!?()\\[\\]\\n\"“”]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * Where a separator may start: after the last character the pattern's tail {@code [^.!?()\[\]\n"“”]*$} refuses (a
   * sentence end, bracket, quote or line break; the tail's {@code $} matches before a final line break too).
   */
  private static int afterLastStop(String s, int from, int to) {
    int last = to - 1;
    if (last >= from && s.charAt(last) == '\n') {
      last--;
    }
    for (int i = last; i >= from; i--) {
      if (STOPS.indexOf(s.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return from;
  }

  /**
   * The credit rule as it has stood: the context must hold a colon, a slash or a lower-case "by "/"oleh "
   * somewhere. The pattern matches its separators in any case, so "PHOTO BY FOREST WORGUM Hoquiam's Nadine Stewart
   * scored …" would make the whole caption a credit; this keeps such run-on captions' names, as before (a lead, not
   * decided here).
   */
  private static boolean holdsSeparator(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == ':' || c == '/' || c == 'b' && s.startsWith("by ", i) && i + 3 <= to
          || c == 'o' && s.startsWith("oleh ", i) && i + 5 <= to) {
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
    // ranges of the text, not copies: this runs for every name the finders give
    if (endsInCue(text, Math.max(lineStart, start - REACH), start)) {
      return true;
    }
    if (!lineKnown) {
      return false;
    }
    // a credit continued on the next line: "Photo :" then "- Ministry of Defence of the Russian Federation"
    int lineFrom = lineStart;
    int lineTo = start;
    while (lineFrom < lineTo && Character.isWhitespace(text.charAt(lineFrom))) { // what strip() leaves
      lineFrom++;
    }
    while (lineTo > lineFrom && Character.isWhitespace(text.charAt(lineTo - 1))) {
      lineTo--;
    }
    char first = lineFrom < lineTo ? text.charAt(lineFrom) : 0;
    boolean continued = lineFrom == lineTo || first == '-' || first == '•' || first == '–';
    if (lineStart > 0 && continued && lineTo - lineFrom <= REACH && noSentenceEnd(text, lineFrom, lineTo)) {
      int from = Math.max(0, lineStart - 1 - REACH);
      int previousFrom = Math.max(lastNewline(text, lineStart - 2, from) + 1, from);
      int previousTo = lineStart - 1;
      while (previousTo > previousFrom && Character.isWhitespace(text.charAt(previousTo - 1))) {
        previousTo--;
      }
      return endsInCue(text, previousFrom, previousTo);
    }
    return false;
  }

  private static boolean noSentenceEnd(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return false;
      }
    }
    return true;
  }

  /** Whether a cue and its separator open the end of {@code context}, nothing between them and the end refused. */
  boolean endsInCue(String context) {
    return endsInCue(context, 0, context.length());
  }

  /** {@link #endsInCue(String)} of {@code s[from, to)}, read as if nothing lay around it. */
  private boolean endsInCue(String s, int from, int to) {
    if (!holdsSeparator(s, from, to)) {
      return false;
    }
    // what the pattern finds, read from each separator back to its cue: the pattern's find() tried every
    // position of every name's context and cost the entity step ~4 % of its time
    for (int i = afterLastStop(s, from, to); i < to; i++) {
      int cueEnd = separatorAt(s, i, to) ? cueEndBefore(s, from, i) : from;
      if (cueEnd > from && isCueEndingAt(s, from, cueEnd)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a separator the pattern reads ({@code :}, {@code /}, {@code by }, {@code oleh }, in any case) is at i,
   * before {@code to}.
   */
  private static boolean separatorAt(String s, int i, int to) {
    char c = s.charAt(i);
    return c == ':' || c == '/' || (c == 'b' || c == 'B') && i + 3 <= to && s.regionMatches(true, i, "by ", 0, 3)
        || (c == 'o' || c == 'O') && i + 5 <= to && s.regionMatches(true, i, "oleh ", 0, 5);
  }

  /** Where a cue would end before a separator at {@code separator}: past the pattern's {@code \.?[ \t]*}. */
  private static int cueEndBefore(String s, int from, int separator) {
    int end = separator;
    while (end > from && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return end > from && s.charAt(end - 1) == '.' ? end - 1 : end;
  }

  /**
   * Whether a cue word ends at {@code end}: the whole run of letters before it (from {@code from} on), with no
   * letter or digit before the run (the pattern's look-behind), is a cue in any case.
   */
  private boolean isCueEndingAt(String s, int from, int end) {
    int start = end;
    // by char, as the pattern's one-char look-behind reads (a letter outside the BMP counts as no letter there)
    while (start > from && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    if (start > from && isLetterOrNumber(s.charAt(start - 1))) { // a number: no letter here
      return false;
    }
    return cueWords.contains(fold(s, start, end));
  }

  /** Each char as the pattern compares it in CASE_INSENSITIVE | UNICODE_CASE: lower case of its upper case. */
  private static String fold(String s, int start, int end) {
    char[] out = new char[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
    }
    return new String(out);
  }

  /** {@link #endsInCue} by {@link #holdsSeparator} and the pattern (the test before 2026-11-29), for tests. */
  boolean endsInCueAsBefore(String context) {
    // the first clause as first written, so that tests compare the scan with an independent reading
    return (context.indexOf(':') >= 0 || context.indexOf('/') >= 0 || context.contains("by ")
        || context.contains("oleh ")) && cues.matcher(context).find();
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
