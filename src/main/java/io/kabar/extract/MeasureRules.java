package io.kabar.extract;

import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import io.kabar.analysis.Mention;
import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Languages;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based recogniser of DATE, QUANTITY, MONEY and PERCENT expressions, using each language's
 * number format ({@code measures-<lang>.txt}: Indonesian {@code 10.000} = 10000 and {@code 2,5} = 2.5,
 * English the reverse; text in no known language is read by the number's shape, see
 * {@link NumberFormat#parse}).
 *
 * <ul>
 *   <li>DATE: {@code 12 Mei 2025} → {@code 2025-05-12}, {@code May 12, 2025} → {@code 2025-05-12},
 *       {@code Juni 2024} → {@code 2024-06}, {@code 1950-53} → {@code 1950/1953}, and a bare year
 *       (1800–2099) that counts nothing → {@code 2024}; a weekday ({@code hari Senin}, {@code on Friday},
 *       {@code Senin depan}) → its date, when the publication date is known;</li>
 *   <li>MONEY: a currency symbol or code before the number ({@code Rp 2,5 triliun}: value 2.5e12, unit IDR);</li>
 *   <li>PERCENT: {@code %} or a percent word after the number (unit {@code %});</li>
 *   <li>QUANTITY: any other number; a range {@code 10.000-12.000} sets low and high; the unit is the
 *       next word (after a space or a hyphen: {@code 40-turbine}) when it is lower case and not a stop word.</li>
 * </ul>
 * Times of day ({@code pukul 02.00 WIB}, {@code 9:30}) are recognised and dropped, so their digits
 * make no QUANTITY. A hedge before the number ({@code sekitar}, {@code about}) sets approximate. Keys are
 * {@code TYPE#<value or low-high>[-unit]}, e.g. {@code QUANTITY#4000-tentara}. Immutable, thread-safe,
 * linear time (every repetition in the patterns is bounded).
 */
public final class MeasureRules {
  private static final Pattern UNIT = Pattern.compile("(?:[ \\t]{1,3}|-)(\\p{Ll}[\\p{Ll}-]{1,30})(?![\\p{L}\\p{N}])");
  /** Four digits that read as a year of 1800-2099 when they count nothing. */
  private static final Pattern BARE_YEAR = Pattern.compile("(?:18|19|20)\\d\\d");
  private static final Pattern YEAR_RANGE = Pattern.compile(
      "(?=\\d{4}[ \\-–/])(?<![\\p{L}\\p{N}.,])((?:1[5-9]|20)\\d\\d)[ ]?[-–/][ ]?(\\d{4}|\\d{2})"
          + "(?![\\p{N}.,]?\\p{N})");

  /** The compiled rules of one language. */
  private record Rules(NumberFormat format, Pattern measure, List<Pattern> dates, Pattern weekday, Pattern clock,
      Set<String> stopWords, Pattern words, WordSet weekdays, WordSet firstWords, Map<Pattern, Opening> openings) {}

  /**
   * Words (lower case) that open a window ({@link #wordWindows}), with what the scan tests first worked out
   * once: the shortest and longest word and their first letters, and the words as a {@link WordTable}.
   */
  record WordSet(Set<String> words, int shortest, int longest, String firsts, WordTable table, boolean ascii) {
    static WordSet of(java.util.Collection<String> words) {
      StringBuilder firsts = new StringBuilder();
      for (String w : words) {
        if (!w.isEmpty()) {
          firsts.append(w.charAt(0));
        }
      }
      return new WordSet(Set.copyOf(words), words.stream().mapToInt(String::length).min().orElse(0),
          MeasureRules.longest(words), firsts.toString(), new WordTable(words),
          words.stream().allMatch(w -> w.chars().allMatch(c -> c < 128)));
    }

    /**
     * True when {@code text[from, to)} in lower case ({@link String#toLowerCase(Locale)}, {@link Locale#ROOT}) is one
     * of the words. Latin-1 text is looked up in the table without making a string: there the string's lower case is
     * char by char, as the table's; past Latin-1 it may not be (a capital I with a dot above becomes two chars), so
     * such a word is looked up as a string, after the test of its first letter that the table makes for the others.
     */
    boolean contains(CharKinds kinds, int from, int to) {
      char[] chars = kinds.chars;
      // first the table's test of length and first letter, which refuses most words: with ASCII words it holds for
      // a word past Latin-1 too. A stretch whose lower case (as a string) is ASCII holds no char that lower-cases to
      // more chars or to none ASCII (a dotted capital I, a sigma, a surrogate pair): each char lower-cases to one,
      // as char by char, so the stretch is as long as the word and its first char lower-cases to the word's.
      if (ascii && !table.mayContain(chars, from, to)) {
        return false;
      }
      for (int k = from; k < to; k++) {
        if (chars[k] > 0xFF) {
          return firsts.indexOf(Character.toLowerCase(chars[from])) >= 0
              && words.contains(kinds.text.substring(from, to).toLowerCase(Locale.ROOT));
        }
      }
      return table.contains(chars, from, to);
    }
  }

  /** Rules compiled on first use of a language (compiling all of them up front costs cold-start time). */
  private final Map<String, Rules> byLanguage = new java.util.concurrent.ConcurrentHashMap<>();

  private MeasureRules() {}

  private static final Map<String, Set<String>> VAGUE = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The language's approximate plural number words, lower case ({@code thousands}, {@code tens of thousands},
   * {@code ribuan}): a quantity written with one of them describes rather than counts.
   */
  public static Set<String> vaguePlurals(String lang) {
    String code = Languages.supported().contains(lang) ? lang : Languages.UNDETERMINED;
    return VAGUE.computeIfAbsent(code, c -> Set.copyOf((c.equals(Languages.UNDETERMINED)
        ? NumberFormat.undetermined(Languages.supported()) : NumberFormat.forLanguage(c)).approximateNumberWords.keySet()));
  }

  /**
   * The rules for every supported language: one instance per process, whose rules compile once per language on
   * first use (a fresh instance per caller compiled them again: {@code eval ner} once did so per sentence).
   * Thread-safe: both caches are concurrent maps of immutable values.
   */
  public static MeasureRules standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final MeasureRules STANDARD = new MeasureRules();
  }

  private static Rules compile(NumberFormat f, String lang) {
    String num = f.numberRegex();
    String cur = oneOf(f.currencies.keySet(), false);
    // each pattern opens with a look-ahead (Opening) so that most positions fail on one test
    Map<Pattern, Integer> digitReach = new java.util.IdentityHashMap<>();
    // the words a match that opens with a letter starts with (see LeadWords)
    Map<Pattern, LeadWords> leads = new java.util.IdentityHashMap<>();
    Map<Pattern, LeadWords> leadsAfterDigits = new java.util.IdentityHashMap<>();
    String measure = startsWith(f.hedges, f.currencies.keySet(), List.of("0123456789"))
        + "(?<![\\p{L}\\p{N}])(?<!\\p{N}[.,])(?:(?<hedge>" + oneOf(f.hedges, true) + ")\\s{1,3})?"
        + "(?:(?<cur>" + cur + ")[ ]?)?(?<n1>" + num + ")"
        + "(?:[ ]?(?:[-–]|[ ]" + oneOf(f.ranges, true) + "[ ])[ ]?(?:" + cur + ")?[ ]?(?<n2>" + num + "))?"
        + "(?:[ ](?<scale>" + oneOf(f.scales.keySet(), true) + ")(?![\\p{L}]))?"
        + "(?:[ ]?(?<pct>%)|[ ](?<pctw>" + oneOf(f.percents, true) + ")(?![\\p{L}]))?"
        + "(?![\\p{N}])";
    String month = "(?<month>" + oneOf(f.months.keySet(), true) + ")(?![\\p{L}])";
    // a day and a month without a year (5 Mei, Jan. 24, May 5): the month capitalised, the day no part of a longer
    // number (May 5.5, Jan 24,000), no year after it (those are the patterns before); the empty year group is
    // resolved against the publication date
    String noYear = "(?<year>)(?![\\p{N}]|[.,:]\\p{N}|,?[ ]\\d{4}(?![\\p{N}]))";
    List<Pattern> dates = new ArrayList<>();
    if (f.dayFirstNumericDates) { // 10/2/2026; a day and month alone only in brackets, as news writes it: Rabu (5/3)
      dates.add(Pattern.compile("(?=\\d{1,2}[/])(?<![\\p{L}\\p{N}/.,])(?<day>\\d{1,2})/(?<month>\\d{1,2})"
          + "/(?<year>\\d{4})(?![\\p{N}/])"));
      dates.add(Pattern.compile("(?=\\d{1,2}[/])(?<![\\p{L}\\p{N}])(?<=\\()(?<day>\\d{1,2})/(?<month>\\d{1,2})"
          + "(?<year>)(?=\\))"));
    }
    // a match that opens with a month name has its first digit right after the name and one space
    int monthReach = longest(f.months.keySet()) + 1;
    Pattern monthYear = Pattern.compile(startsWith(f.months.keySet()) + "(?<![\\p{L}\\p{N}])" + month
        + "[ ](?:(?<day>\\d{1,2}),?[ ])?(?<year>\\d{4})(?![\\p{N}])");
    Pattern monthDay = Pattern.compile(startsWith(f.months.keySet()) + "(?<![\\p{L}\\p{N}])(?=\\p{Lu})" + month
        + "[ ](?<day>\\d{1,2})" + noYear);
    digitReach.put(monthYear, monthReach);
    digitReach.put(monthDay, monthReach);
    leads.put(monthYear, LeadWords.of(List.of(f.months.keySet()), Set.of()));
    leads.put(monthDay, LeadWords.of(List.of(f.months.keySet()), Set.of()));
    Pattern dayMonthYear = Pattern.compile("(?=\\d{1,2}[ ])(?<![\\p{L}\\p{N}])(?<day>\\d{1,2})[ ]" + month
        + "[ ](?<year>\\d{4})(?![\\p{N}])");
    Pattern dayMonth = Pattern.compile("(?=\\d{1,2}[ ])(?<![\\p{L}\\p{N}]|\\p{N}[.,])(?<day>\\d{1,2})[ ](?=\\p{Lu})"
        + month + noYear);
    // the day is the run of digits the opening look-ahead reads (a space must follow it), the month right after
    // that space
    leadsAfterDigits.put(dayMonthYear, LeadWords.of(List.of(f.months.keySet()), Set.of()));
    leadsAfterDigits.put(dayMonth, LeadWords.of(List.of(f.months.keySet()), Set.of()));
    dates.addAll(List.of(dayMonthYear, monthYear, dayMonth, monthDay));
    Set<String> stop = new java.util.HashSet<>();
    for (String l : lang.equals(Languages.UNDETERMINED) ? Languages.supported() : List.of(lang)) {
      stop.addAll(DataFiles.lowerCaseSet(DataFiles.perLanguage("io/kabar/nlp", "stopwords", l)));
    }
    Pattern weekday = Pattern.compile(startsWith(f.nextBefore, f.weekdayCues, f.weekdays.keySet())
        + "(?<![\\p{L}\\p{N}])"
        + "(?:(?<nextb>" + oneOf(f.nextBefore, true) + ")[ ])?"
        + "(?:(?<cue>" + oneOf(f.weekdayCues, true) + ")[ ])?"
        + "(?<weekday>" + oneOf(f.weekdays.keySet(), true) + ")"
        + "(?:[ ](?<nexta>" + oneOf(f.nextAfter, true) + "))?(?![\\p{L}\\p{N}])");
    Pattern clock = Pattern.compile("(?=\\d{1,2}[.:])(?<![\\p{L}\\p{N}])(?<h>\\d{1,2})(?<sep>[.:])(?<min>\\d{2})"
        + "(?![\\p{N}])"
        + "(?:[ ]?(?<ca>" + oneOf(f.clockAfter, false) + ")(?![\\p{L}]))?");
    Set<String> numberWords = new java.util.HashSet<>(f.numberWords.keySet());
    numberWords.addAll(f.smallNumberWords.keySet());
    numberWords.addAll(f.approximateNumberWords.keySet());
    Set<String> firstWords = new java.util.HashSet<>();
    numberWords.forEach(w -> firstWords.add(w.split(" ")[0]));
    Pattern words = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<hedge>" + oneOf(f.hedges, true) + ")\\s{1,3})?"
        + "(?<w>" + oneOf(numberWords, true) + ")"
        + "(?:[ ](?<scale>" + oneOf(f.scales.keySet(), true) + "))?(?![\\p{L}\\p{N}])");
    Pattern measurePattern = Pattern.compile(measure);
    leads.put(weekday, LeadWords.of(List.of(f.nextBefore, f.weekdayCues, f.weekdays.keySet()), Set.of()));
    leads.put(words, LeadWords.of(List.of(f.hedges, numberWords), Set.of()));
    leads.put(measurePattern, LeadWords.of(List.of(f.hedges), f.currencies.keySet()));
    // its first number starts after at most a hedge, three spaces, a currency and a space
    digitReach.put(measurePattern, longest(f.hedges) + 3 + longest(f.currencies.keySet()) + 1);
    Map<Pattern, Opening> openings = new java.util.IdentityHashMap<>();
    for (Pattern p : all(dates, weekday, clock, measurePattern, words)) {
      openings.put(p, opening(p, digitReach.getOrDefault(p, -1), leads.get(p), leadsAfterDigits.get(p)));
    }
    return new Rules(f, measurePattern, dates, weekday, clock, Set.copyOf(stop), words,
        WordSet.of(f.weekdays.keySet()), WordSet.of(firstWords), java.util.Collections.unmodifiableMap(openings));
  }

  /** The length of the longest of {@code words}, 0 for none (as quoted literals in a pattern, a match is that long). */
  private static int longest(java.util.Collection<String> words) {
    return words.stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * One of {@code words} (in any case when {@code ignoreCase}), as a group guarded by a look-ahead for the characters
   * they start with ({@link #startsWith}): a position where none of them can start fails on one test instead of one
   * per word.
   */
  private static String oneOf(java.util.Collection<String> words, boolean ignoreCase) {
    return startsWith(words) + (ignoreCase ? "(?i:" : "(?:") + NumberFormat.alternation(words) + ")";
  }

  /** A look-ahead for the first characters (either case) of {@code words}. */
  @SafeVarargs
  private static String startsWith(java.util.Collection<String>... words) {
    StringBuilder chars = new StringBuilder();
    for (java.util.Collection<String> list : words) {
      for (String w : list) {
        for (int k = 0; k < (w.chars().allMatch(Character::isDigit) ? w.length() : 1); k++) {
          char c = w.charAt(k);
          for (char v : new char[] {c, Character.toLowerCase(c), Character.toUpperCase(c)}) {
            if (chars.indexOf(String.valueOf(v)) < 0) {
              chars.append(v);
            }
          }
        }
      }
    }
    StringBuilder cls = new StringBuilder();
    chars.chars().forEach(c -> cls.append(Character.isLetterOrDigit(c) ? "" : "\\").append((char) c));
    return chars.length() == 0 ? "(?!)" : "(?=[" + cls + "])";
  }

  private Rules rules(String lang) {
    String code = Languages.supported().contains(lang) ? lang : Languages.UNDETERMINED;
    return byLanguage.computeIfAbsent(code, c -> c.equals(Languages.UNDETERMINED)
        ? compile(NumberFormat.undetermined(Languages.supported()), c) : compile(NumberFormat.forLanguage(c), c));
  }

  /** Every pattern {@link #matches} runs for {@code lang} (tests). */
  List<Pattern> patterns(String lang) {
    Rules r = rules(lang);
    return all(r.dates(), r.weekday(), r.clock(), r.measure(), r.words());
  }

  /** Every pattern of one language's rules, {@code YEAR_RANGE} included. */
  private static List<Pattern> all(List<Pattern> dates, Pattern weekday, Pattern clock, Pattern measure,
      Pattern words) {
    List<Pattern> all = new ArrayList<>(dates);
    all.addAll(List.of(weekday, clock, YEAR_RANGE, measure, words));
    return all;
  }

  /** One recognised expression before merging. */
  private record Found(EntityType type, String text, int start, int end, String normalized, Double value,
      Double low, Double high, String unit, boolean approximate) {}

  /** {@link #extract(String, String, String)} without a publication date (weekdays are not resolved). */
  public List<Entity> extract(String text, String lang) {
    return extract(text, lang, null);
  }

  /**
   * The DATE, QUANTITY, MONEY and PERCENT entities of {@code text}, in order of first mention.
   *
   * @param lang        ISO 639-1 code; other codes ({@code und}) read numbers by their shape, and an
   *                    ambiguous number there ({@code 1.500}) is skipped rather than guessed
   * @param publishedAt ISO-8601 date or date-time of publication, or null: a weekday ({@code hari Senin},
   *                    {@code on Friday}) is resolved to the latest such day on or before it ({@code Senin
   *                    depan}, {@code next Friday}: the first one after it); without it weekdays are skipped
   */
  public List<Entity> extract(String text, String lang, String publishedAt) {
    Rules rules = rules(lang);
    LocalDate published = publicationDate(publishedAt);
    List<Found> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    CharKinds kinds = CharKinds.of(text);
    List<int[]> digits = digitWindows(kinds);
    Starts starts = Starts.of(kinds);
    int[] runs = letterRuns(kinds);
    for (Pattern p : rules.dates()) {
      for (Matcher m : scan(rules, p, text, starts, digits)) {
        if (free(taken, m.start(), m.end())) {
          String norm = normalizedDate(m.group("year"), m.group("month"), m.group("day"), rules.format(), published);
          if (norm != null) {
            take(found, taken, new Found(EntityType.DATE, m.group(), m.start(), m.end(), norm, null, null, null, null,
                false));
          }
        }
      }
    }
    if (published != null) {
      for (Matcher w : scan(rules, rules.weekday(), text, starts, wordWindows(kinds, runs, rules.weekdays()))) {
        Found f = weekday(w, rules.format(), published);
        if (f != null && free(taken, f.start(), f.end())) {
          take(found, taken, f);
        }
      }
    }
    for (Matcher c : scan(rules, rules.clock(), text, starts, digits)) {
      // times of day (pukul 02.00 WIB, 9:30) are no measures: their digits are taken, nothing is emitted
      boolean cued = c.group("ca") != null || c.group("sep").equals(":")
          || precededBy(text, c.start(), rules.format().clockBefore);
      if (cued && Integer.parseInt(c.group("h")) <= 24 && Integer.parseInt(c.group("min")) < 60) {
        for (int i = c.start(); i < c.end(); i++) {
          taken[i] = true;
        }
      }
    }
    for (Matcher y : scan(rules, YEAR_RANGE, text, starts, digits)) {
      String from = y.group(1);
      String to = y.group(2).length() == 2 ? from.substring(0, 2) + y.group(2) : y.group(2);
      if (free(taken, y.start(), y.end()) && to.compareTo(from) > 0) {
        take(found, taken, new Found(EntityType.DATE, y.group(), y.start(), y.end(), from + "/" + to, null, null, null,
            null, false));
      }
    }
    for (Matcher m : scan(rules, rules.measure(), text, starts, digits)) {
      if (free(taken, m.start(), m.end())) {
        Found f = measure(m, text, rules);
        if (f != null) {
          take(found, taken, f);
        }
      }
    }
    if (!rules.firstWords().words().isEmpty()) {
      for (Matcher m : scan(rules, rules.words(), text, starts, wordWindows(kinds, runs, rules.firstWords(), 40))) {
        if (free(taken, m.start(), m.end())) {
          Found f = wordMeasure(m, text, rules);
          if (f != null && free(taken, f.start(), f.end())) {
            take(found, taken, f);
          }
        }
      }
    }
    found.sort(Comparator.comparingInt(Found::start));
    return merge(found, text.length());
  }

  /** Characters before the first and after the last digit that a measure or date may span. */
  private static final int BEFORE_DIGITS = 40;
  private static final int AFTER_DIGITS = 48;

  /**
   * The stretches of {@code text} that can hold a match: every date and measure holds a digit, so only
   * the surroundings of digits are searched (news text is mostly words; this keeps the patterns' costly
   * alternations off them). Disjoint, in order.
   */
  static List<int[]> digitWindows(CharKinds kinds) {
    // from the list of the digits, as the scan of every char that found them did: a window runs from 40 chars
    // before a digit to 48 after the last digit that follows another within 48; the char right after a window
    // opens no new one (the scan stepped over it)
    List<int[]> out = new ArrayList<>();
    int[] digits = kinds.digits;
    int n = kinds.chars.length;
    int d = 0;
    while (d < kinds.digitCount) {
      int i = digits[d];
      int from = Math.max(0, i - BEFORE_DIGITS);
      int last = i;
      while (++d < kinds.digitCount && digits[d] - last <= AFTER_DIGITS) {
        last = digits[d];
      }
      int to = Math.min(n, last + AFTER_DIGITS + 1);
      if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
        out.get(out.size() - 1)[1] = to;
      } else {
        out.add(new int[] {from, to});
      }
      while (d < kinds.digitCount && digits[d] <= to) {
        d++;
      }
    }
    return out;
  }

  /** True when one of {@code words} (any case), then one space, comes right before {@code at}. */
  private static boolean precededBy(String text, int at, List<String> words) {
    for (String w : words) {
      int from = at - 1 - w.length();
      if (from >= 0 && text.charAt(at - 1) == ' ' && text.regionMatches(true, from, w, 0, w.length())
          && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Stretches around the words of {@code words} (lower case) found in {@code text}. */
  private static List<int[]> wordWindows(CharKinds kinds, int[] runs, WordSet words) {
    return wordWindows(kinds, runs, words, 20);
  }

  /**
   * The words of {@code text} as [start, end) pairs, one after the other: each a letter and the letters and
   * apostrophes after it. Found once per text for every {@link #wordWindows} of it.
   */
  static int[] letterRuns(CharKinds kinds) {
    return kinds.runs;
  }

  /** Stretches of {@code margin} characters either side of the words of {@code set} among {@code runs} of {@code text}. */
  private static List<int[]> wordWindows(CharKinds kinds, int[] runs, WordSet set, int margin) {
    String text = kinds.text;
    List<int[]> out = new ArrayList<>();
    int shortest = set.shortest();
    int longest = set.longest();
    for (int r = 0; r < runs.length; r += 2) {
      int i = runs[r];
      int j = runs[r + 1];
      // (a word's first letter, which the table checks first, was tested here before: see WordSet.contains)
      if (j - i >= shortest && j - i <= longest && set.contains(kinds, i, j)) {
        int from = Math.max(0, i - margin);
        int to = Math.min(text.length(), j + margin);
        if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
          out.get(out.size() - 1)[1] = to;
        } else {
          out.add(new int[] {from, to});
        }
      }
    }
    return out;
  }

  /**
   * The successive matches of {@code p} inside the windows (lookarounds see past their bounds): the same
   * matches as {@link Matcher#find()} over each window, found faster. Every pattern here starts with the
   * look-behind {@code (?<![\p{L}\p{N}} (after at most an opening look-ahead), so a match can only
   * start where the character before is no letter or digit, and none starts with white space: only those
   * positions are tried, with {@link Matcher#lookingAt()}, instead of every position of the window (on
   * number-dense news, trying every position was most of this class's time).
   */
  static Iterable<Matcher> matches(Pattern p, String text, List<int[]> windows) {
    return matches(p, text, windows, -1);
  }

  /**
   * {@link #matches(Pattern, String, List)} for a pattern whose matches hold a digit at most {@code digitReach}
   * characters after their start (-1: unknown): a position with no digit that near is not tried.
   */
  static Iterable<Matcher> matches(Pattern p, String text, List<int[]> windows, int digitReach) {
    return matches(p, opening(p, digitReach, null, null), text, Starts.of(text), windows);
  }

  /** How far after its start a match of {@code p}, one of {@code lang}'s patterns, holds a digit; -1: unknown (tests). */
  int digitReach(String lang, Pattern p) {
    return rules(lang).openings().get(p).digitReach();
  }

  /** {@link #scan}: the matches of {@code p}, one of {@code lang}'s patterns, as the rules find them (tests). */
  Iterable<Matcher> matches(String lang, Pattern p, String text, List<int[]> windows) {
    return scan(rules(lang), p, text, Starts.of(text), windows);
  }

  /** {@link #matches} with the pattern's {@link Opening} worked out when its language's rules were compiled. */
  private static Iterable<Matcher> scan(Rules rules, Pattern p, String text, Starts starts, List<int[]> windows) {
    return matches(p, rules.openings().get(p), text, starts, windows);
  }

  /**
   * How a match of a pattern opens, read from its opening look-ahead: the characters it can start with ({@code first},
   * null: any), and for {@code (?=\\d{min,max}[after])} the length of the run of digits it starts with and the
   * characters one of which follows that run ({@code after} null: no such check). Both are implied by the look-ahead,
   * which the pattern still tests: a position they refuse is one where the pattern cannot match. A pattern whose
   * matches hold a digit at most {@code digitReach} characters after their start (-1: unknown) is not tried where
   * no digit is that near. At a letter, a match opens with one of its {@link LeadWords} ({@code lead}, null: any);
   * one that opens with a digit run followed by a char of {@code after} may have one right after that char
   * ({@code leadAfterDigits}, null: any). {@code firstTable} and {@code afterTable} hold {@code first} and
   * {@code after} for testing a char without a call.
   */
  record Opening(String first, int minDigits, int maxDigits, String after, int digitReach, LeadWords lead,
      LeadWords leadAfterDigits, CharTable firstTable, CharTable afterTable) {
    Opening(String first, int minDigits, int maxDigits, String after) {
      this(first, minDigits, maxDigits, after, -1, null, null, CharTable.of(first), CharTable.of(after));
    }

    /**
     * The opening of a pattern's source: {@link #firstChars}, and the digit run of {@code (?=\\d{min,max}[...])}
     * or {@code (?=\\d{n}[...])} when its class is a plain list of characters without a digit.
     */
    static Opening of(String src) {
      String first = firstChars(src);
      if (src.startsWith("(?=\\d{")) {
        int close = src.indexOf('}');
        String after = firstChars("(?=" + src.substring(close + 1));
        if (after != null && after.chars().noneMatch(c -> c >= '0' && c <= '9')) {
          String[] bounds = src.substring(6, close).split(",", -1);
          int min = Integer.parseInt(bounds[0]);
          return new Opening(first, min, bounds.length == 1 ? min : Integer.parseInt(bounds[1]), after);
        }
      }
      return new Opening(first, 0, 0, null);
    }

    /**
     * {@link #mayOpen(String, int)}, a digit at most {@code digitReach} after {@code i} ({@code nextDigit}: the first
     * digit at or after it, {@link Integer#MAX_VALUE} for none; read only with a digit reach), and at a letter one of
     * the {@link LeadWords}.
     */
    boolean mayOpen(CharKinds kinds, int i, int nextDigit) {
      if (digitReach >= 0 && nextDigit - i > digitReach) {
        return false;
      }
      char[] text = kinds.chars;
      if (firstTable != null && !firstTable.contains(text[i])) {
        return false;
      }
      if (afterTable != null) {
        int run = digitRunEnd(text, i);
        if (run < 0 || (leadAfterDigits != null && !leadAfterDigits.mayOpen(kinds, run + 1))) {
          return false;
        }
      }
      return lead == null || lead.mayOpen(kinds, i);
    }

    /** True unless the text at {@code i} cannot open a match, by its first chars (tests). */
    boolean mayOpen(String text, int i) {
      char[] chars = text.toCharArray();
      return (firstTable == null || firstTable.contains(chars[i]))
          && (afterTable == null || digitRunEnd(chars, i) >= 0);
    }

    /**
     * The end of the run of digits at {@code i} when it is as long as the opening says and a char of {@code after}
     * follows it, else -1 (the text is read as a char array: a String's charAt is a call or two per char under C1).
     */
    private int digitRunEnd(char[] text, int i) {
      int end = Math.min(text.length, i + maxDigits + 1);
      int j = i;
      while (j < end && text[j] >= '0' && text[j] <= '9') {
        j++;
      }
      return j - i >= minDigits && j - i <= maxDigits && j < text.length && afterTable.contains(text[j]) ? j : -1;
    }

    /** True when a match can only open with an ASCII digit: its scan needs to try only the starts at one. */
    boolean opensWithDigit() {
      return first != null && !first.isEmpty() && first.chars().allMatch(c -> c >= '0' && c <= '9');
    }
  }

  /**
   * The {@link Opening} of {@code p} with {@code digitReach}, after checking that a match cannot start right after a
   * letter or digit, which {@link #matches} relies on.
   */
  private static Opening opening(Pattern p, int digitReach, LeadWords lead, LeadWords leadAfterDigits) {
    String src = p.pattern();
    int behind = src.indexOf("(?<![\\p{L}\\p{N}");
    if (behind != 0 && (behind < 0 || !src.startsWith("(?=") || src.lastIndexOf("(?", behind - 1) != 0)) {
      throw new IllegalArgumentException("a match may start right after a letter: " + src);
    }
    Opening o = Opening.of(src);
    return new Opening(o.first(), o.minDigits(), o.maxDigits(), o.after(), digitReach, lead, leadAfterDigits,
        o.firstTable(), o.afterTable());
  }

  /** A set of chars tested without a call for Latin-1 ones (a table), with {@link String#indexOf(int)} past it. */
  record CharTable(boolean[] latin1, String chars) {
    /** The table of {@code chars}; null for null. */
    static CharTable of(String chars) {
      if (chars == null) {
        return null;
      }
      boolean[] latin1 = new boolean[256];
      for (char c = 0; c < latin1.length; c++) {
        latin1[c] = chars.indexOf(c) >= 0;
      }
      return new CharTable(latin1, chars);
    }

    boolean contains(char c) {
      return c < 256 ? latin1[c] : chars.indexOf(c) >= 0;
    }
  }

  /**
   * The words a match of a pattern that opens at a letter starts with: its lead words (hedges, number words, month
   * names: each up to its first character that is no letter, {@code kira} of {@code kira-kira}, {@code at} of
   * {@code at least}) matched in either case (the patterns' {@code (?i:...)} is ASCII only: what it matches this
   * matches too), and its literals (currencies: {@code Rp}, {@code US$}) matched as written. Where the pattern writes
   * a lead word whole, a character that is no letter must follow (white space, {@code [ ]} or a look-ahead refusing
   * letters), so a match that opens with one starts with a run of letters that is exactly that word: a position
   * whose run of letters is none of them and where no literal starts cannot open a match. Checked before the
   * pattern runs, this spares it the positions of ordinary words: English {@code a} is a number word, so the
   * number-word windows cover most of the text, and the pattern ran at every word of it.
   */
  record LeadWords(WordTable words, List<String> literals) {
    /** The first words of every word of {@code lists}, and the {@code literals} that open with a letter. */
    static LeadWords of(List<java.util.Collection<String>> lists, java.util.Collection<String> literals) {
      Set<String> firsts = new java.util.HashSet<>();
      for (java.util.Collection<String> words : lists) {
        for (String w : words) {
          StringBuilder first = new StringBuilder();
          for (int k = 0; k < w.length() && Character.isLetter(w.charAt(k)); k++) {
            first.append(WordTable.lower(w.charAt(k)));
          }
          if (first.length() > 0) { // a word opening with no letter cannot open at a letter
            firsts.add(first.toString());
          }
        }
      }
      List<String> opening = literals.stream().filter(l -> !l.isEmpty() && Character.isLetter(l.charAt(0)))
          .sorted().toList();
      return new LeadWords(new WordTable(firsts), opening);
    }

    /** False when {@code i} is a letter that opens none of the words and none of the literals. */
    boolean mayOpen(CharKinds kinds, int i) {
      byte[] kind = kinds.kind;
      if (i >= kind.length || kind[i] != CharKinds.LETTER) {
        return true;
      }
      int end = i + 1;
      while (end < kind.length && kind[end] == CharKinds.LETTER) {
        end++;
      }
      if (words.contains(kinds.chars, i, end)) {
        return true;
      }
      for (String literal : literals) {
        if (kinds.text.startsWith(literal, i)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A set of words looked up by a stretch of a char array, each char lower-cased ({@link Character#toLowerCase(char)})
   * on the way: no string is made per look-up (a substring and its lower-case copy for most words of the text were a
   * good part of this class's time). A stored word with a char that is not lower case is never found.
   */
  static final class WordTable {
    /**
     * False when no word has the length of {@code chars[from, to)} and the lower case of its first char (Latin-1
     * first chars; true for the others).
     */
    boolean mayContain(char[] chars, int from, int to) {
      int length = to - from;
      if (length > 0 && length < 64) {
        char first = lower(chars[from]);
        return first >= lengths.length || (lengths[first] & (1L << length)) != 0;
      }
      return true;
    }

    /** Open addressing: each word in the slot of its hash or the first free one after it. */
    private final String[] slots;
    private final int mask;
    /**
     * For each Latin-1 first char, the lengths (below 64) of the words that start with it, as bits: most words of a
     * text are refused on one test, before their hash.
     */
    private final long[] lengths = new long[256];

    WordTable(java.util.Collection<String> words) {
      int size = 8;
      while (size < 4 * words.size()) {
        size <<= 1;
      }
      slots = new String[size];
      mask = size - 1;
      for (String w : new java.util.TreeSet<>(words)) {
        int slot = slot(hash(w.toCharArray(), 0, w.length(), false));
        while (slots[slot] != null) {
          slot = (slot + 1) & mask;
        }
        slots[slot] = w;
        if (!w.isEmpty() && w.charAt(0) < lengths.length && w.length() < 64) {
          lengths[w.charAt(0)] |= 1L << w.length();
        }
      }
    }

    /** {@link Character#toLowerCase(char)}, ASCII without the call. */
    static char lower(char c) {
      return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    private static int hash(char[] chars, int from, int to, boolean lower) {
      int h = 0;
      for (int k = from; k < to; k++) {
        h = 31 * h + (lower ? lower(chars[k]) : chars[k]);
      }
      return h;
    }

    private int slot(int hash) {
      return (hash ^ (hash >>> 16)) & mask;
    }

    /** True when {@code chars[from, to)}, each lower-cased, is one of the words. */
    boolean contains(char[] chars, int from, int to) {
      if (!mayContain(chars, from, to)) {
        return false;
      }
      for (int slot = slot(hash(chars, from, to, true)); slots[slot] != null; slot = (slot + 1) & mask) {
        String w = slots[slot];
        if (w.length() == to - from) {
          int k = 0;
          while (k < w.length() && w.charAt(k) == lower(chars[from + k])) {
            k++;
          }
          if (k == w.length()) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * Each character of a text as a letter, a digit, white space or something else ({@link Character#isLetter(char)},
   * {@link Character#isDigit(char)}, {@link Character#isWhitespace(char)}; a character that is both a letter and a
   * digit does not exist), worked out in one pass shared by {@link #digitWindows}, {@link Starts#of} and
   * {@link #letterRuns}, which each asked {@code Character} about every character of the text before; from a table
   * made with the same methods ({@link #TABLE}). The same pass lists what those three need (where a match may
   * start, the digits, the letter runs): under C1 each pass over the text was a good part of the rules' time.
   */
  static final class CharKinds {
    static final byte OTHER = 0;
    static final byte LETTER = 1;
    static final byte DIGIT = 2;
    static final byte SPACE = 3;
    /**
     * The kind of each char of the BMP as {@code KNOWN | kind}, with {@code APOSTROPHE} for {@code '}: 0 until first
     * met. Latin-1 is filled up front, any other char the first time a text holds it (the whole table would cost
     * milliseconds of cold start): the pass below then calls nothing in its loop, which under C1 made it a third
     * faster (a call in a loop keeps its variables in memory). Threads that fill the same char write the same byte.
     */
    private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];
    private static final int KNOWN = 8;
    private static final int APOSTROPHE = 4;
    private static final int KIND_BITS = 3;

    static {
      for (char c = 0; c < 256; c++) {
        TABLE[c] = entryOf(c);
      }
    }

    final String text;
    final char[] chars;
    final byte[] kind;
    /** {@link Starts}: the positions with no white space and no letter or digit right before, in order. */
    final int[] starts;
    final int startCount;
    /** The starts at an ASCII digit (where a pattern that opens with {@code \\d} may match), in order. */
    final int[] digitStarts;
    final int digitStartCount;
    /** The positions of the digits, in order. */
    final int[] digits;
    final int digitCount;
    /** {@link #letterRuns}. */
    final int[] runs;

    private CharKinds(String text) {
      this.text = text;
      char[] chars = text.toCharArray();
      int n = chars.length;
      byte[] kind = new byte[n];
      byte[] table = TABLE;
      int[] at = new int[Math.max(16, n / 3)];
      int size = 0;
      int[] digitStartAt = new int[16];
      int digitStartSize = 0;
      int[] digitAt = new int[16];
      int digitSize = 0;
      int[] runAt = new int[32];
      int runSize = 0;
      boolean afterWordChar = false;
      int runStart = -1; // the start of the letter run that goes on at i, -1: none
      int i = 0;
      while (i < n) {
        for (; i < n; i++) {
          char c = chars[i];
          int entry = table[c];
          if (entry == 0) {
            break; // a char not met before: filled below, outside this loop
          }
          byte k = (byte) (entry & KIND_BITS);
          kind[i] = k;
          if (!afterWordChar && k != SPACE) {
            if (size == at.length) {
              at = Arrays.copyOf(at, at.length * 2);
            }
            at[size++] = i;
            if (c >= '0' && c <= '9') {
              if (digitStartSize == digitStartAt.length) {
                digitStartAt = Arrays.copyOf(digitStartAt, digitStartAt.length * 2);
              }
              digitStartAt[digitStartSize++] = i;
            }
          }
          afterWordChar = k == LETTER || k == DIGIT;
          if (k == DIGIT) {
            if (digitSize == digitAt.length) {
              digitAt = Arrays.copyOf(digitAt, digitAt.length * 2);
            }
            digitAt[digitSize++] = i;
          }
          if (runStart >= 0 && k != LETTER && (entry & APOSTROPHE) == 0) { // a run: a letter, letters and apostrophes
            if (runSize + 2 > runAt.length) {
              runAt = Arrays.copyOf(runAt, runAt.length * 2);
            }
            runAt[runSize++] = runStart;
            runAt[runSize++] = i;
            runStart = -1;
          } else if (runStart < 0 && k == LETTER) {
            runStart = i;
          }
        }
        if (i < n) {
          table[chars[i]] = entryOf(chars[i]);
        }
      }
      if (runStart >= 0) {
        runAt = Arrays.copyOf(runAt, runSize + 2);
        runAt[runSize++] = runStart;
        runAt[runSize++] = n;
      }
      this.chars = chars;
      this.kind = kind;
      this.starts = at;
      this.startCount = size;
      this.digitStarts = digitStartAt;
      this.digitStartCount = digitStartSize;
      this.digits = digitAt;
      this.digitCount = digitSize;
      this.runs = runSize == runAt.length ? runAt : Arrays.copyOf(runAt, runSize);
    }

    static CharKinds of(String text) {
      return new CharKinds(text);
    }

    private static byte entryOf(char c) {
      byte kind = Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : Character.isWhitespace(c) ? SPACE
          : OTHER;
      return (byte) (KNOWN | kind | (c == '\'' ? APOSTROPHE : 0));
    }
  }

  /**
   * The positions of a text where a match of any pattern here may start (no white space there, no letter or
   * digit right before), found once per text ({@link CharKinds}) and shared by every pattern's scan, in order; a
   * pattern with an {@link Opening} tries only those of its positions that can open it; with the first digit at or
   * after each position (from {@link CharKinds#digits}), a pattern with a digit reach tries only positions that near
   * one.
   */
  record Starts(CharKinds kinds, int[] at, int size) {
    static Starts of(String text) {
      return of(CharKinds.of(text));
    }

    static Starts of(CharKinds kinds) {
      return new Starts(kinds, kinds.starts, kinds.startCount);
    }

    /** The starts at an ASCII digit. */
    Starts atDigits() {
      return new Starts(kinds, kinds.digitStarts, kinds.digitStartCount);
    }

    /** The index of the first start at or after {@code position}. */
    int from(int position) {
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (at[mid] < position) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  private static Iterable<Matcher> matches(Pattern p, Opening opening, String text, Starts allStarts,
      List<int[]> windows) {
    // a pattern that opens with a digit need not look at the other starts (most of them, even in digit windows)
    Starts starts = opening.opensWithDigit() ? allStarts.atDigits() : allStarts;
    return () -> new java.util.Iterator<>() {
      private final Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      private int window = -1;
      /** The index in {@code starts} of the next position to try in the current window. */
      private int next;
      private boolean ready;
      private final int[] digits = starts.kinds().digits;
      private final int digitCount = starts.kinds().digitCount;
      /** The index in {@code digits} of the first digit at or after the last position tried. */
      private int digit;

      /** The first digit at or after {@code i} (Integer.MAX_VALUE: none); positions come in order, mostly. */
      private int nextDigit(int i) {
        while (digit > 0 && digits[digit - 1] >= i) {
          digit--;
        }
        while (digit < digitCount && digits[digit] < i) {
          digit++;
        }
        return digit < digitCount ? digits[digit] : Integer.MAX_VALUE;
      }

      @Override
      public boolean hasNext() {
        if (ready) {
          return true;
        }
        int[] at = starts.at();
        while (true) {
          if (window >= 0) {
            int to = windows.get(window)[1];
            for (; next < starts.size() && at[next] < to; next++) {
              int i = at[next];
              if (opening.mayOpen(starts.kinds(), i, opening.digitReach() < 0 ? 0 : nextDigit(i))) {
                m.region(i, to);
                if (m.lookingAt()) {
                  next = m.end() > i ? starts.from(m.end()) : next + 1;
                  ready = true;
                  return true;
                }
              }
            }
          }
          if (++window >= windows.size()) {
            return false;
          }
          next = starts.from(windows.get(window)[0]);
        }
      }

      @Override
      public Matcher next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        ready = false;
        return m;
      }
    };
  }

  /**
   * The characters a match of {@code src} can start with, from its opening look-ahead
   * ({@code (?=\\d)}, {@code (?=\\d{...}} or {@code (?=[...])} as {@link #startsWith} writes it), or null when it
   * has none.
   */
  static String firstChars(String src) {
    if (src.startsWith("(?=\\d)") || src.startsWith("(?=\\d{")) {
      return "0123456789";
    }
    if (!src.startsWith("(?=[")) {
      return null;
    }
    StringBuilder chars = new StringBuilder();
    for (int i = 4; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == ']') {
        return src.startsWith(")", i + 1) ? chars.toString() : null;
      }
      if (c == '\\') {
        c = src.charAt(++i);
        if (Character.isLetterOrDigit(c)) {
          return null; // a class escape such as \d or \p: not a plain character list
        }
      }
      if (c == '-' && chars.length() > 0 && src.charAt(i - 1) != '\\') {
        return null; // a range
      }
      chars.append(c);
    }
    return null;
  }

  /** The date of an ISO-8601 date or date-time as written (its own offset), or null. */
  static LocalDate publicationDate(String publishedAt) {
    if (publishedAt == null || publishedAt.length() < 10) {
      return null;
    }
    // yyyy-mm-dd in ASCII digits, as it nearly always is, read without the formatter (its parse is most of this
    // method's cost, once per text); LocalDate.of refuses what LocalDate.parse's strict resolver refuses
    String date = publishedAt.substring(0, 10);
    if (asciiDigits(date, 0, 4) && date.charAt(4) == '-' && asciiDigits(date, 5, 7) && date.charAt(7) == '-'
        && asciiDigits(date, 8, 10)) {
      try {
        return LocalDate.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10),
            Integer.parseInt(date, 8, 10, 10));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static boolean asciiDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The ISO form of a matched date ({@code 2024-06}, {@code 2024-01-24}; a year left empty is resolved by
   * {@link #monthDay}); null when the month or the day does not exist ({@code 13/13}, {@code 31/2/2024}).
   *
   * @param month a month name of the language or the month in digits
   * @param day   the day in digits, or null
   */
  private static String normalizedDate(String year, String month, String day, NumberFormat f, LocalDate published) {
    int m = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : f.months.get(month.toLowerCase(Locale.ROOT));
    if (m < 1 || m > 12) {
      return null;
    }
    if (year.isEmpty()) {
      return monthDay(m, Integer.parseInt(day), published);
    }
    if (day == null) {
      return year + "-" + twoDigits(m);
    }
    int d = Integer.parseInt(day);
    return java.time.YearMonth.of(Integer.parseInt(year), m).isValidDay(d)
        ? year + "-" + twoDigits(m) + "-" + twoDigits(d) : null;
  }

  /**
   * {@code n} (0 to 99) in two digits, as {@code %02d} writes it: {@link String#format} parses its format on every
   * call, a good part of the dates' cost under C1.
   */
  static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /**
   * A day of a month written without its year: the date nearest the publication date ({@code Jan. 3} in an article of
   * 22 December 2023 is 2024-01-03, {@code Dec. 28} 2023-12-28); without a publication date, the ISO 8601 month-day
   * {@code --MM-DD}. Null when no year has that day (31 April).
   */
  static String monthDay(int month, int day, LocalDate published) {
    if (day < 1 || day > java.time.Month.of(month).maxLength()) {
      return null;
    }
    if (published == null) {
      return "--" + twoDigits(month) + "-" + twoDigits(day);
    }
    LocalDate best = null;
    for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
      if (java.time.YearMonth.of(year, month).isValidDay(day)) {
        LocalDate d = LocalDate.of(year, month, day);
        if (best == null || Math.abs(d.toEpochDay() - published.toEpochDay())
            < Math.abs(best.toEpochDay() - published.toEpochDay())) {
          best = d;
        }
      }
    }
    return best == null ? null : best.toString();
  }

  /** A weekday resolved against the publication date, or null when it may be an ordinary word. */
  private static Found weekday(Matcher w, NumberFormat f, LocalDate published) {
    String name = w.group("weekday");
    String lower = name.toLowerCase(Locale.ROOT);
    boolean cued = w.group("cue") != null;
    if ((!cued && !Character.isUpperCase(name.charAt(0))) || (!cued && f.cuedWeekdays.contains(lower))) {
      return null;
    }
    DayOfWeek day = DayOfWeek.of(f.weekdays.get(lower));
    boolean next = w.group("nextb") != null || w.group("nexta") != null;
    LocalDate date = next ? published.with(TemporalAdjusters.next(day))
        : published.with(TemporalAdjusters.previousOrSame(day));
    int start = w.group("nextb") != null ? w.start("nextb") : cued ? w.start("cue") : w.start("weekday");
    String text = w.group().substring(start - w.start());
    return new Found(EntityType.DATE, text, start, w.end(), date.toString(), null, null, null, null, false);
  }

  private static Found measure(Matcher m, String text, Rules rules) {
    NumberFormat f = rules.format();
    // each group read once: a group by name is a map look-up and a new string per call
    String scaleWord = m.group("scale");
    String number1 = m.group("n1");
    String number2 = m.group("n2");
    double scale = scaleWord == null ? 1 : f.scales.get(scaleWord.toLowerCase(Locale.ROOT));
    Double p1 = f.parse(number1);
    Double p2 = number2 == null ? null : f.parse(number2);
    if (p1 == null || (number2 != null && p2 == null)) {
      return null;
    }
    Double n1 = p1 * scale;
    Double n2 = p2 == null ? null : p2 * scale;
    boolean approximate = m.group("hedge") != null;
    int end = m.end();
    EntityType type;
    String unit;
    String currency = m.group("cur");
    if (currency != null) {
      type = EntityType.MONEY;
      unit = f.currencies.get(currency);
    } else if (m.group("pct") != null || m.group("pctw") != null) {
      type = EntityType.PERCENT;
      unit = "%";
    } else {
      type = EntityType.QUANTITY;
      unit = null;
      Matcher u = unitAt(text, end, rules);
      if (u != null) {
        unit = u.group(1);
        end = u.end();
      }
      String digits = number1;
      // (String.matches compiled the pattern on every call)
      boolean bareYear = unit == null && n2 == null && !approximate && scale == 1 && digits.length() == 4
          && BARE_YEAR.matcher(digits).matches();
      if (bareYear) {
        return new Found(EntityType.DATE, digits, m.start(), m.end(), digits, null, null, null, null, false);
      }
    }
    String surface = text.substring(m.start(), end);
    return n2 == null
        ? new Found(type, surface, m.start(), end, null, n1, null, null, unit, approximate)
        : new Found(type, surface, m.start(), end, null, null, n1, n2, unit, approximate);
  }

  /**
   * A QUANTITY written in words: an approximate plural ({@code thousands of people}, {@code puluhan ribu
   * warga}: value the magnitude, approximate), a number word with a unit after it ({@code twenty
   * soldiers}, {@code sepuluh kali lipat}), or any number word with a scale ({@code two million}, {@code
   * tiga juta orang}); a small number word without a scale ({@code two leaders}) and a number word with
   * neither unit nor scale are left alone: they count things in passing far more often than they assert.
   */
  /**
   * The unit word right after a number at {@code from} ({@link #UNIT}: {@code tentara}, {@code soldiers}) as a matcher
   * whose group 1 is the word, or null when there is none or it is a stop word, a month or a scale.
   */
  private static Matcher unitAt(String text, int from, Rules rules) {
    Matcher u = UNIT.matcher(text).region(from, Math.min(text.length(), from + 40));
    if (!u.lookingAt()) {
      return null;
    }
    String word = u.group(1);
    NumberFormat f = rules.format();
    return rules.stopWords().contains(word) || f.months.containsKey(word) || f.scales.containsKey(word) ? null : u;
  }

  private static Found wordMeasure(Matcher m, String text, Rules rules) {
    NumberFormat f = rules.format();
    String word = m.group("w").toLowerCase(Locale.ROOT);
    Double approx = f.approximateNumberWords.get(word);
    Double exact = approx == null ? f.numberWords.get(word) : null;
    Double small = approx == null && exact == null ? f.smallNumberWords.get(word) : null;
    String scaleWord = m.group("scale"); // read once: a group by name is a map look-up and a new string per call
    double scale = scaleWord == null ? 1 : f.scales.get(scaleWord.toLowerCase(Locale.ROOT));
    if (small != null && scaleWord == null) {
      return null;
    }
    double value = (approx != null ? approx : exact != null ? exact : small) * scale;
    int end = m.end();
    int unitFrom = end;
    for (String of : f.numberOf) {
      if (text.regionMatches(true, end, " " + of + " ", 0, of.length() + 2)) {
        unitFrom = end + of.length() + 1;
        break;
      }
    }
    String unit = null;
    Matcher u = unitAt(text, unitFrom, rules);
    if (u != null) {
      unit = u.group(1);
      end = u.end();
    }
    if (unit == null && approx == null && scaleWord == null) {
      return null;
    }
    return new Found(EntityType.QUANTITY, text.substring(m.start(), end), m.start(), end, null, value, null, null,
        unit, approx != null || m.group("hedge") != null);
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void take(List<Found> found, boolean[] taken, Found f) {
    for (int i = f.start(); i < f.end(); i++) {
      taken[i] = true;
    }
    found.add(f);
  }

  private static List<Entity> merge(List<Found> found, int textLength) {
    Map<String, List<Found>> byKey = new LinkedHashMap<>();
    for (Found f : found) {
      byKey.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
    }
    int most = byKey.values().stream().mapToInt(List::size).max().orElse(1);
    List<Entity> out = new ArrayList<>();
    for (var e : byKey.entrySet()) {
      List<Found> group = e.getValue();
      Found first = group.get(0);
      List<Mention> mentions = new ArrayList<>();
      List<String> aliases = new ArrayList<>();
      boolean approximate = false;
      for (Found f : group) {
        mentions.add(new Mention(f.text(), f.start(), f.end()));
        approximate |= f.approximate();
        if (!f.text().equals(first.text()) && !aliases.contains(f.text())) {
          aliases.add(f.text());
        }
      }
      double salience = 0.5 * group.size() / most + 0.3 * (1.0 - (double) first.start() / Math.max(1, textLength));
      boolean measure = first.type().isMeasure();
      out.add(new Entity(e.getKey(), first.type(), first.text(), aliases, Math.round(salience * 1000) / 1000.0,
          mentions, first.normalized(), first.value(), first.low(), first.high(), first.unit(),
          measure ? approximate : null));
    }
    return out;
  }

  private static String key(Found f) {
    if (f.type() == EntityType.DATE) {
      return "DATE#" + Slugs.slug(f.normalized());
    }
    String amount = f.value() != null ? plain(f.value()) : plain(f.low()) + "-" + plain(f.high());
    String unit = f.unit() == null || f.unit().equals("%") ? "" : "-" + Slugs.slug(f.unit());
    return f.type().name() + "#" + amount + unit;
  }

  /** {@code 4000}, {@code 12-5} (for 12.5): digits and hyphens only. */
  static String plain(double number) {
    // most amounts are whole: below 10^15 their shortest decimal is the whole number itself (a test checks), written
    // without the BigDecimal round trip that was a good part of the keys' cost under C1
    if (number == Math.rint(number) && Math.abs(number) < 1e15) {
      return Long.toString((long) number);
    }
    return new BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString().replace('.', '-');
  }
}
