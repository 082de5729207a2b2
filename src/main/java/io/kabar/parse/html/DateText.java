package io.kabar.parse.html;

import io.kabar.nlp.DataFiles;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date (and time, when given) in short text and writes it as ISO-8601.
 *
 * <p>Understands ISO forms ({@code 2025-05-12}, {@code 2025-05-12T14:30:00+0700}, {@code 2025/05/12}),
 * day-month-year text ({@code Senin, 12 Mei 2025 14:30 WIB}, {@code 12 May 2025}, RFC 1123) and
 * month-day-year text ({@code May 12, 2025 at 2:30 pm}). Month names and zone abbreviations come
 * from {@code months.txt} and {@code timezones.txt}. The result is {@code yyyy-MM-dd}, or
 * {@code yyyy-MM-ddTHH:mm:ss} with the offset ({@code Z}, {@code +07:00}) when one is stated;
 * no time-zone conversion is done. Years outside 1990–2100 and impossible days are rejected.
 * Only the first {@value #MAX_CHARS} characters are looked at. Thread-safe.
 */
public final class DateText {
  static final int MAX_CHARS = 400;
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, String> ZONES = new HashMap<>();

  static {
    for (String[] row : DataFiles.rows("io/kabar/parse/html/months.txt")) {
      for (String name : row[1].split(" +")) {
        MONTHS.put(name, Integer.parseInt(row[0]));
      }
    }
    for (String[] row : DataFiles.rows("io/kabar/parse/html/timezones.txt")) {
      ZONES.put(row[0], row[1]);
    }
  }

  private static final String TIME =
      "(?:[,\\s]+(?:pukul|jam|at|@|-|–|\\|)?\\s*(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([ap]\\.?m\\.?)?"
          + "\\s*(?:(z|[+-]\\d{2}:?\\d{2})|\\b([a-z]{1,4})\\b)?)?";
  private static final Pattern ISO = Pattern.compile(
      "(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)(?:[t ]?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?\\s*(z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?[\\s-]+(?:of\\s+)?(\\p{L}{3,10})\\.?,?[\\s-]+(\\d{4})(?!\\d)" + TIME);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME);

  private DateText() {}

  /** The first date in {@code text} as ISO-8601, or null. */
  public static String parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    s = s.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    String best = null;
    int bestStart = Integer.MAX_VALUE;
    Matcher m = ISO.matcher(s);
    while (m.find()) {
      String iso = build(m.group(1), num(m.group(2)), m.group(3), m.group(4), m.group(5), m.group(6), null, m.group(7), null);
      if (iso != null) {
        best = iso;
        bestStart = m.start();
        break;
      }
    }
    m = DAY_MONTH_YEAR.matcher(s);
    while (m.find() && m.start() < bestStart) {
      Integer month = MONTHS.get(m.group(2));
      String iso = month == null ? null
          : build(m.group(3), month, m.group(1), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8), m.group(9));
      if (iso != null) {
        best = iso;
        bestStart = m.start();
        break;
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find() && m.start() < bestStart) {
      Integer month = MONTHS.get(m.group(1));
      String iso = month == null ? null
          : build(m.group(3), month, m.group(2), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8), m.group(9));
      if (iso != null) {
        best = iso;
        break;
      }
    }
    return best;
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static String build(String year, int month, String day, String hour, String minute, String second,
      String ampm, String offset, String zoneName) {
    int y = num(year);
    int d = num(day);
    if (y < 1990 || y > 2100 || month < 1 || month > 12 || d < 1 || d > daysIn(y, month)) {
      return null;
    }
    String date = String.format(Locale.ROOT, "%04d-%02d-%02d", y, month, d);
    if (hour == null) {
      return date;
    }
    int h = num(hour);
    int min = num(minute);
    int sec = second == null ? 0 : num(second);
    if (ampm != null) {
      boolean pm = ampm.charAt(0) == 'p';
      if (h < 1 || h > 12) {
        return date;
      }
      h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 23 || min > 59 || sec > 59) {
      return date;
    }
    String zone = "";
    if (offset != null) {
      zone = offset.equals("z") ? "Z" : offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset;
    } else if (zoneName != null) {
      zone = ZONES.getOrDefault(zoneName, "");
    }
    return date + String.format(Locale.ROOT, "T%02d:%02d:%02d", h, min, sec) + zone;
  }

  private static int daysIn(int year, int month) {
    return java.time.YearMonth.of(year, month).lengthOfMonth();
  }
}
