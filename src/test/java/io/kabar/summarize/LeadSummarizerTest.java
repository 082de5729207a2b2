package io.kabar.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Claim;
import io.kabar.analysis.ClaimKind;
import io.kabar.analysis.Summary;
import io.kabar.nlp.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadSummarizerTest {
  private static final LeadSummarizer SUMMARIZER = new LeadSummarizer(SentenceSplitter.standard());
  private static final String TEXT = "Banjir melanda kota itu semalam. Oke.\n\n"
      + "Sekitar 1.200 warga harus mengungsi ke sekolah. Wali kota meninjau lokasi pagi ini.\n\n"
      + "Hujan diperkirakan berlanjut sampai pekan depan.";

  private static Claim claim(String text, String speaker, double score) {
    return new Claim(text, ClaimKind.ATTRIBUTED, speaker, null, "kata", 0, 1, List.of(), List.of(), score);
  }

  @Test
  void firstThreeSentencesOfFourWordsOrMore() {
    Summary s = SUMMARIZER.summarize(TEXT, "id", "Banjir besar", List.of());
    assertEquals(List.of("Banjir melanda kota itu semalam.", "Sekitar 1.200 warga harus mengungsi ke sekolah.",
        "Wali kota meninjau lokasi pagi ini."), s.sentences());
    assertEquals("Banjir besar", s.headline());
    assertEquals(List.of(), s.keyPoints());
  }

  @Test
  void headlineFallsBackToTheFirstSentenceCutTo15Words() {
    String longFirst = "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas empat belas lima belas enam belas.";
    Summary s = SUMMARIZER.summarize(longFirst, "id", null, List.of());
    assertEquals(15, s.headline().replace("…", "").split(" ").length);
    assertTrue(s.headline().endsWith("…"));
    String longTitle = "kata ".repeat(16).strip();
    assertTrue(SUMMARIZER.summarize(TEXT, "id", longTitle, List.of()).headline().startsWith("Banjir melanda"));
  }

  @Test
  void keyPointsAreTheMostCheckworthyClaims() {
    List<Claim> claims = List.of(claim("a", null, 0.3), claim("b", "Kim", 0.9), claim("c", null, 0.6),
        claim("x".repeat(300), "Rina", 0.8));
    Summary s = SUMMARIZER.summarize(TEXT, "id", null, claims);
    assertEquals(3, s.keyPoints().size());
    assertEquals("Kim: b", s.keyPoints().get(0));
    assertTrue(s.keyPoints().get(1).startsWith("Rina: xxx"));
    assertEquals(200, s.keyPoints().get(1).length());
    assertEquals("c", s.keyPoints().get(2));
  }

  @Test
  void emptyTextGivesAnEmptySummary() {
    Summary s = SUMMARIZER.summarize("", "und", null, List.of());
    assertEquals(List.of(), s.sentences());
    assertEquals("", s.headline());
  }
}
