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
    List<Entity> found = RULES.extract(text, lang);
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
}
