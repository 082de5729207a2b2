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

  private Slugs() {}

  /** The slug of {@code name}; empty when it has no ASCII letter or digit after folding. */
  public static String slug(String name) {
    String folded = name;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 127) {
        folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
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

  /** {@code TYPE#slug}. */
  public static String key(String type, String name) {
    return type + "#" + slug(name);
  }
}
