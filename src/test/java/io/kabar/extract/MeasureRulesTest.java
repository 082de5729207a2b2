package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import io.kabar.analysis.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureRulesTest {
  private static final MeasureRules RULES = MeasureRules.standard();

  private static Entity only(String text, String lang) {
    return only(text, lang, null);
  }

  private static Entity only(String text, String lang, String publishedAt) {
    List<Entity> found = RULES.extract(text, lang, publishedAt);
    assertEquals(1, found.size(), () -> "in '" + text + "': " + found);
    Entity e = found.get(0);
    for (Mention m : e.mentions()) {
      assertEquals(m.text(), text.substring(m.start(), m.end()));
    }
    return e;
  }

  @Test
  void indonesianAndEnglishNumberFormats() {
    assertEquals(10000.0, only("ada 10.000 warga", "id").value());
    assertEquals(10.0, only("ada 10.000 warga", "en").value());
    assertEquals(10000.0, only("some 10,000 people", "en").value());
    assertEquals(2.5, only("naik 2,5 kali", "id").value());
    assertEquals(2.5, only("rose 2.5 times", "en").value());
  }

  @Test
  void rangeWithUnit() {
    Entity e = only("mengirim 10.000-12.000 tentara ke Rusia", "id");
    assertEquals(EntityType.QUANTITY, e.type());
    assertNull(e.value());
    assertEquals(10000.0, e.low());
    assertEquals(12000.0, e.high());
    assertEquals("tentara", e.unit());
    assertEquals("10.000-12.000 tentara", e.canonical());
    assertEquals("QUANTITY#10000-12000-tentara", e.key());
  }

  @Test
  void hedgesMakeApproximations() {
    Entity e = only("bahwa sekitar 4.000 tentara tewas", "id");
    assertEquals(4000.0, e.value());
    assertEquals("tentara", e.unit());
    assertTrue(e.approximate());
    assertEquals("sekitar 4.000 tentara", e.canonical());
    assertEquals("QUANTITY#4000-tentara", e.key());
    assertTrue(only("lebih dari 300 rumah", "id").approximate());
    assertTrue(only("nearly 300 homes", "en").approximate());
    assertTrue(only("more than 300 homes", "en").approximate());
    assertEquals(false, only("ada 300 rumah", "id").approximate());
  }

  @Test
  void percentages() {
    Entity p = only("turun 12,5 persen", "id");
    assertEquals(EntityType.PERCENT, p.type());
    assertEquals(12.5, p.value());
    assertEquals("%", p.unit());
    assertEquals("PERCENT#12-5", p.key());
    assertEquals(40.0, only("up 40% this year", "en").value());
    Entity about = only("about 40% of voters", "en");
    assertEquals(40.0, about.value());
    assertEquals(EntityType.PERCENT, about.type());
    assertTrue(about.approximate());
  }

  @Test
  void money() {
    Entity rp = only("kerugian Rp 2,5 triliun", "id");
    assertEquals(EntityType.MONEY, rp.type());
    assertEquals(2.5e12, rp.value());
    assertEquals("IDR", rp.unit());
    Entity usd = only("cost $3.5 billion", "en");
    assertEquals(3.5e9, usd.value());
    assertEquals("USD", usd.unit());
  }

  @Test
  void dates() {
    Entity juni = only("pada Juni 2024 lalu", "id");
    assertEquals(EntityType.DATE, juni.type());
    assertEquals("2024-06", juni.normalized());
    assertEquals("DATE#2024-06", juni.key());
    assertEquals("2024-06", only("in June 2024", "en").normalized());
    assertEquals("2025-05-12", only("pada 12 Mei 2025", "id").normalized());
    assertEquals("2025-05-12", only("on May 12, 2025", "en").normalized());
    assertEquals("1950/1953", only("Perang Korea 1950-53.", "id").normalized());
    assertEquals("2019", only("sejak 2019 lalu", "id").normalized());
  }

  @Test
  void abbreviatedMonthsAndDaysWithoutAYear() {
    assertEquals("2024-01-24", only("It opens Jan. 24, 2024, in Chicago.", "en").normalized());
    assertEquals("2023-12", only("In Dec. 2023 it began.", "en").normalized());
    // without a year: the date nearest the publication date, across a new year both ways
    assertEquals("2024-01-03", only("The hearing is set for Jan. 3.", "en", "2023-12-22T16:35:04+00:00").normalized());
    assertEquals("2023-12-28", only("He was arrested Dec. 28.", "en", "2024-01-02").normalized());
    assertEquals("2024-09-03", only("On Sept. 3 it began.", "en", "2024-09-10").normalized());
    assertEquals("2025-05-05", only("Kejadian itu pada 5 Mei lalu.", "id", "2025-05-10").normalized());
    Entity may = only("Due May 5 at noon.", "en", "2026-02-10");
    assertEquals(EntityType.DATE, may.type());
    assertEquals("May 5", may.canonical());
    assertEquals("2026-05-05", may.normalized());
    // no publication date: the ISO 8601 month and day
    assertEquals("--01-24", only("It opens Jan. 24.", "en").normalized());
    // not dates: a modal verb, a day no month has, a number running on
    assertEquals(EntityType.QUANTITY, only("it may 5 times", "en").type());
    assertEquals(EntityType.QUANTITY, only("Jan 24,000 people", "en").type());
    assertTrue(RULES.extract("April 31 came", "en").stream().noneMatch(e -> e.type() == EntityType.DATE));
  }

  @Test
  void indonesianDatesInDigitsAreDayFirst() {
    assertEquals("2026-02-10", only("Jakarta, Kamis (10/2/2026) siang.", "id").normalized());
    assertEquals("2024-08-17", only("pada 17/8/2024 lalu", "id").normalized());
    // a day and month alone only in brackets, resolved against the publication date
    assertEquals("2025-03-05", only("Rabu (5/3) kemarin", "id", "2025-03-08").normalized()); // that Wednesday
    // not dates: a score, a slash series, no such month or day
    assertTrue(RULES.extract("skor 2/1 di babak kedua", "id").stream().noneMatch(e -> e.type() == EntityType.DATE));
    assertTrue(RULES.extract("kode (13/13) salah", "id").stream().noneMatch(e -> e.type() == EntityType.DATE));
    assertTrue(RULES.extract("tanggal 31/2/2024 salah", "id").stream().noneMatch(e -> e.type() == EntityType.DATE));
    // English writes digit dates month first or day first: not read
    assertTrue(RULES.extract("On 10/2/2026 it came", "en").stream().noneMatch(e -> "2026-02-10".equals(e.normalized())));
  }

  @Test
  void separatorsFollowTheLanguageAndNeverSwap() {
    assertEquals(1500.0, only("ada 1.500 warga", "id").value());
    assertEquals(1.5, only("rose 1.500 points", "en").value());
    assertEquals(1500.0, only("some 1,500 people", "en").value());
    assertEquals(2.5, only("naik 2,5 kali", "id").value());
    assertTrue(RULES.extract("rose 2,5 times", "en").stream().noneMatch(e -> Double.valueOf(2.5).equals(e.value())));
    assertEquals(1234567.0, only("Rp 1.234.567", "id").value());
    assertEquals(1234567.0, only("$1,234,567", "en").value());
  }

  @Test
  void undeterminedLanguageReadsTheNumbersShape() {
    assertEquals(2.5, only("x 2,5 y", "und").value());
    assertEquals(3.14, only("x 3.14 y", "und").value());
    assertEquals(1234567.0, only("x 1.234.567 y", "und").value());
    assertEquals(1234567.0, only("x 1,234,567 y", "und").value());
    assertEquals(1234.5, only("x 1.234,5 y", "und").value());
    assertEquals(1234.5, only("x 1,234.5 y", "und").value());
    assertEquals(List.of(), RULES.extract("x 1.500 y", "und"), "1.500 is 1500 or 1.5: not guessed");
    assertEquals(List.of(), RULES.extract("x 1,500 y", "und"), "1,500 is 1500 or 1.5: not guessed");
    assertEquals(12.5, only("turun 12,5 persen", "und").value());
  }

  @Test
  void weekdaysResolveAgainstThePublicationDate() {
    // 2025-03-12 is a Wednesday
    Entity senin = only("Korea Utara pada hari Senin mengonfirmasi", "id", "2025-03-12T08:00:00+07:00");
    assertEquals(EntityType.DATE, senin.type());
    assertEquals("2025-03-10", senin.normalized());
    assertEquals("hari Senin", senin.canonical());
    assertEquals("2025-03-12", only("Rabu ini hujan", "id", "2025-03-12").normalized());
    assertEquals("2025-03-17", only("rapat Senin depan", "id", "2025-03-12").normalized());
    assertEquals("2025-03-07", only("the council on Friday approved", "en", "2025-03-12").normalized());
    assertEquals("2025-03-14", only("the vote next Friday", "en", "2025-03-12").normalized());
    assertEquals(List.of(), RULES.extract("dua minggu lalu", "id", "2025-03-12"), "minggu = week");
    assertEquals("2025-03-09", only("pada hari Minggu", "id", "2025-03-12").normalized());
    assertEquals(List.of(), RULES.extract("pada hari Senin", "id", null), "no publication date, no guess");
  }

  @Test
  void timesOfDayAreNoQuantities() {
    assertEquals(List.of(), RULES.extract("air masuk sekitar pukul 02.00 WIB tadi", "id"));
    assertEquals(List.of(), RULES.extract("the vote closed at 9:30 p.m. sharp", "en"));
    assertEquals(1500.0, only("ada 1.500 warga pada pukul 12.30", "id").value());
  }

  @Test
  void unitAfterAHyphen() {
    Entity e = only("a 40-turbine wind farm", "en");
    assertEquals(40.0, e.value());
    assertEquals("turbine", e.unit());
  }

  @Test
  void unitIsNotAStopWord() {
    Entity e = only("mengirim 500 ke sana", "id");
    assertNull(e.unit());
    assertEquals("500", e.canonical());
  }

  @Test
  void repeatedMeasureMergesIntoOneEntity() {
    List<Entity> found = RULES.extract("Sekitar 4.000 tentara tewas. Lalu 4.000 tentara lagi.", "id");
    assertEquals(1, found.size());
    assertEquals(2, found.get(0).mentions().size());
  }

  @Test
  void hostileDigitRunIsFast() {
    String digits = "1".repeat(2_000_000);
    long start = System.nanoTime();
    RULES.extract(digits + " " + "1.".repeat(200_000), "id");
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "took too long");
  }

  @Test
  void aNumberNeverStartsInsideAGroupedNumberGluedToALetter() {
    // "P3,000" (a currency letter glued to the digits): the tail "000" after the separator is no number of its own
    List<Entity> found = RULES.extract("Farm-gate prices fell to P2,500 per bag, below an expected P3,000 per bag.", "en",
        null);
    assertTrue(found.stream().noneMatch(e -> e.value() != null && (e.value() == 0.0 || e.value() == 500.0)),
        found.toString());
    assertEquals(3000.0, only("The price is 3,000 per bag.", "en").value());
  }

  @Test
  void quantitiesWrittenInWords() {
    Entity tens = only("Tens of thousands of dollars flowed to the campaigns.", "en");
    assertEquals("QUANTITY#10000-dollars", tens.key());
    assertEquals(Boolean.TRUE, tens.approximate());
    assertEquals("QUANTITY#2000000-people", only("Nearly two million people fled.", "en").key());
    assertEquals("QUANTITY#20-soldiers", only("Twenty soldiers were hurt.", "en").key());
    assertEquals("QUANTITY#3000000-orang", only("Sebanyak tiga juta orang mengungsi.", "id").key());
    Entity ribuan = only("Ribuan warga berkumpul di alun-alun.", "id");
    assertEquals("QUANTITY#1000-warga", ribuan.key());
    assertEquals(Boolean.TRUE, ribuan.approximate());
    assertEquals("QUANTITY#1000000-lapangan", only("bisa menciptakan sejuta lapangan pekerjaan", "id").key());
    // small numbers without a scale, and number words without a unit, count things in passing
    assertTrue(RULES.extract("The two leaders met. No one came. One of the three left.", "en").isEmpty());
    assertTrue(RULES.extract("Kedua pemimpin bertemu di Lima, Peru. Tiga di antaranya pulang.", "id").isEmpty());
  }

  @Test
  void everyCallerSharesOneSetOfCompiledRulesAcrossThreads() throws Exception {
    // a fresh instance per caller compiled every pattern again (eval ner did so once per sentence)
    assertTrue(MeasureRules.standard() == RULES);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      String id = "Harga naik 12,5 persen menjadi Rp 2,5 triliun pada Juni 2024.";
      String en = "Prices rose about 40% to $3.5 billion in June 2024.";
      List<java.util.concurrent.Future<List<Entity>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String lang = i % 2 == 0 ? "id" : "en";
        runs.add(pool.submit(() -> MeasureRules.standard().extract(lang.equals("id") ? id : en, lang)));
      }
      List<Entity> expectedId = RULES.extract(id, "id");
      List<Entity> expectedEn = RULES.extract(en, "en");
      assertEquals(3, expectedId.size(), expectedId::toString);
      assertEquals(3, expectedEn.size(), expectedEn::toString);
      for (int i = 0; i < runs.size(); i++) {
        assertEquals(i % 2 == 0 ? expectedId : expectedEn, runs.get(i).get(), "run " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
