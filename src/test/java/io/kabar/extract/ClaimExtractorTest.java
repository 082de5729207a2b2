package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Claim;
import io.kabar.analysis.ClaimKind;
import io.kabar.analysis.Entity;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();
  private static final ClaimExtractor CLAIMS = ClaimExtractor.standard();

  static List<Claim> claims(String text, String lang) {
    List<Sentence> sentences = SPLITTER.split(text, lang);
    List<Entity> entities = new ArrayList<>(EntityExtractor.standard().extract(text, sentences, lang, null));
    entities.addAll(MeasureRules.standard().extract(text, lang));
    List<Claim> claims = CLAIMS.extract(text, sentences, lang, entities);
    for (Claim c : claims) {
      assertTrue(c.start() >= 0 && c.end() <= text.length() && c.start() < c.end());
      assertTrue(c.checkworthiness() > 0 && c.checkworthiness() <= 1);
    }
    return claims;
  }

  @Test
  void speakerFirst() {
    Claim c = claims("Menteri Keuangan Budi Santoso mengatakan bahwa pajak akan turun tahun depan.", "id").get(0);
    assertEquals(ClaimKind.ATTRIBUTED, c.kind());
    assertEquals("Menteri Keuangan Budi Santoso", c.speaker());
    assertEquals("mengatakan", c.cue());
    assertEquals("pajak akan turun tahun depan", c.text());
    assertEquals(0.7, c.checkworthiness()); // 0.3 + speaker 0.2 + change (turun) 0.1 + future (akan) 0.1
  }

  @Test
  void speakerAfterCommaWithTimeAdverbialCut() {
    Claim c = claims("Pada hari Senin, Rina Susanti pada rapat itu menegaskan jalan akan dibuka.", "id").get(0);
    assertEquals("Rina Susanti", c.speaker());
    assertEquals("PERSON#rina-susanti", c.speakerKey());
    assertEquals("jalan akan dibuka", c.text());
  }

  @Test
  void invertedQuote() {
    Claim c = claims("Gubernur Andi Wijaya meninjau lokasi. \"Kami akan membangun tanggul,\" kata Andi.", "id").get(0);
    assertEquals(ClaimKind.QUOTE, c.kind());
    assertEquals("Kami akan membangun tanggul", c.text());
    assertEquals("Andi", c.speaker());
    assertEquals("PERSON#andi-wijaya", c.speakerKey());
    assertEquals(0.8, c.checkworthiness()); // 0.3 + speaker 0.2 + quote 0.2 + future (akan) 0.1
  }

  @Test
  void englishInvertedCurlyQuote() {
    Claim c = claims("“We kept our promise,” said Mayor Alice Moreno.", "en").get(0);
    assertEquals(ClaimKind.QUOTE, c.kind());
    assertEquals("We kept our promise", c.text());
    assertTrue(c.speaker().contains("Alice Moreno"), c.speaker());
  }

  @Test
  void menurutPrefix() {
    Claim c = claims("Menurut Badan Pusat Statistik, inflasi naik 2,5 persen.", "id").get(0);
    assertEquals("Badan Pusat Statistik", c.speaker());
    assertEquals("menurut", c.cue());
    assertEquals("inflasi naik 2,5 persen", c.text());
    assertEquals(1, c.quantities().size());
    assertEquals(2.5, c.quantities().get(0).value());
    assertEquals(0.9, c.checkworthiness()); // 0.3 + number 0.3 + speaker 0.2 + change (naik) 0.1
  }

  @Test
  void listSpeakerStaysWhole() {
    Claim c = claims("Dikutip dari laman Example Post, Pejabat intelijen Jepang, Korea Selatan, dan Filipina "
        + "mengatakan kapal itu membawa 10.000-12.000 ton beras.", "id").get(0);
    assertEquals("Pejabat intelijen Jepang, Korea Selatan, dan Filipina", c.speaker());
    assertEquals(10000.0, c.quantities().get(0).low());
    assertEquals(12000.0, c.quantities().get(0).high());
  }

  @Test
  void numberWithoutCueIsAStatistic() {
    Claim c = claims("Sekitar 1.200 warga mengungsi akibat banjir.", "id").get(0);
    assertEquals(ClaimKind.STATISTIC, c.kind());
    assertNull(c.speaker());
    assertEquals(0.7, c.checkworthiness()); // 0.3 + number 0.3 + hedge (sekitar) 0.1
  }

  @Test
  void negatedCueAndPlainSentencesGiveNoClaim() {
    assertEquals(List.of(), claims("Pemerintah tidak menyebutkan alasan keputusan itu. Warga tetap tenang.", "id"));
  }

  @Test
  void duplicatesAreReportedOnce() {
    String s = "Kim mengatakan bahwa monumen akan didirikan.";
    assertEquals(1, claims(s + "\n\n" + s, "id").size());
  }

  @Test
  void quoteOverTwoSentencesAndTwoParagraphsIsOneClaim() {
    List<Claim> cs = claims("Walikota Sari Utami berbicara di balai kota.\n\n\"Jalan ini akan selesai Juni. "
        + "Kami sudah menyiapkan dananya.\n\n\"Warga tidak perlu khawatir,\" kata Sari.", "id");
    List<Claim> quotes = cs.stream().filter(c -> c.kind() == ClaimKind.QUOTE).toList();
    assertEquals(1, quotes.size(), cs.toString());
    assertTrue(quotes.get(0).text().contains("Jalan ini akan selesai Juni"), quotes.get(0).text());
    assertTrue(quotes.get(0).text().contains("Warga tidak perlu khawatir"), quotes.get(0).text());
    assertEquals("Sari", quotes.get(0).speaker());
  }

  @Test
  void appositiveSpeakerBeforeTheCueIsKeptWhole() {
    Claim c = claims("Kepala Dinas Pertanian Jawa Timur, Hadi Prasetyo, mengatakan panen padi naik tahun ini.", "id")
        .get(0);
    assertEquals("Kepala Dinas Pertanian Jawa Timur, Hadi Prasetyo", c.speaker());
    assertEquals("panen padi naik tahun ini", c.text());
  }

  @Test
  void cliticAndPronounSpeakersResolveToTheLastPerson() {
    List<Claim> cs = claims("Menteri Pertanian Joko Susilo meninjau sawah di Karawang. \"Panen tahun ini bagus,\" "
        + "ujarnya. Ia mengatakan bahwa harga gabah akan stabil.", "id");
    assertEquals(2, cs.size(), cs.toString());
    assertTrue(cs.get(0).speaker().contains("Joko Susilo"), cs.get(0).speaker());
    assertTrue(cs.get(1).speakerKey().startsWith("PERSON#"), cs.get(1).speakerKey());
    assertEquals(cs.get(0).speakerKey(), cs.get(1).speakerKey());
    assertEquals("harga gabah akan stabil", cs.get(1).text());
  }

  @Test
  void quoteThenSpeakerThenCueAndTrailingAttribution() {
    List<Claim> cs = claims("\"We will not raise fares this year,\" transit director Ellen Park said. "
        + "Ridership fell 12 percent last year, the agency said on Monday.", "en");
    assertEquals("transit director Ellen Park", cs.get(0).speaker());
    assertEquals(ClaimKind.QUOTE, cs.get(0).kind());
    assertEquals("Ridership fell 12 percent last year", cs.get(1).text());
    assertEquals("the agency", cs.get(1).speaker());
  }

  @Test
  void invertedCueAfterACommaTakesTheSpeakerAfterIt() {
    Claim c = claims("Harga cabai akan turun pekan depan, kata Ketua Asosiasi Pedagang Pasar, Rudi Hartono.", "id").get(0);
    assertEquals("Ketua Asosiasi Pedagang Pasar, Rudi Hartono", c.speaker());
    assertEquals("Harga cabai akan turun pekan depan", c.text());
  }

  @Test
  void aStandaloneQuoteAfterAnAttributedQuoteContinuesItsSpeaker() {
    List<Claim> cs = claims("\"The plant opens in May,\" said Maria Gomez, the plant manager. \"We have hired "
        + "200 workers already.\"", "en");
    assertEquals(2, cs.size(), cs.toString());
    assertEquals(cs.get(0).speaker(), cs.get(1).speaker());
    assertEquals(ClaimKind.QUOTE, cs.get(1).kind());
  }

  @Test
  void aPronounSkipsATagInParenthesesAfterTheName() {
    List<Claim> cs = claims("Senator Laura Bennett (D-Ore.) praised the bill on Monday. \"It protects workers,\" she said.",
        "en");
    Claim quote = cs.stream().filter(c -> c.kind() == ClaimKind.QUOTE).findFirst().orElseThrow();
    assertTrue(quote.speaker() != null && quote.speaker().contains("Bennett"), cs.toString());
  }

  @Test
  void aQuotedFragmentInsideReportedSpeechIsAttributedButAMostlyQuotedClaimStaysAQuote() {
    Claim fragment = claims("Mayor Anna Clarke said the plan was \"dead on arrival\" and would be withdrawn before the "
        + "vote in March.", "en").get(0);
    assertEquals(ClaimKind.ATTRIBUTED, fragment.kind());
    assertTrue(fragment.text().startsWith("the plan was"), fragment.text());
    assertTrue(fragment.text().contains("withdrawn before the vote"), fragment.text());
    Claim quote = claims("Menteri Budi Santoso mengatakan bahwa tanggul itu untuk \"melindungi ribuan rumah warga dari "
        + "banjir rob yang datang setiap tahun.\"", "id").get(0);
    assertEquals(ClaimKind.QUOTE, quote.kind());
    assertTrue(quote.text().startsWith("melindungi ribuan rumah"), quote.text());
  }

  @Test
  void aParticipleAfterACommaGivesASecondClaimOfTheSameSpeaker() {
    List<Claim> cs = claims("Transit director Paul Whitfield said ridership has recovered, adding that the agency is "
        + "short of drivers.", "en");
    assertEquals(2, cs.size(), cs.toString());
    assertEquals("ridership has recovered", cs.get(0).text());
    assertEquals("the agency is short of drivers", cs.get(1).text());
    assertEquals(cs.get(0).speaker(), cs.get(1).speaker());
    assertEquals(ClaimKind.ATTRIBUTED, cs.get(1).kind());

    List<Claim> id = claims("Kepala Dinas Rina Marlina mengatakan anggaran mencapai Rp 65 miliar, seraya menambahkan "
        + "bahwa pembangunan rampung dalam 14 bulan.", "id");
    assertEquals(2, id.size(), id.toString());
    assertEquals("pembangunan rampung dalam 14 bulan", id.get(1).text());
    assertEquals(id.get(0).speaker(), id.get(1).speaker());
  }

  @Test
  void aParticipleWithoutAReportingVerbTakesTheSentenceSubjectAndCanCarryAQuote() {
    List<Claim> cs = claims("Mayor Linda Osei vowed to protect the night routes, saying: \"Nobody should have to walk "
        + "home at midnight.\"", "en");
    assertEquals(1, cs.size(), cs.toString());
    assertEquals(ClaimKind.QUOTE, cs.get(0).kind());
    assertEquals("Mayor Linda Osei", cs.get(0).speaker());
    assertEquals("Nobody should have to walk home at midnight", cs.get(0).text());
  }

  @Test
  void menurutnyaIsAPrefixWhoseSpeakerIsTheLastPerson() {
    List<Claim> cs = claims("Wakil Ketua DPRD Agus Salim hadir dalam rapat itu. Apalagi, menurutnya biaya sewa kios sudah "
        + "tidak naik selama lima tahun.", "id");
    Claim c = cs.stream().filter(x -> x.text().contains("biaya sewa kios")).findFirst().orElseThrow();
    assertEquals(ClaimKind.ATTRIBUTED, c.kind());
    assertTrue(c.speaker() != null && c.speaker().contains("Agus Salim"), cs.toString());
    assertTrue(c.text().startsWith("biaya sewa kios"), c.text());
  }

  @Test
  void aCueWordAfterAnArticleIsANounAndTheParticipleTakesTheSubject() {
    List<Claim> cs = claims("But Okafor dismissed the claim, saying that prices would have dropped by now.", "en");
    assertEquals(1, cs.size(), cs.toString());
    assertEquals("Okafor", cs.get(0).speaker());
    assertEquals("prices would have dropped by now", cs.get(0).text());
  }

  @Test
  void aNegationInsideTheQuoteDoesNotCancelTheCueAfterIt() {
    List<Claim> cs = claims("\"Ada yang cukup, ada yang tidak,\" kata Jusuf Hamid.", "id");
    assertEquals(1, cs.size(), cs.toString());
    assertEquals(ClaimKind.QUOTE, cs.get(0).kind());
    assertEquals("Jusuf Hamid", cs.get(0).speaker());
    assertTrue(claims("Pemerintah tidak mengatakan apa pun soal itu.", "id").isEmpty());
  }

  @Test
  void aParentheticalAttributionJoinsTheClaimAroundIt() {
    Claim id = claims("Kenaikan tarif air, kata Rahmat Hidayat, harus ditunda sampai musim kemarau berakhir.", "id").get(0);
    assertEquals("Rahmat Hidayat", id.speaker());
    assertEquals("Kenaikan tarif air harus ditunda sampai musim kemarau berakhir", id.text());
    Claim en = claims("The new line, Okafor said, will open before the end of the year.", "en").get(0);
    assertEquals("Okafor", en.speaker());
    assertEquals("The new line will open before the end of the year", en.text());
  }

  @Test
  void aLongAppositionLeavesTheNameAndARelativeClauseLeavesTheOpeningName() {
    Claim quote = claims("\"Fares must not rise again,\" Rosa Delgado, the Queens Democrat who has fought every fare "
        + "increase since 2019, said after the meeting.", "en").get(0);
    assertEquals("Rosa Delgado", quote.speaker());
    Claim tagged = claims("Sen. Aaron Pike (D-Ill.), who sits on the transport panel, also said that the city could "
        + "apply for a grant.", "en").get(0);
    assertEquals("Sen. Aaron Pike (D-Ill.)", tagged.speaker());
    assertEquals("the city could apply for a grant", tagged.text());
  }

  @Test
  void asReportedByIsAPrefixAndTulisIsAnInvertedCue() {
    Claim cited = claims("Seperti dikutip harian Suara Kota, sebagian kios belum memiliki saluran air.", "id").get(0);
    assertEquals("harian Suara Kota", cited.speaker());
    assertEquals("sebagian kios belum memiliki saluran air", cited.text());
    Claim wrote = claims("\"Pindah boleh, asal pembeli tidak hilang,\" tulis Agus Salim di media sosial.", "id").get(0);
    assertEquals(ClaimKind.QUOTE, wrote.kind());
    assertEquals("Agus Salim", wrote.speaker());
  }

  @Test
  void aPassiveReportTakesItsSpeakerAfterBy() {
    Claim c = claims("Talks broke down on Friday, a development first reported by the Riverside Ledger.", "en").get(0);
    assertEquals("the Riverside Ledger", c.speaker());
    assertEquals("Talks broke down on Friday", c.text());
  }

  @Test
  void partialQuoteAfterTheReportersWordsIsReportedSpeechOfTheSpeakerBeforeTheCue() {
    Claim c = claims("Senator Ann Lee, a critic of the plan, said the proposal “makes absolutely no sense.”", "en").get(0);
    assertEquals(ClaimKind.ATTRIBUTED, c.kind(), "a lower-case quotation continuing the reporter's sentence");
    assertTrue(c.speaker().startsWith("Senator Ann Lee"), c.speaker());
    assertTrue(c.text().contains("makes absolutely no sense"), c.text());
    // a whole quoted sentence after "said" stays a quote
    Claim whole = claims("Senator Ann Lee said: “The proposal makes no sense, and we will fight it.”", "en").get(0);
    assertEquals(ClaimKind.QUOTE, whole.kind());
  }

  @Test
  void speakerDoesNotSpanASemicolonAndPassiveBeliefNamesNoSpeaker() {
    List<Claim> cs = claims("The agreements are believed to depress wages; their defenders say they protect trade secrets.",
        "en");
    assertEquals(1, cs.size(), cs.toString());
    assertTrue(cs.get(0).speaker().endsWith("defenders"), cs.get(0).speaker());
    assertEquals("they protect trade secrets", cs.get(0).text());
    // with "by", the passive names its speaker
    Claim by = claims("Costs will double next year, as was reported by the Harbor Council.", "en").get(0);
    assertTrue(by.speaker() != null && by.speaker().contains("Harbor Council"), String.valueOf(by.speaker()));
  }

  @Test
  void aVaguePluralAloneIsNoStatisticButAnExactNumberWordIs() {
    assertTrue(claims("Ratusan nelayan tidak melaut selama sepekan.", "id").isEmpty());
    List<Claim> exact = claims("Harga cabai naik sepuluh kali lipat dalam sebulan.", "id");
    assertEquals(1, exact.size(), exact.toString());
    assertEquals(ClaimKind.STATISTIC, exact.get(0).kind());
    assertEquals(10.0, exact.get(0).quantities().get(0).value());
  }

  @Test
  void aRoleCutShortByAStopWordLeavesTheName() {
    Claim c = claims("Professor Samuel Ito, a criminologist at Eastbrook University, said burglaries had fallen.", "en").get(0);
    assertEquals("Professor Samuel Ito", c.speaker(), "not the inverted '…, said burglaries': 'had' makes a clause");
    assertEquals("burglaries had fallen", c.text());
    assertEquals("police", claims("The fire was set on purpose, said police.", "en").get(0).speaker());
    Claim whole = claims("Rina Susanti, juru bicara kementerian, mengatakan jalan akan dibuka.", "id").get(0);
    assertEquals("Rina Susanti, juru bicara kementerian", whole.speaker(), "a whole role stays");
  }

  @Test
  void aSpeakerTheTaggerMissedIsLinkedByNameAndWinsThePronounThatFollows() {
    String text = "Governor Kathy Hochul vetoed the bill on Friday.\n\n\"It was a bad deal,\" Senator Sean Ryan said.\n\n"
        + "In a memo, Hochul said firms had legitimate interests. She said she was open to a narrower law.";
    int hochul = text.indexOf("Kathy Hochul");
    int ryan = text.indexOf("Sean Ryan");
    // the tagger found the first mentions only, not the "Hochul" of the memo sentence
    List<Entity> entities = List.of(
        Entity.named("PERSON#kathy-hochul", io.kabar.analysis.EntityType.PERSON, "Kathy Hochul", List.of("Hochul"), 1,
            List.of(new io.kabar.analysis.Mention("Kathy Hochul", hochul, hochul + 12))),
        Entity.named("PERSON#sean-ryan", io.kabar.analysis.EntityType.PERSON, "Sean Ryan", List.of(), 1,
            List.of(new io.kabar.analysis.Mention("Sean Ryan", ryan, ryan + 9))));
    List<Claim> cs = CLAIMS.extract(text, SPLITTER.split(text, "en"), "en", entities);
    Claim memo = cs.stream().filter(c -> c.text().contains("legitimate interests")).findFirst().orElseThrow();
    assertEquals("PERSON#kathy-hochul", memo.speakerKey());
    Claim open = cs.stream().filter(c -> c.text().contains("narrower law")).findFirst().orElseThrow();
    assertEquals("PERSON#kathy-hochul", open.speakerKey(), "she: the person quoted last, not the last tagged name");
  }
}
