package io.kabar.extract;

import static io.kabar.nlp.Tokenizer.isLetterOrNumber;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity key slugs: lower-case ASCII letters and digits joined by single hyphens, diacritics
 * stripped ({@code Kim Jong-un} and {@code Kim Jong Un} both give {@code kim-jong-un}).
 */
public final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /**
   * A dotted initialism: two or more single letters, each but the last followed by a dot, the last dot
   * optional ({@code U.S.}, {@code U.N}, {@code D.C.}), standing alone as a word.
   */
  private static final Pattern DOTTED_INITIALISM =
      Pattern.compile("(?<![\\p{L}\\p{N}.])((?:\\p{L}\\.)+\\p{L})\\.?(?![\\p{L}\\p{N}])");
  /** {@link #DOTTED_INITIALISM} with a space allowed after each dot, for names: {@code J. K. Rowling} as {@code J.K. Rowling}. */
  private static final Pattern SPACED_INITIALS =
      Pattern.compile("(?<![\\p{L}\\p{N}.])((?:\\p{L}\\. ?)+\\p{L})\\.?(?![\\p{L}\\p{N}])");

  private Slugs() {}

  /**
   * The slug of {@code name}; empty when it has no ASCII letter or digit after folding. Dotted initials slug
   * as their letters ({@code U.S.} and {@code US} both give {@code us}; {@code J. K. Rowling} and {@code J.K.
   * Rowling} both give {@code jk-rowling}).
   */
  public static String slug(String name) {
    String folded = undotted(name);
    for (int i = 0; i < folded.length(); i++) {
      if (folded.charAt(i) > 127) {
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("")
            .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l');
        break;
      }
    }
    StringBuilder out = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        out.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /**
   * {@code name} with every run of two or more dotted initials written as its letters, whether the dots are
   * followed by spaces or not ({@code U.S. Army} → {@code US Army}; {@code J. K. Rowling} and {@code J.K. Rowling}
   * → {@code JK Rowling}); one initial stays ({@code George W. Bush}).
   */
  public static String undotted(String name) {
    if (name.indexOf('.') < 0) {
      return name;
    }
    // a scan that finds what SPACED_INITIALS finds (undottedByPattern, SlugsTest compares them): the pattern ran
    // for every gazetteer look-up and key of a name with a dot, ~3 % of the English entity step under C1
    StringBuilder out = null;
    int copied = 0;
    int[] match = new int[2];
    for (int at = 0, n = name.length(); at < n; at++) {
      if (!initialsAt(name, at, match)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(name.length());
      }
      out.append(name, copied, at);
      for (int i = at; i < match[0]; i++) {
        char c = name.charAt(i);
        if (c != '.' && c != ' ') {
          out.append(c);
        }
      }
      copied = match[1];
      at = match[1] - 1;
    }
    return out == null ? name : out.append(name, copied, name.length()).toString();
  }

  /**
   * Whether {@link #SPACED_INITIALS} matches at {@code at}; if so {@code match} gets the end of its group and of the
   * match. The units (a letter, a dot, a space or none) are read greedily, as the pattern's backtracking ends up
   * reading them (a unit without its space cannot go on); the group ends at the letter after the last unit, or
   * at the last unit's letter when that fails.
   */
  private static boolean initialsAt(String s, int at, int[] match) {
    if (at > 0 && (isLetterOrNumber(s.charAt(at - 1)) || s.charAt(at - 1) == '.')) {
      return false; // the look-behind reads one char, not a code point
    }
    int n = s.length();
    int pos = at;
    int units = 0;
    int lastUnit = -1;
    while (pos < n && Character.isLetter(s.codePointAt(pos))) {
      int dot = pos + Character.charCount(s.codePointAt(pos));
      if (dot >= n || s.charAt(dot) != '.') {
        break;
      }
      lastUnit = pos;
      units++;
      pos = dot + 1 < n && s.charAt(dot + 1) == ' ' ? dot + 2 : dot + 1;
    }
    if (units == 0) {
      return false;
    }
    if (pos < n && Character.isLetter(s.codePointAt(pos))) {
      int end = pos + Character.charCount(s.codePointAt(pos)); // no dot follows: the units would have taken it
      if (end == n || !isLetterOrNumber(s.codePointAt(end))) {
        match[0] = end;
        match[1] = end;
        return true;
      }
    }
    if (units < 2) {
      return false;
    }
    int dot = lastUnit + Character.charCount(s.codePointAt(lastUnit));
    match[0] = dot;
    match[1] = dot + 1 == n || !isLetterOrNumber(s.codePointAt(dot + 1)) ? dot + 1 : dot;
    return true;
  }

  /** {@link #undotted} by its pattern, the specification, for tests. */
  static String undottedByPattern(String name) {
    Matcher m = SPACED_INITIALS.matcher(name);
    StringBuilder out = new StringBuilder(name.length());
    int from = 0;
    while (m.find()) {
      out.append(name, from, m.start()).append(m.group(1).replace(".", "").replace(" ", ""));
      from = m.end();
    }
    return out.append(name, from, name.length()).toString();
  }

  /**
   * The end of the dotted initialism starting at {@code from} in {@code text} (after its last dot, if it has one),
   * or -1 when none starts there.
   */
  public static int initialismEnd(String text, int from) {
    if (from + 2 >= text.length() || text.charAt(from + 1) != '.') {
      return -1;
    }
    Matcher m = DOTTED_INITIALISM.matcher(text).region(from, text.length());
    m.useTransparentBounds(true);
    return m.lookingAt() ? m.end() : -1;
  }

  /** {@code TYPE#slug}. */
  public static String key(String type, String name) {
    return type + "#" + slug(name);
  }
}
