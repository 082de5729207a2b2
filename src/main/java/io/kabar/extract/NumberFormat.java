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
 * words, month names and currency symbols. Immutable.
 */
final class NumberFormat {
  final String decimal;
  final String group;
  final Map<String, Integer> months = new HashMap<>();
  final Map<String, Double> scales = new HashMap<>();
  final Map<String, String> currencies = new HashMap<>();
  final List<String> hedges;
  final List<String> ranges;
  final List<String> percents;

  private NumberFormat(List<String[]> rows) {
    Map<String, List<String>> byKind = rows.stream()
        .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> r[1], Collectors.toList())));
    decimal = byKind.getOrDefault("decimal", List.of(".")).get(0);
    group = byKind.getOrDefault("group", List.of(",")).get(0);
    hedges = byKind.getOrDefault("hedge", List.of());
    ranges = byKind.getOrDefault("range", List.of());
    percents = byKind.getOrDefault("percent", List.of());
    for (String[] r : rows) {
      switch (r[0]) {
        case "month" -> months.put(r[1].toLowerCase(Locale.ROOT), Integer.parseInt(r[2]));
        case "scale" -> scales.put(r[1].toLowerCase(Locale.ROOT), Double.parseDouble(r[2]));
        case "currency" -> currencies.put(r[1], r[2]);
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
    return new NumberFormat(rows);
  }

  /** A number with optional grouping and decimals, bounded so that no input makes it backtrack long. */
  String numberRegex() {
    String g = Pattern.quote(group);
    String d = Pattern.quote(decimal);
    return "(?:\\d{1,3}(?:" + g + "\\d{3}){1,5}(?:" + d + "\\d{1,6})?|\\d{1,15}(?:" + d + "\\d{1,6})?)";
  }

  /** Parses a number written in this format: {@code 10.000} is 10000 in Indonesian, 10 in English. */
  double parse(String number) {
    String plain = number.replace(group, "").replace(decimal, ".");
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
