package io.kabar.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Summary;
import io.kabar.nlp.SentenceSplitter;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankedSummarizerTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();
  private final RankedSummarizer summarizer = new RankedSummarizer(SPLITTER, RankedSummarizer.DEFAULT, 3);
  private final RankedSummarizer budgeted = new RankedSummarizer(SPLITTER);

  private static String article(int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      sb.append("Pemerintah kota ").append(i).append(" mengumumkan anggaran baru untuk sekolah dan jalan ")
          .append(i * 7).append(" kilometer. ");
      if (i % 3 == 2) {
        sb.append("\n\n");
      }
    }
    return sb.toString().strip();
  }

  @Test
  void picksThreeWholeSentencesInTextOrder() {
    String text = article(12);
    Summary s = summarizer.summarize(text, "id", null, List.of());
    assertEquals(3, s.sentences().size());
    int last = -1;
    for (String sentence : s.sentences()) {
      int at = text.indexOf(sentence);
      assertTrue(at > last, sentence);
      assertTrue(sentence.endsWith("."), "whole sentence: " + sentence);
      last = at;
    }
  }

  @Test
  void shortTextIsReturnedWhole() {
    Summary s = summarizer.summarize("Satu dua tiga empat lima. Enam tujuh delapan sembilan sepuluh.", "id", null,
        List.of());
    assertEquals(2, s.sentences().size());
  }

  @Test
  void sentenceCountIsConfigurable() {
    RankedSummarizer five = new RankedSummarizer(SPLITTER, RankedSummarizer.DEFAULT, 5);
    assertEquals(5, five.summarize(article(20), "id", null, List.of()).sentences().size());
  }

  @Test
  void lengthIsConfiguredByEnvironment() {
    String text = article(20); // sentences of 10-11 words: the 65-word budget takes more than three
    assertEquals(budgeted.summarize(text, "id", null, List.of()).sentences(),
        RankedSummarizer.configured(SPLITTER, java.util.Map.of()).summarize(text, "id", null, List.of()).sentences());
    assertTrue(budgeted.summarize(text, "id", null, List.of()).sentences().size() > 3);
    assertEquals(3, RankedSummarizer.configured(SPLITTER, java.util.Map.of(RankedSummarizer.WORDS_ENV, "0"))
        .summarize(text, "id", null, List.of()).sentences().size());
    assertEquals(2, RankedSummarizer.configured(SPLITTER, java.util.Map.of(RankedSummarizer.WORDS_ENV, "0",
        RankedSummarizer.SENTENCES_ENV, "2")).summarize(text, "id", null, List.of()).sentences().size());
    IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> RankedSummarizer.configured(SPLITTER, java.util.Map.of(RankedSummarizer.WORDS_ENV, "-5")));
    assertTrue(bad.getMessage().contains(RankedSummarizer.WORDS_ENV), bad.getMessage());
  }

  private static int words(List<String> sentences) {
    return sentences.stream().mapToInt(x -> x.strip().split("\\s+").length).sum();
  }

  @Test
  void defaultLengthFollowsTheWordBudgetNotASentenceCount() {
    // short sentences (~11 words): more of them; long ones (~30 words): fewer
    List<String> shortOnes = budgeted.summarize(article(20), "id", null, List.of()).sentences();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append("Pemerintah kota ").append(i).append(" mengumumkan anggaran baru untuk sekolah, jalan, jembatan, pasar,")
          .append(" rumah sakit, taman, perpustakaan, terminal, pelabuhan, bandara dan saluran air sepanjang ")
          .append(i * 7).append(" kilometer yang akan dibangun mulai tahun depan oleh kontraktor lokal.\n\n");
    }
    List<String> longOnes = budgeted.summarize(sb.toString(), "id", null, List.of()).sentences();
    assertTrue(shortOnes.size() > longOnes.size(), shortOnes.size() + " vs " + longOnes.size());
    assertTrue(shortOnes.size() <= RankedSummarizer.MAX_SENTENCES);
    for (List<String> s : List.of(shortOnes, longOnes)) {
      int longest = s.stream().mapToInt(x -> x.strip().split("\\s+").length).max().orElseThrow();
      // overshoot <= SLACK/(1+SLACK) x the last sentence, so below the longest one
      assertTrue(words(s) - RankedSummarizer.WORD_BUDGET <= longest, s.toString());
    }
  }

  @Test
  void mmrAvoidsARepeatedSentence() {
    String repeated = "Presiden mengumumkan kenaikan anggaran pendidikan sebesar sepuluh persen tahun ini.";
    String text = repeated + "\n\n" + repeated + "\n\nHujan deras melanda ibu kota pada malam hari.\n\n"
        + "Para petani menyambut baik harga pupuk yang turun bulan ini.\n\n"
        + "Pertandingan final akan digelar di stadion utama pekan depan.";
    Summary s = new RankedSummarizer(SPLITTER, new RankedSummarizer.Weights(1, 1, 0, 0, 0, 0, 0.5), 3, false)
        .summarize(text, "id", null, List.of());
    assertEquals(3, new HashSet<>(s.sentences()).size(), s.sentences().toString());
  }

  @Test
  void fragmentsAreNotCandidates() {
    Summary s = summarizer.summarize("Baca juga.\n\n" + article(6), "id", null, List.of());
    assertFalse(s.sentences().contains("Baca juga."));
  }

  @Test
  void longDocumentStillYieldsThreeSentences() {
    assertEquals(3, summarizer.summarize(article(10_000), "id", null, List.of()).sentences().size());
  }

  @Test
  void stemmerStripsLongestSuffixKeepingFourLetters() {
    List<String> suffixes = List.of("nya", "kan", "an");
    assertEquals("rumah", RankedSummarizer.stem("rumahnya", suffixes));
    assertEquals("makan", RankedSummarizer.stem("makan", suffixes)); // stem "m" would be too short
    assertEquals("laku", RankedSummarizer.stem("lakukan", suffixes));
  }

  @Test
  void datelineCueIsADashAmongTheFirstWords() {
    assertTrue(RankedSummarizer.dateline("Jakarta (ANTARA News) - Presiden mengumumkan"));
    assertFalse(RankedSummarizer.dateline("Presiden mengumumkan anggaran baru untuk tahun depan"));
  }

  @Test
  void modelFileNamesTheComputedFeatures() {
    // the shipped model names exactly the features the code computes, plus the bias
    var rows = io.kabar.nlp.DataFiles.rows("io/kabar/summarize/ranker-id.txt");
    assertEquals(RankedSummarizer.FEATURES.size() + 1, rows.size());
    for (int i = 0; i < RankedSummarizer.FEATURES.size(); i++) {
      assertEquals(RankedSummarizer.FEATURES.get(i), rows.get(i)[0]);
    }
  }
}
