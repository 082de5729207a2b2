package io.kabar.extract;

import io.kabar.nlp.DataFiles;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The measure words of one language, read from {@code io/kabar/extract/measures-<lang>.txt} and
 * {@code measures-common.txt}: decimal and group separators, hedges, scales, range words, percent
 * words, month and weekday names and currency symbols. The undetermined language ({@link #undetermined()})
 * knows the words of every language and has no separators of its own: a number's shape decides
 * ({@link #parse}). Immutable.
 */
final class NumberFormat {
  final String decimal;
  final String group;
  final Map<String, Integer> months = new HashMap<>();
  final Map<String, Double> scales = new HashMap<>();
  final Map<String, String> currencies = new HashMap<>();
  /** Weekday names, 1 (Monday) to 7 (Sunday). */
  final Map<String, Integer> weekdays = new HashMap<>();
  /** Weekday names that are also ordinary words (Indonesian minggu, "week"): need a cue before them. */
  final java.util.Set<String> cuedWeekdays = new java.util.HashSet<>();
  final List<String> weekdayCues;
  final List<String> nextBefore;
  final List<String> nextAfter;
  /** Words before a time of day (pukul) and after it (WIB, a.m.). */
  final List<String> clockBefore;
  final List<String> clockAfter;
  /** True when separators are not known and a number's shape decides ({@code und}). */
  final boolean byShape;
  final List<String> hedges;
  final List<String> ranges;
  final List<String> percents;
  /** Number words read alone when a unit or scale follows (twenty, sepuluh, seribu). */
  final Map<String, Double> numberWords = new HashMap<>();
  /** Number words read only with a scale after them (two million, tiga juta, a billion). */
  final Map<String, Double> smallNumberWords = new HashMap<>();
  /** Approximate plurals (thousands, tens of thousands, ribuan, puluhan ribu): their value is the magnitude. */
  final Map<String, Double> approximateNumberWords = new HashMap<>();
  /** Words between a number word and its unit (thousands of people). */
  final List<String> numberOf;
  /** True when the language writes dates day first in digits (10/2/2026, (5/3)): {@code numeric-date<TAB>dmy}. */
  final boolean dayFirstNumericDates;

  private NumberFormat(List<String[]> rows, boolean byShape) {
    this.byShape = byShape;
    Map<String, List<String>> byKind = rows.stream()
        .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> r[1], Collectors.toList())));
    decimal = byKind.getOrDefault("decimal", List.of(".")).get(0);
    group = byKind.getOrDefault("group", List.of(",")).get(0);
    hedges = byKind.getOrDefault("hedge", List.of());
    ranges = byKind.getOrDefault("range", List.of());
    percents = byKind.getOrDefault("percent", List.of());
    weekdayCues = byKind.getOrDefault("weekday-cue", List.of());
    nextBefore = byKind.getOrDefault("next-before", List.of());
    nextAfter = byKind.getOrDefault("next-after", List.of());
    clockBefore = byKind.getOrDefault("clock-before", List.of());
    clockAfter = byKind.getOrDefault("clock-after", List.of());
    numberOf = byKind.getOrDefault("number-of", List.of());
    dayFirstNumericDates = byKind.getOrDefault("numeric-date", List.of()).contains("dmy");
    for (String[] r : rows) {
      switch (r[0]) {
        case "month" -> months.put(r[1].toLowerCase(Locale.ROOT), Integer.parseInt(r[2]));
        case "scale" -> scales.put(r[1].toLowerCase(Locale.ROOT), Double.parseDouble(r[2]));
        case "currency" -> currencies.put(r[1], r[2]);
        case "number" -> numberWords.put(r[1].toLowerCase(Locale.ROOT), Double.parseDouble(r[2]));
        case "number-small" -> smallNumberWords.put(r[1].toLowerCase(Locale.ROOT), Double.parseDouble(r[2]));
        case "numbers" -> approximateNumberWords.put(r[1].toLowerCase(Locale.ROOT), Double.parseDouble(r[2]));
        case "weekday" -> {
          weekdays.put(r[1].toLowerCase(Locale.ROOT), Integer.parseInt(r[2]));
          if (r.length > 3 && r[3].equals("cued")) {
            cuedWeekdays.add(r[1].toLowerCase(Locale.ROOT));
          }
        }
        default -> { }
      }
    }
  }

  /** The format of {@code lang}; languages without a measures file read English conventions. */
  static NumberFormat forLanguage(String lang) {
    String path = DataFiles.perLanguage("io/kabar/extract", "measures", lang);
    List<String[]> rows = new java.util.ArrayList<>(DataFiles.rows(
        DataFiles.exists(path) ? path : DataFiles.perLanguage("io/kabar/extract", "measures", "en")));
    rows.addAll(DataFiles.rows(DataFiles.perLanguage("io/kabar/extract", "measures", "common")));
    return new NumberFormat(rows, false);
  }

  /**
   * The format for text in no known language: the words of every language with a measures file, and
   * numbers read by their shape.
   */
  static NumberFormat undetermined(List<String> languages) {
    List<String[]> rows = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String lang : languages) {
      String path = DataFiles.perLanguage("io/kabar/extract", "measures", lang);
      if (DataFiles.exists(path)) {
        for (String[] r : DataFiles.rows(path)) {
          if (!r[0].equals("decimal") && !r[0].equals("group") && seen.add(r[0] + "\t" + r[1].toLowerCase(Locale.ROOT))) {
            rows.add(r);
          }
        }
      }
    }
    rows.addAll(DataFiles.rows(DataFiles.perLanguage("io/kabar/extract", "measures", "common")));
    return new NumberFormat(rows, true);
  }

  /** A number with optional grouping and decimals, bounded so that no input makes it backtrack long. */
  String numberRegex() {
    String g = byShape ? "[.,]" : Pattern.quote(group);
    String d = byShape ? "[.,]" : Pattern.quote(decimal);
    return "(?:\\d{1,3}(?:" + g + "\\d{3}){1,5}(?:" + d + "\\d{1,6})?|\\d{1,15}(?:" + d + "\\d{1,6})?)";
  }

  /**
   * Parses a number written in this format: {@code 10.000} is 10000 in Indonesian, 10 in English.
   * By shape ({@code und}): with both separators the last one is the decimal ({@code 1.234,5} and
   * {@code 1,234.5} are 1234.5); one separator used twice groups ({@code 1.234.567}); one separator
   * used once is a decimal unless exactly three digits follow it ({@code 2,5} is 2.5), and then the
   * number is ambiguous ({@code 1.500}: 1500 or 1.5) and null is returned.
   *
   * @return the value, or null when the shape does not decide it
   */
  Double parse(String number) {
    if (!byShape) {
      return new BigDecimal(number.replace(group, "").replace(decimal, ".")).doubleValue();
    }
    int lastDot = number.lastIndexOf('.');
    int lastComma = number.lastIndexOf(',');
    String plain;
    if (lastDot >= 0 && lastComma >= 0) {
      char dec = lastDot > lastComma ? '.' : ',';
      char grp = dec == '.' ? ',' : '.';
      String intPart = number.substring(0, Math.max(lastDot, lastComma));
      if (intPart.indexOf(dec) >= 0) {
        return null;
      }
      plain = intPart.replace(String.valueOf(grp), "") + "." + number.substring(Math.max(lastDot, lastComma) + 1);
    } else if (lastDot < 0 && lastComma < 0) {
      plain = number;
    } else {
      char sep = lastDot >= 0 ? '.' : ',';
      int first = number.indexOf(sep);
      int last = Math.max(lastDot, lastComma);
      if (first != last) {
        plain = number.replace(String.valueOf(sep), "");
      } else if (number.length() - last - 1 == 3) {
        return null;
      } else {
        plain = number.replace(sep, '.');
      }
    }
    return new BigDecimal(plain).doubleValue();
  }

  /** A regex alternation of {@code words}, longest first, quoted. */
  static String alternation(java.util.Collection<String> words) {
    if (words.isEmpty()) {
      return "(?!)";
    }
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(Pattern::quote).collect(Collectors.joining("|"));
  }
}
