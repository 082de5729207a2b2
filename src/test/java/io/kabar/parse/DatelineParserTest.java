package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Dateline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {
  private static final DatelineParser PARSER = DatelineParser.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "Moskow, VIVA – Presiden tiba.|Moskow|VIVA|Presiden tiba.",
      "JAKARTA, KOMPAS.com - Harga naik.|JAKARTA|KOMPAS.com|Harga naik.",
      "JAKARTA, KOMPAS.TV - Harga naik.|JAKARTA|KOMPAS.TV|Harga naik.",
      "SURABAYA, Jawapos.com–Pemerintah kota menutup jalan.|SURABAYA|Jawapos.com|Pemerintah kota menutup jalan.",
      "SURABAYA, Jawapos.com – Pemerintah kota menutup jalan.|SURABAYA|Jawapos.com|Pemerintah kota menutup jalan.",
      "WASHINGTON (Reuters) - The Senate voted.|WASHINGTON|Reuters|The Senate voted.",
      "Jakarta (ANTARA) - Presiden meresmikan jalan tol.|Jakarta|ANTARA|Presiden meresmikan jalan tol.",
      "NEW YORK, March 3 (Reuters) - Stocks rose.|NEW YORK|Reuters|Stocks rose.",
      "JAKARTA, 3 Maret (ANTARA) - Harga naik.|JAKARTA|ANTARA|Harga naik.",
      "LOS ANGELES (AP) — A judge ruled.|LOS ANGELES|AP|A judge ruled.",
      "SPRINGFIELD, Ill. (AP) — It was the dog.|SPRINGFIELD|AP|It was the dog.",
      "RAFAH, Gaza Strip (AP) — More than 20,000 died.|RAFAH|AP|More than 20,000 died.",
      "CLEAR LAKE, Iowa, Dec 23 (Reuters) - Haley has risen.|CLEAR LAKE|Reuters|Haley has risen.",
      "LONDON — Markets fell.|LONDON|null|Markets fell.",
      "ATLANTA -- Federal drug officials warned Georgia.|ATLANTA|null|Federal drug officials warned Georgia.",
      "JEDDAH, Saudi Arabia -- Talks began.|JEDDAH|null|Talks began.",
      "PORTVILLE (Example Wire) - The bridge reopened.|PORTVILLE|Example Wire|The bridge reopened.",
      "Jakarta, CNN Indonesia -- Wakil Presiden menilai.|Jakarta|CNN Indonesia|Wakil Presiden menilai.",
      "JUARA.NET, KUALA LUMPUR - Tim nasional menang.|KUALA LUMPUR|JUARA.NET|Tim nasional menang.",
      "Jakarta (ANTARA News) - Harga naik.|Jakarta|ANTARA News|Harga naik.",
      "JAKARTA (Pos Kota) –Polisi menangkap dua orang.|JAKARTA|Pos Kota|Polisi menangkap dua orang.",
      "Merdeka.com - Polisi menangkap dua orang.|null|Merdeka.com|Polisi menangkap dua orang.",
      "KOMPAS.com - Harga cabai naik lagi.|null|KOMPAS.com|Harga cabai naik lagi.",
      "KOMPAS.com - Harga naik. Pedagang - terutama di pasar - mengeluh.|null|KOMPAS.com|"
          + "Harga naik. Pedagang - terutama di pasar - mengeluh.",
      "Liputan6.com–Harga cabai naik lagi.|null|Liputan6.com|Harga cabai naik lagi.",
      "Detik.co.id -- Harga naik.|null|Detik.co.id|Harga naik.",
      "(Reuters) - The Senate voted on Tuesday.|null|Reuters|The Senate voted on Tuesday.",
      "(ANTARA) - Presiden meresmikan jalan tol - yang dibangun sejak 2019.|null|ANTARA|"
          + "Presiden meresmikan jalan tol - yang dibangun sejak 2019.",
      "(AP) — A judge ruled. Lawyers - both sides - agreed.|null|AP|A judge ruled. Lawyers - both sides - agreed.",
      "(Example Wire) - The bridge reopened.|null|Example Wire|The bridge reopened."})
  void findsAndStripsDatelines(String paragraph, String location, String source, String rest) {
    DatelineParser.Match m = PARSER.parse(paragraph).orElseThrow();
    assertEquals(new Dateline(location, source), m.dateline());
    assertEquals(rest, m.rest());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Presiden Rusia Vladimir Putin berterima kasih kepada pasukan.",
      "The budget - which passed - is large.",
      "Namun, kata dia, pasukan itu sudah pulang.",
      "Jakarta is the capital – and the largest city.",
      "Yesterday, the minister said – without notes – that he would resign.",
      "Yesterday, NASA – the space agency – said the launch slipped.",
      "Kemarin, Presiden Jokowi – didampingi menteri – meresmikan jalan tol.",
      "Kemarin, KPK – lembaga antirasuah – menahan dua orang.",
      "Meanwhile (officials said) - nothing changed.",
      "Meanwhile, Gaza Strip (AP) - nothing changed.",
      "Kemarin, Jakarta Selatan (ANTARA) - banjir surut.",
      "On Tuesday, Sen. Elizabeth Warren (D-Mass.) — a frequent critic — said the bill failed.",
      "In March, President Biden (D) - then a candidate - spoke.",
      "Microsoft, Alphabet (Google) - and Apple - rose.",
      "Tim Cook, Apple CEO (Chief Executive) — said sales grew.",
      "Sri Mulyani, Menteri Keuangan (Menkeu) – mengatakan anggaran cukup.",
      "Budi Santoso, Ketua RT (Rukun Tetangga) - mengatakan warga aman.",
      "Pada Senin, Presiden Jokowi (Jokowi) – meresmikan jalan tol.",
      "FILE - In this photo, a man walks past a store.",
      "The EU - and the UK - agreed.",
      "The Senate - Republicans included - voted.",
      "Jokowi – Presiden Indonesia – meresmikan jalan tol.",
      "Apple - Microsoft - Google: three giants.",
      "Dia – yang datang terlambat – minta maaf.",
      "Summary - The council approved the budget.",
      "Amazon.com - the online retailer - said on Monday it would hire.",
      "Tokopedia.com – salah satu situs belanja – mencatat rekor.",
      "Google.com - Apple.com - Microsoft.com: three sites.",
      "(Update) - The council approved the budget.",
      "(Foto) - Presiden meresmikan jalan tol.",
      "(Foto: ANTARA) - Presiden meresmikan jalan tol.",
      "(ANTARA/Rahmat Hidayat) - Presiden meresmikan jalan tol.",
      "(this story was corrected) - The council approved the budget.",
      "(One Two Three Four Five) - The council approved the budget.",
      "Pelaku (Reuters) tidak - menurut polisi - ditahan.",
      "Merdeka.com - ",
      "PT Toyota - produsen mobil - menaikkan harga.",
      "Kevin - Pemain muda itu mencetak gol.",
      "LONDON — "})
  void leavesOrdinaryParagraphsAlone(String paragraph) {
    assertTrue(PARSER.parse(paragraph).isEmpty(), () -> paragraph + " -> " + PARSER.parse(paragraph));
  }
}
