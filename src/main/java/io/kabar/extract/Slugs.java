package io.kabar.extract;

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
    Matcher m = SPACED_INITIALS.matcher(name);
    if (!m.find()) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    int from = 0;
    do {
      out.append(name, from, m.start()).append(m.group(1).replace(".", "").replace(" ", ""));
      from = m.end();
    } while (m.find());
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
