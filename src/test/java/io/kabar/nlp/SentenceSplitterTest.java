package io.kabar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

  private static List<String> texts(String text, String lang) {
    List<Sentence> sentences = SPLITTER.split(text, lang);
    for (Sentence s : sentences) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
    return sentences.stream().map(Sentence::text).toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(List.of("Dr. Rina tiba di Jl. Sudirman No. 5 kemarin.", "Ia pergi."),
        texts("Dr. Rina tiba di Jl. Sudirman No. 5 kemarin. Ia pergi.", "id"));
    assertEquals(List.of("Mr. Smith flew to the U.S. on Monday.", "He left."),
        texts("Mr. Smith flew to the U.S. on Monday. He left.", "en"));
  }

  @Test
  void aPersonsInitialDoesNotEndASentenceButALetterBeforeAFunctionWordDoes() {
    assertEquals(List.of("He met George W. Bush in Texas.", "Taraji P. Henson came.", "So did George H. W. Bush."),
        texts("He met George W. Bush in Texas. Taraji P. Henson came. So did George H. W. Bush.", "en"));
    assertEquals(List.of("I was in Plan B.", "Then it rained.", "Vitamin C.", "The end."),
        texts("I was in Plan B. Then it rained. Vitamin C. The end.", "en"));
    assertEquals(List.of("It causes hepatitis B.", "Researchers found more.", "Stephen I. Vladeck agreed."),
        texts("It causes hepatitis B. Researchers found more. Stephen I. Vladeck agreed.", "en"));
    assertEquals(List.of("Patients with Hepatitis B.", "Researchers said so.", "They are in Group E.", "Croatia won."),
        texts("Patients with Hepatitis B. Researchers said so. They are in Group E. Croatia won.", "en"));
    assertEquals(List.of("J.K. Rowling wrote it.", "He met George H.W. Bush and B.B. King."),
        texts("J.K. Rowling wrote it. He met George H.W. Bush and B.B. King.", "en"));
    assertEquals(List.of("Indonesia tergabung di Grup A.", "Timnas akan main."),
        texts("Indonesia tergabung di Grup A. Timnas akan main.", "id"));
    assertEquals(List.of("Susilo B. Yudhoyono tiba.", "Ia pergi ke Blok A.", "Dia pulang."),
        texts("Susilo B. Yudhoyono tiba. Ia pergi ke Blok A. Dia pulang.", "id"));
  }

  @Test
  void spacedInitialsDoNotEndASentenceButALoneLetterAfterALowerCaseWordDoes() {
    assertEquals(List.of("He met J. R. R. Tolkien there.", "J. R. R. Tolkien wrote it."),
        texts("He met J. R. R. Tolkien there. J. R. R. Tolkien wrote it.", "en"));
    assertEquals(List.of("He has hepatitis B.", "U.S. officials said so.", "The film is rated R.",
        "Warner Bros said so."),
        texts("He has hepatitis B. U.S. officials said so. The film is rated R. Warner Bros said so.", "en"));
    assertEquals(List.of("Ia bergolongan darah O.", "Rumah Sakit Cipto menolak."),
        texts("Ia bergolongan darah O. Rumah Sakit Cipto menolak.", "id"));
  }

  @Test
  void quotesAndParagraphsEndSentences() {
    String text = "Ia berkata \"kami menang.\" Rusia membantah.\n\nParagraf kedua tanpa titik\n\nKetiga.";
    assertEquals(List.of("Ia berkata \"kami menang.\"", "Rusia membantah.", "Paragraf kedua tanpa titik", "Ketiga."),
        texts(text, "id"));
  }

  @Test
  void emptyTextHasNoSentences() {
    assertEquals(List.of(), texts("", "en"));
    assertEquals(List.of(), texts("   \n\n  ", "en"));
  }
}
