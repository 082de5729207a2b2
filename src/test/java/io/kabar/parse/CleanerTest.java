package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.analysis.Removal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleanerTest {
  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String BODY = "Warga kota itu menyambut keputusan tersebut dengan gembira.";

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(delimiter = '|', value = {
      "id|Halaman Selanjutnya|PAGINATION",
      "en|Next page|PAGINATION",
      "id|Foto:|PHOTO_CAPTION",
      "id|Photo :|PHOTO_CAPTION",
      "id|(ANTARA/Rahmat Hidayat)|PHOTO_CAPTION",
      "id|Baca juga: Harga beras naik lagi|READ_ALSO",
      "en|Read also: City budget passes|READ_ALSO",
      "en|Read more: Other stories|READ_ALSO",
      "en|ADVERTISEMENT|ADVERTISEMENT",
      "id|SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT",
      "id|KABAR Ekonomi: Harga Beras di Pasar Induk|SECTION_LABEL",
      "en|World News: Floods in the North|SECTION_LABEL",
      "id|(ant/rdn)|EDITOR_INITIALS"})
  void removesBoilerplate(String lang, String line, String reason) {
    Cleaner.Result r = CLEANER.clean(List.of(BODY, line), lang);
    assertEquals(List.of(BODY), r.paragraphs());
    assertEquals(List.of(new Removal(line, reason)), r.removed());
  }

  @Test
  void sentencesWithAColonAreNotSectionLabels() {
    List<String> kept = List.of("Menteri itu berkata: kami akan membangun jalan baru tahun ini.",
        "He said: we will win.", "Short line without colon");
    assertEquals(kept, CLEANER.clean(kept, "id").paragraphs());
  }

  @Test
  void creditLineIsRemovedOnlyAfterAPhotoLine() {
    Cleaner.Result r = CLEANER.clean(List.of("Foto:", "- Arsip Kementerian", BODY, "- a list item stays"), "id");
    assertEquals(List.of(BODY, "- a list item stays"), r.paragraphs());
    assertEquals(List.of(new Removal("Foto:", "PHOTO_CAPTION"), new Removal("- Arsip Kementerian", "PHOTO_CAPTION")),
        r.removed());
  }

  @Test
  void duplicateParagraphKeepsTheFirst() {
    Cleaner.Result r = CLEANER.clean(List.of(BODY, "Another paragraph.", "  warga KOTA itu menyambut keputusan  tersebut dengan gembira."), "id");
    assertEquals(List.of(BODY, "Another paragraph."), r.paragraphs());
    assertEquals("DUPLICATE_PARAGRAPH", r.removed().get(0).reason());
  }

  @Test
  void trailingEditorInitialsAreStrippedFromAParagraph() {
    Cleaner.Result r = CLEANER.clean(List.of(BODY + " (ant/rdn)"), "id");
    assertEquals(List.of(BODY), r.paragraphs());
    assertEquals(List.of(new Removal("(ant/rdn)", "EDITOR_INITIALS")), r.removed());
  }

  @Test
  void undeterminedLanguageAppliesEveryLanguagesRules() {
    Cleaner.Result r = CLEANER.clean(List.of(BODY, "Baca juga: X", "Read also: Y"), "und");
    assertEquals(List.of(BODY), r.paragraphs());
  }

  @Test
  void removedTextIsShortenedTo200Chars() {
    String longDup = "x".repeat(500);
    Cleaner.Result r = CLEANER.clean(List.of(longDup, longDup), "en");
    assertEquals(200, r.removed().get(0).text().length());
  }
}
