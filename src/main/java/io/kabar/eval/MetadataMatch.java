package io.kabar.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How extracted metadata is compared with the gold metadata. Each method returns empty when the
 * gold value is missing (null, blank or a placeholder such as {@code NaT}): such pages are left out
 * of that field's accuracy, whatever the system found.
 */
public final class MetadataMatch {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
  private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> NOT_NAMES = Set.of("by", "and", "the", "oleh", "dan");

  private MetadataMatch() {}

  /** Whitespace runs (including no-break spaces) as one space, trimmed; null stays null. */
  public static String normalizeSpace(String s) {
    return s == null ? null : SPACE.matcher(s).replaceAll(" ").trim();
  }

  /** Title: exact, case-sensitive match after {@link #normalizeSpace}. */
  public static Optional<Boolean> title(String gold, String ours) {
    String g = normalizeSpace(gold);
    if (g == null || g.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(g.equals(normalizeSpace(ours)));
  }

  /**
   * Date: the calendar date only, compared at the gold value's precision. Both values are read from
   * their start as {@code YYYY[-MM[-DD]]} (so a time or zone after the date is ignored, and
   * {@code 2023-12-17T23:30:00-05:00} is the 17th as the page states it, not converted to UTC); a gold
   * {@code 2015-11} matches any day of that month. Ours missing or unreadable is a miss.
   */
  public static Optional<Boolean> date(String gold, String ours) {
    Optional<String> g = datePart(gold, 3);
    if (g.isEmpty()) {
      return Optional.empty();
    }
    int parts = g.get().split("-").length;
    Optional<String> o = datePart(ours, parts);
    return Optional.of(o.isPresent() && o.get().equals(g.get()));
  }

  /** The first {@code parts} fields of a leading {@code YYYY-MM-DD}, if the value starts with one. */
  static Optional<String> datePart(String value, int parts) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(value.trim());
    if (!m.find()) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder(m.group(1));
    for (int i = 2; i <= parts && m.group(i) != null; i++) {
      sb.append('-').append(m.group(i));
    }
    return Optional.of(sb.toString());
  }

  /**
   * Author: case-insensitive overlap of name tokens. Both sides become sets of lower-cased letter and
   * digit runs, without one-letter initials and the words "by", "and", "the" (and Indonesian
   * "oleh", "dan"); they match when the token F1 of ours against gold exceeds 0.5. So
   * "By Andrew King | Staff" matches "Andrew King" (F1 0.8), "Madison Czopek" matches "Madison
   * Czopek, Katie Sanders" (0.67), but "Tim Cook" does not match "Tim Balk" (0.5).
   */
  public static Optional<Boolean> author(String gold, String ours) {
    Set<String> g = nameTokens(gold);
    if (g.isEmpty()) {
      return Optional.empty();
    }
    Set<String> o = nameTokens(ours);
    if (o.isEmpty()) {
      return Optional.of(false);
    }
    Set<String> common = new HashSet<>(g);
    common.retainAll(o);
    double p = (double) common.size() / o.size();
    double r = (double) common.size() / g.size();
    return Optional.of(p + r > 0 && 2 * p * r / (p + r) > 0.5);
  }

  static Set<String> nameTokens(String s) {
    Set<String> tokens = new HashSet<>();
    if (s == null) {
      return tokens;
    }
    Matcher m = NAME_TOKEN.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String t = m.group();
      if (t.length() > 1 && !NOT_NAMES.contains(t)) {
        tokens.add(t);
      }
    }
    return tokens;
  }
}
