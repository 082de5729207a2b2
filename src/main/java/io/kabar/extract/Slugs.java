package io.kabar.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Entity key slugs: lower-case ASCII letters and digits joined by single hyphens, diacritics
 * stripped ({@code Kim Jong-un} and {@code Kim Jong Un} both give {@code kim-jong-un}).
 */
public final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Slugs() {}

  /** The slug of {@code name}; empty when it has no ASCII letter or digit after folding. */
  public static String slug(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
        .replace('ß', 's').replace('ø', 'o').replace('Ø', 'o').replace('ł', 'l').replace('Ł', 'l');
    String slug = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }

  /** {@code TYPE#slug}. */
  public static String key(String type, String name) {
    return type + "#" + slug(name);
  }
}
