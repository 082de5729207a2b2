package io.kabar.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Claim;
import io.kabar.analysis.ClaimKind;
import io.kabar.analysis.Quantity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-counted cases for the claim matching rules. */
class ClaimScoreTest {
  static Claim claim(String text, ClaimKind kind, String speaker, Quantity... qs) {
    return new Claim(text, kind, speaker, null, null, 0, text.length(), List.of(qs), List.of(), 0.5);
  }

  static ClaimGold.Expected gold(String fragment, String kind, String... speakers) {
    return new ClaimGold.Expected(fragment, speakers.length == 0 ? null : List.of(speakers), kind, null);
  }

  @Test
  void normalisationDropsQuotesUnifiesDashesAndSpaces() {
    assertEquals("kami siap - kata dia", ClaimScore.normalize("  “Kami   siap” — kata\nDia "));
    assertEquals("its the ministers plan", ClaimScore.normalize("It’s the minister's plan"));
    assertEquals("makes no sense", ClaimScore.normalize("makes no sense.”"), "the period closing the sentence");
    org.junit.jupiter.api.Assertions.assertTrue(ClaimScore.speakerMatches(List.of("FTC"), "the FTC"));
    org.junit.jupiter.api.Assertions.assertFalse(ClaimScore.speakerMatches(List.of("FTC"), "the SEC"));
  }

  @Test
  void recallPrecisionSpeakerAndKindOnAHandCountedArticle() {
    List<ClaimGold.Expected> expected = List.of(
        gold("harga beras akan turun", "QUOTE", "Menteri Perdagangan Budi", "Budi"),
        gold("inflasi 3 persen", "ATTRIBUTED", "BPS"),
        gold("tidak ada impor", "ATTRIBUTED", "Budi"),
        gold("jalan tol selesai", null, "Gubernur"));
    List<Claim> claims = List.of(
        claim("“Harga  beras akan turun bulan depan,”", ClaimKind.QUOTE, "budi"), // found, speaker ok, kind ok
        claim("harga beras akan turun bulan depan", ClaimKind.QUOTE, "Budi"), // duplicate: wrong
        claim("Inflasi 3 persen tahun ini", ClaimKind.QUOTE, "Badan Pusat Statistik"), // found, speaker no, kind no
        claim("Cuaca cerah", ClaimKind.STATISTIC, null), // matches nothing: wrong
        claim("Jalan tol selesai Juni", ClaimKind.ATTRIBUTED, "Gubernur")); // found, kind not scored
    ClaimScore s = new ClaimScore();
    ClaimScore.ArticleOutcome o = s.add(expected, claims);
    assertEquals(4, s.gold());
    assertEquals(3, s.found());
    assertEquals(0.75, s.recall().orElseThrow(), 1e-9);
    assertEquals(5, s.extracted());
    assertEquals(3, s.correct());
    assertEquals(0.6, s.precision().orElseThrow(), 1e-9);
    assertEquals(2.0 / 3, s.speakerAccuracy().orElseThrow(), 1e-9);
    assertEquals(0.5, s.kindAccuracy().orElseThrow(), 1e-9); // 1 of the 2 found claims with a kind
    assertTrue(s.quantityAccuracy().isEmpty());
    assertEquals(2, o.wrong().size());
    assertEquals(null, o.gold().get(2).match());
  }

  @Test
  void oneClaimHoldingTwoFragmentsIsOneCorrectClaimAndTwoFoundGold() {
    ClaimScore s = new ClaimScore();
    s.add(List.of(gold("naik 5 persen", null), gold("turun 2 persen", null)),
        List.of(claim("Ekspor naik 5 persen dan impor turun 2 persen", ClaimKind.STATISTIC, null)));
    assertEquals(1.0, s.recall().orElseThrow(), 1e-9);
    assertEquals(1.0, s.precision().orElseThrow(), 1e-9);
    assertEquals(1.0, s.speakerAccuracy().orElseThrow(), 1e-9); // no speaker expected, none given
  }

  @Test
  void goldWithoutSpeakerWantsNoSpeaker() {
    assertTrue(ClaimScore.speakerMatches(null, null));
    assertFalse(ClaimScore.speakerMatches(null, "BPS"));
    assertTrue(ClaimScore.speakerMatches(List.of(), null));
    assertFalse(ClaimScore.speakerMatches(List.of(), "BPS"));
    assertTrue(ClaimScore.speakerMatches(List.of(""), null));
    assertFalse(ClaimScore.speakerMatches(List.of("BPS"), null));
    assertFalse(ClaimScore.speakerMatches(List.of("Kim Jong Un"), "Kim"));
  }

  @Test
  void quantityAgreesOnEveryGivenField() {
    ClaimGold.Quantity range = new ClaimGold.Quantity(null, 10000.0, 12000.0, null, null);
    assertTrue(ClaimScore.quantityMatches(range, new Quantity("10.000-12.000", null, 10000.0, 12000.0, null, false)));
    assertFalse(ClaimScore.quantityMatches(range, new Quantity("10.000", 10000.0, null, null, null, false)));
    ClaimGold.Quantity approx = new ClaimGold.Quantity(4000.0, null, null, null, true);
    assertTrue(ClaimScore.quantityMatches(approx, new Quantity("sekitar 4.000", 4000.0, null, null, null, true)));
    assertFalse(ClaimScore.quantityMatches(approx, new Quantity("4.000", 4000.0, null, null, null, false)));
  }

  @Test
  void goldFormatReadsSpeakersKindAndQuantity() throws IOException {
    ClaimGold.Article a = ClaimGold.read("x", Path.of("x.txt"), "{\"language\":\"id\",\"claims\":["
        + "{\"speaker_any\":[\"A\",\"B\"],\"text_contains\":\"t\",\"kind\":\"QUOTE\",\"quantity\":{\"low\":1,\"high\":2}},"
        + "{\"text_contains\":\"u\"}]}");
    assertEquals("id", a.language());
    assertEquals(List.of("A", "B"), a.claims().get(0).speakerAny());
    assertEquals(2.0, a.claims().get(0).quantity().high());
    assertEquals(null, a.claims().get(1).speakerAny());
    assertEquals(null, a.claims().get(1).kind());
  }
}
