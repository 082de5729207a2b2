package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MeasureRules#matches} tries a pattern only where a match can start; it must find exactly what
 * {@link Matcher#find()} finds over the same windows, for every pattern of every language.
 */
class MeasureMatchesTest {
  private static final String[] PIECES = {
    "10.000", "12,5", "2,5", "1950", "-", "–", "53", "Rp", "Rp ", "$", "$3.5", "US$", "%", " persen", " percent",
    "sekitar ", "about ", "hampir ", "Juni", "June", "Januari", "2024", "hari ", "Senin", "Monday", "depan", " next",
    "pukul ", "02.00", "9:30", " WIB", "triliun", "billion", "juta", "ribu", "ribuan", "tens of thousands", "dua",
    "three", "puluhan", " tentara", " troops", "a", "X", "7", "²", "Ⅻ", "\uD835\uDC00", "\u00A0", " ", "  ", "\n",
    ".", ",", "(", ")", "/", "'", "abc", "Tahun", "sampai", " hingga ", " to ", "km", "-an", "sejak", "5", "\u0663"};

  private static List<String> byFind(Pattern p, String text, List<int[]> windows) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int[] w : windows) {
      m.region(w[0], w[1]);
      while (m.find()) {
        out.add(m.start() + "-" + m.end() + ":" + m.group());
      }
    }
    return out;
  }

  private static List<String> byMatches(Pattern p, String text, List<int[]> windows, int digitReach) {
    List<String> out = new ArrayList<>();
    for (Matcher m : MeasureRules.matches(p, text, windows, digitReach)) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  /** The matches as the rules scan for them, with every check of the pattern's opening (its lead words too). */
  private static List<String> byRules(MeasureRules rules, String lang, Pattern p, String text, List<int[]> windows) {
    List<String> out = new ArrayList<>();
    for (Matcher m : rules.matches(lang, p, text, windows)) {
      out.add(m.start() + "-" + m.end() + ":" + m.group());
    }
    return out;
  }

  @Test
  void findsWhatFindFindsOnRandomNumberDenseText() {
    MeasureRules rules = MeasureRules.standard();
    Random random = new Random(20261127);
    int nonEmpty = 0;
    for (String lang : List.of("id", "en", "und")) {
      List<Pattern> patterns = rules.patterns(lang);
      assertTrue(patterns.size() >= 7);
      // the measure pattern and the two that open with a month name skip positions with no digit near
      assertEquals(3, patterns.stream().filter(p -> rules.digitReach(lang, p) >= 0).count(), lang);
      // the day-first dates, the clock and the year range check the run of digits they open with
      assertTrue(patterns.stream().filter(p -> MeasureRules.Opening.of(p.pattern()).after() != null).count() >= 4,
          lang);
      for (int n = 0; n < 1500; n++) {
        StringBuilder sb = new StringBuilder();
        int pieces = 1 + random.nextInt(25);
        for (int k = 0; k < pieces; k++) {
          sb.append(PIECES[random.nextInt(PIECES.length)]);
          if (random.nextInt(3) == 0) {
            sb.append(' ');
          }
        }
        String text = sb.toString();
        List<int[]> windows = new ArrayList<>();
        if (random.nextBoolean()) {
          windows.add(new int[] {0, text.length()});
        } else { // disjoint windows in order, as the rules make them
          int at = 0;
          while (at < text.length()) {
            int from = at + random.nextInt(Math.max(1, text.length() - at));
            int to = Math.min(text.length(), from + 1 + random.nextInt(40));
            windows.add(new int[] {from, to});
            at = to + 1;
          }
        }
        for (Pattern p : patterns) {
          List<String> expected = byFind(p, text, windows);
          nonEmpty += expected.isEmpty() ? 0 : 1;
          assertEquals(expected, byMatches(p, text, windows, rules.digitReach(lang, p)),
              () -> lang + " " + p + " on [" + text + "]");
          assertEquals(expected, byMatches(p, text, windows, -1), () -> lang + " " + p + " on [" + text + "]");
          assertEquals(expected, byRules(rules, lang, p, text, windows), () -> lang + " " + p + " on [" + text + "]");
        }
      }
    }
    assertTrue(nonEmpty > 3000, "the random texts must hold matches: " + nonEmpty);
  }

  /** Words that open matches, in other cases and glued to what may or may not end them, for the lead words. */
  private static final String[] WORDS = {
    "a", "A", "a's", "an", "at least", "At", "AT LEAST", "at", "over", "Over", "some", "more than", "More", "one",
    "ONE", "hundreds of thousands", "Hundreds", "tens", "dozen", "twenty", "Twenty-", "sekitar", "Sekitar",
    "kira-kira", "Kira", "puluhan", "ribuan", "lebih dari", "Lebih", "Sept.", "Sept", "sept.", "Jan.", "January",
    "MAY", "May", "Mei", "Desember", "Des", "Monday", "on", "On", "next", "Next", "Friday", "Jumat", "hari", "Hari",
    "Rp", "Rp.", "RM", "rm", "S$", "IDR", "idr", "USD", "US", "EUR", "ab", "about", "About", "aboutx", "\u212Abc",
    "\u0130", "\u00C0", "\u00E0", "\uD835\uDC00", "\u00A0", "-", "'", "5", "12", "2024", "10.000", "3,5", "1,500",
    " million", " juta", " thousand", " persen", "%", " ", " ", "  ", "\n", ".", ",", "(", ")"};

  /**
   * With the lead words (a position at a letter is tried only when its run of letters opens a word the pattern can
   * start with, or a currency starts there) the rules find exactly what {@link Matcher#find()} finds, on word-dense
   * text in every case.
   */
  @Test
  void leadWordsRefuseOnlyPositionsWhereNoMatchOpens() {
    MeasureRules rules = MeasureRules.standard();
    Random random = new Random(20261129);
    int nonEmpty = 0;
    for (String lang : List.of("id", "en", "und")) {
      for (int n = 0; n < 3000; n++) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0, pieces = 1 + random.nextInt(20); k < pieces; k++) {
          sb.append(WORDS[random.nextInt(WORDS.length)]);
          if (random.nextInt(3) > 0) {
            sb.append(random.nextInt(4) == 0 ? "  " : " ");
          }
        }
        String text = sb.toString();
        List<int[]> windows = List.of(new int[] {0, text.length()});
        for (Pattern p : rules.patterns(lang)) {
          List<String> expected = byFind(p, text, windows);
          nonEmpty += expected.isEmpty() ? 0 : 1;
          assertEquals(expected, byRules(rules, lang, p, text, windows), () -> lang + " " + p + " on [" + text + "]");
        }
      }
    }
    assertTrue(nonEmpty > 5000, "the random texts must hold matches: " + nonEmpty);
  }

  @Test
  void wordTableFindsAStretchLowerCasedCharByChar() {
    MeasureRules.WordTable table = new MeasureRules.WordTable(List.of("a", "at", "sept", "kira", "é", "Up", ""));
    char[] chars = "xAt SEPT Kira É up a".toCharArray();
    assertTrue(table.contains(chars, 1, 3), "At");
    assertTrue(table.contains(chars, 1, 2), "A");
    assertTrue(table.contains(chars, 4, 8), "SEPT");
    assertTrue(table.contains(chars, 9, 13), "Kira");
    assertTrue(table.contains(chars, 14, 15), "É");
    assertTrue(table.contains(chars, 0, 0), "the empty word");
    assertFalse(table.contains(chars, 16, 18), "a stored word that is not lower case is never found");
    assertFalse(table.contains(chars, 0, 3), "xAt");
    assertFalse(table.contains(chars, 4, 7), "SEP");
    Random random = new Random(3);
    List<String> words = new ArrayList<>();
    for (int n = 0; n < 200; n++) {
      words.add(Integer.toString(random.nextInt(5000), 36));
    }
    MeasureRules.WordTable many = new MeasureRules.WordTable(words);
    for (int n = 0; n < 5000; n++) {
      String w = Integer.toString(n, 36);
      String upper = w.toUpperCase(java.util.Locale.ROOT);
      assertEquals(words.contains(w), many.contains(("." + upper + ".").toCharArray(), 1, 1 + w.length()), w);
    }
  }

  /** A word set looks a stretch of text up as the lower case of its substring would be looked up in the set. */
  @Test
  void wordSetFindsWhatTheLowerCaseSubstringFinds() {
    // İNI is i̇ni in lower case as a string, ini char by char; ΣΣ is σς as a string (a final sigma), σσ char by char;
    // the Kelvin sign is k both ways. The ASCII set is looked up by length and first letter before anything else.
    List<String> words = List.of("a", "at", "one", "sept", "i\u0307ni", "\u03c3\u03c2", "kg", "\u00e9t\u00e9", "hari");
    List<String> ascii = List.of("a", "at", "one", "sept", "ini", "kg", "hari", "in", "i");
    String[] pieces = {"a", "A", "t", "T", "one", "ONE", "Sept", "ini", "\u0130", "\u0130NI", "I", "N", "\u03a3",
        "\u03c3", "\u212A", "K", "g", "\u00c9", "\u00e9", "HARI", "har", "'", "\uD801\uDC00"};
    Random random = new Random(11);
    for (List<String> list : List.of(words, ascii)) {
      MeasureRules.WordSet set = MeasureRules.WordSet.of(list);
      assertEquals(list == ascii, set.ascii());
      int found = 0;
      for (int n = 0; n < 20_000; n++) {
        StringBuilder sb = new StringBuilder("x");
        for (int k = 0, count = 1 + random.nextInt(3); k < count; k++) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
        String text = sb.append('.').toString();
        boolean expected = list.contains(text.substring(1, text.length() - 1).toLowerCase(java.util.Locale.ROOT));
        found += expected ? 1 : 0;
        assertEquals(expected, set.contains(MeasureRules.CharKinds.of(text), 1, text.length() - 1), text);
      }
      assertTrue(found > 500, "the random words must hold some of the set: " + found);
    }
  }


  /**
   * The digit reach is no shorter than the longest way a match can open (the longest hedge, three spaces, the
   * longest currency and a space before the number; the longest month name and a space before the day or year):
   * those openings are still found whole.
   */
  @Test
  void theDigitReachCoversTheLongestOpening() {
    MeasureRules rules = MeasureRules.standard();
    for (String lang : List.of("id", "en")) {
      NumberFormat f = NumberFormat.forLanguage(lang);
      String hedge = f.hedges.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
      String currency = f.currencies.keySet().stream().max(java.util.Comparator.comparingInt(String::length))
          .orElseThrow();
      String month = f.months.keySet().stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
      month = Character.toUpperCase(month.charAt(0)) + month.substring(1);
      String measure = hedge + "   " + currency + " 5";
      String monthDay = month + " 5";
      String monthYear = month + " 2024";
      int found = 0;
      for (Pattern p : rules.patterns(lang)) {
        int reach = rules.digitReach(lang, p);
        for (String text : List.of(measure, monthDay, monthYear)) {
          List<int[]> all = List.of(new int[] {0, text.length()});
          List<String> expected = byFind(p, text, all);
          if (reach >= 0 && !expected.isEmpty() && expected.get(0).startsWith("0-")) {
            found++;
            assertEquals(expected, byMatches(p, text, all, reach), lang + " " + p + " on [" + text + "]");
          }
        }
      }
      assertTrue(found >= 3, lang + ": the longest openings must match whole: " + found);
    }
  }

  @Test
  void readsTheFirstCharactersOfALookAhead() {
    assertEquals("0123456789", MeasureRules.firstChars("(?=\\d)(?<![\\p{L}\\p{N}])x"));
    assertEquals("sS$£0", MeasureRules.firstChars("(?=[sS\\$\\£0])(?<![\\p{L}\\p{N}])x"));
    assertEquals(null, MeasureRules.firstChars("(?=[a-z])(?<![\\p{L}\\p{N}])x"));
    assertEquals(null, MeasureRules.firstChars("(?=[\\p{Lu}])(?<![\\p{L}\\p{N}])x"));
    assertEquals(null, MeasureRules.firstChars("(?<![\\p{L}\\p{N}])x"));
  }

  @Test
  void readsTheDigitRunOfALookAhead() {
    MeasureRules.Opening dayOrClock = MeasureRules.Opening.of("(?=\\d{1,2}[ .])(?<![\\p{L}\\p{N}])x");
    assertEquals("0123456789", dayOrClock.first());
    assertEquals(List.of(1, 2, " ."), List.of(dayOrClock.minDigits(), dayOrClock.maxDigits(), dayOrClock.after()));
    assertTrue(dayOrClock.mayOpen("5 Mei", 0));
    assertTrue(dayOrClock.mayOpen("pukul 15.30", 6));
    assertFalse(dayOrClock.mayOpen("150 Mei", 0), "three digits");
    assertFalse(dayOrClock.mayOpen("pukul 15", 6), "nothing after the digits");
    assertFalse(dayOrClock.mayOpen("15/3", 0), "not one of the characters after");
    assertFalse(dayOrClock.mayOpen("5\u0663 Mei", 0), "\\d is ASCII only");
    assertFalse(dayOrClock.mayOpen("a5 ", 0));
    MeasureRules.Opening year = MeasureRules.Opening.of("(?=\\d{4}[ \\-–/])(?<![\\p{L}\\p{N}])x");
    assertEquals(List.of(4, 4, " -–/"), List.of(year.minDigits(), year.maxDigits(), year.after()));
    assertTrue(year.mayOpen("1950–53", 0));
    assertFalse(year.mayOpen("195-3", 0));
    assertFalse(year.mayOpen("19500-3", 0));
    // a class that holds a digit or an escape, or a plain digit look-ahead: no run is checked
    assertNull(MeasureRules.Opening.of("(?=\\d{1,2}[ 0])(?<![\\p{L}\\p{N}])x").after());
    assertNull(MeasureRules.Opening.of("(?=\\d{1,2}[\\s])(?<![\\p{L}\\p{N}])x").after());
    assertNull(MeasureRules.Opening.of("(?=\\d)(?<![\\p{L}\\p{N}])x").after());
    assertTrue(MeasureRules.Opening.of("(?=\\d)(?<![\\p{L}\\p{N}])x").mayOpen("123", 0));
  }

  @Test
  void refusesAPatternThatMayStartAfterALetter() {
    assertThrows(IllegalArgumentException.class,
        () -> MeasureRules.matches(Pattern.compile("\\d+"), "a1", List.of(new int[] {0, 2})));
    assertFalse(MeasureRules.matches(Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}])\\d+"), "a1",
        List.of(new int[] {0, 2})).iterator().hasNext());
  }

  @Test
  void classifiesEveryCharacterAsCharacterDoes() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      all.append(c);
    }
    all.append(Character.MAX_VALUE);
    MeasureRules.CharKinds kinds = MeasureRules.CharKinds.of(all.toString());
    int[] counts = new int[4];
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      byte k = kinds.kind[i];
      String at = "U+" + Integer.toHexString(c);
      // each kind on its own: this also checks that no char is two of them (the class's claim)
      assertEquals(Character.isLetter(c), k == MeasureRules.CharKinds.LETTER, at);
      assertEquals(Character.isDigit(c), k == MeasureRules.CharKinds.DIGIT, at);
      assertEquals(Character.isWhitespace(c), k == MeasureRules.CharKinds.SPACE, at);
      assertEquals(!Character.isLetter(c) && !Character.isDigit(c) && !Character.isWhitespace(c),
          k == MeasureRules.CharKinds.OTHER, at);
      counts[k]++;
    }
    assertTrue(counts[MeasureRules.CharKinds.LETTER] > 40_000, "most of the BMP is letters");
    assertTrue(counts[MeasureRules.CharKinds.DIGIT] > 300 && counts[MeasureRules.CharKinds.SPACE] > 20,
        java.util.Arrays.toString(counts));
  }

  /** The digit windows as the rules first found them: by a scan of every char (the definition, spelt out). */
  private static List<String> digitWindowsByScan(String text) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        int from = Math.max(0, i - 40);
        int last = i;
        int j = i;
        while (j < text.length() && j - last <= 48) {
          if (Character.isDigit(text.charAt(j))) {
            last = j;
          }
          j++;
        }
        if (!out.isEmpty() && out.get(out.size() - 1)[1] >= from) {
          out.get(out.size() - 1)[1] = j;
        } else {
          out.add(new int[] {from, j});
        }
        i = j;
      }
    }
    return out.stream().map(w -> w[0] + "-" + w[1]).toList();
  }

  @Test
  void digitWindowsFromTheListOfDigitsAreThoseOfTheScan() {
    Random random = new Random(5);
    String[] pieces = {"1", "23", "\u0663", "a", " ", "x".repeat(7), "y".repeat(39), "z".repeat(47), "w".repeat(48),
        "v".repeat(49), "u".repeat(50), "Rp 2,5 triliun"};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, count = random.nextInt(12); k < count; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      List<String> windows = MeasureRules.digitWindows(MeasureRules.CharKinds.of(text)).stream()
          .map(w -> w[0] + "-" + w[1]).toList();
      assertEquals(digitWindowsByScan(text), windows, text);
    }
  }

  /** {@link MeasureRules#plain} as it was written for every number: through the number's decimal string. */
  private static String plainByBigDecimal(double number) {
    return new java.math.BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString().replace('.', '-');
  }

  @Test
  void plainWritesWholeNumbersAsTheirDecimalStringDoes() {
    for (int n = -1000; n <= 1_000_000; n++) {
      assertEquals(plainByBigDecimal(n), MeasureRules.plain(n));
    }
    Random random = new Random(17);
    double[] scales = {1, 1e3, 1e6, 1e9, 1e12, 0.01, 0.1};
    for (int k = 0; k < 200_000; k++) {
      double base = random.nextInt(4) == 0 ? random.nextDouble() * 1000
          : Math.floor(Math.pow(10, random.nextDouble() * 16));
      double scale = scales[random.nextInt(scales.length)];
      double number = (random.nextBoolean() ? Math.floor(base * 1000) / 1000 : base) * scale;
      assertEquals(plainByBigDecimal(number), MeasureRules.plain(number), () -> Double.toString(number));
    }
    for (double number : new double[] {-0.0, 0.5, 12.5, 2.5e12, 999_999_999_999_999.0, 1e15, 1e15 + 2, 1e16, 1e21,
        Math.pow(2, 49), Math.pow(2, 52) + 1, 4503599627370497.0}) {
      assertEquals(plainByBigDecimal(number), MeasureRules.plain(number), () -> Double.toString(number));
    }
  }

  @Test
  void readsAPublicationDateAsLocalDateParseDoes() {
    Random random = new Random(23);
    String[] pieces = {"0", "1", "2", "9", "-", "+", "T", "\u0663", " ", "2024-02-29", "2023-02-29", "0000-01-01"};
    List<String> samples = new ArrayList<>(List.of("2026-02-10T08:30:00+07:00", "2024-02-29", "2023-02-29",
        "2024-13-01", "2024-00-10", "2024-04-31", "0000-01-01", "+2024-01-01", "2024-1-01xx", "2024/01/01", "short"));
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, count = random.nextInt(12); k < count; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      samples.add(sb.toString());
      samples.add(String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
          random.nextInt(33)));
    }
    for (String s : samples) {
      java.time.LocalDate expected;
      try {
        expected = s.length() < 10 ? null : java.time.LocalDate.parse(s.substring(0, 10));
      } catch (java.time.format.DateTimeParseException e) {
        expected = null;
      }
      assertEquals(expected, MeasureRules.publicationDate(s), s);
    }
  }

  @Test
  void twoDigitsWritesWhatPercentZeroTwoDWrites() {
    for (int n = 0; n < 100; n++) {
      assertEquals(String.format(java.util.Locale.ROOT, "%02d", n), MeasureRules.twoDigits(n));
    }
  }

  @Test
  void letterRunsAreTheLetterThenLettersAndApostrophesRunsOfTheText() {
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, pieces = random.nextInt(20); k < pieces; k++) {
        // past Latin-1 too: letters from other scripts, a combining mark, a curly apostrophe, an ideograph
        String[] more = {"Ж", "ǅ", "ğ", "ş", "é", "\u0301", "’", "漢字", "'s", "Ö'"};
        sb.append(random.nextBoolean() ? PIECES[random.nextInt(PIECES.length)] : more[random.nextInt(more.length)]);
      }
      String text = sb.toString();
      List<Integer> expected = new ArrayList<>();
      int i = 0;
      while (i < text.length()) { // the definition, spelt out over String and Character
        if (!Character.isLetter(text.charAt(i))) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) {
          j++;
        }
        expected.add(i);
        expected.add(j);
        i = j;
      }
      int[] runs = MeasureRules.letterRuns(MeasureRules.CharKinds.of(text));
      List<Integer> actual = new ArrayList<>();
      for (int r : runs) {
        actual.add(r);
      }
      assertEquals(expected, actual, text);
    }
  }
}
