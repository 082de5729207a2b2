package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Removal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CleanerTest {
  private static final Cleaner CLEANER = Cleaner.standard();
  private static final String BODY = "Warga kota itu menyambut keputusan tersebut dengan gembira.";
  private static final String EN_BODY = "Residents of the city welcomed the decision on Monday.";

  /** One line of each kind of boilerplate, after a body paragraph, is removed with its reason. */
  @ParameterizedTest(name = "[{0}] {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "id|Halaman Selanjutnya|PAGINATION",
      "id|Halaman 2|PAGINATION",
      "id|Halaman 2 dari 3|PAGINATION",
      "en|Next page|PAGINATION",
      "en|Page 2 of 3|PAGINATION",
      "id|Foto:|PHOTO_CAPTION",
      "id|Photo :|PHOTO_CAPTION",
      "id|FOTO: ANTARA/Rahmat Hidayat|PHOTO_CAPTION",
      "id|(ANTARA/Rahmat Hidayat)|PHOTO_CAPTION",
      "en|(Reuters/Jane Doe)|PHOTO_CAPTION",
      "en|Jason Merritt/Getty Images|PHOTO_CAPTION",
      "en|Getty Images|PHOTO_CAPTION",
      "en|AFP via Getty Images|PHOTO_CAPTION",
      "en|Credit: Jason Merritt/Getty Images|PHOTO_CAPTION",
      "id|Baca juga: Harga beras naik lagi|READ_ALSO",
      "id|Baca Juga|READ_ALSO",
      "id|BACA JUGA: Banjir di Bekasi|READ_ALSO",
      "id|Simak juga: Video banjir Bekasi|READ_ALSO",
      "id|Lihat juga: Daftar harga BBM|READ_ALSO",
      "en|Read also: City budget passes|READ_ALSO",
      "en|Read more: Other stories|READ_ALSO",
      "en|Related: Floods hit the north|READ_ALSO",
      "en|Related Articles|READ_ALSO",
      "en|You May Also Like|READ_ALSO",
      "en|ADVERTISEMENT|ADVERTISEMENT",
      "en|Advertisement|ADVERTISEMENT",
      "id|Iklan|ADVERTISEMENT",
      "id|SCROLL TO CONTINUE WITH CONTENT|ADVERTISEMENT",
      "id|Scroll untuk melanjutkan|ADVERTISEMENT",
      "en|Story continues below advertisement|ADVERTISEMENT",
      "id|(ant/rdn)|EDITOR_INITIALS",
      "id|(*)|EDITOR_INITIALS",
      "id|(jpnn)|EDITOR_INITIALS",
      "id|Editor: Budi Santoso|BYLINE",
      "id|Penulis: Rina Susanti|BYLINE",
      "id|Reporter: Ahmad Yani|BYLINE",
      "en|Editor: Jane Doe|BYLINE",
      "en|Share this article|SHARE_PROMPT",
      "en|Share this:|SHARE_PROMPT",
      "en|Click to share on X (Opens in new window)|SHARE_PROMPT",
      "en|Follow us on Twitter|SHARE_PROMPT",
      "id|Bagikan:|SHARE_PROMPT",
      "id|Ikuti berita terkini di Google News|SHARE_PROMPT",
      "en|Sign up for our daily newsletter|SUBSCRIBE_PROMPT",
      "en|Subscribe to our weekly updates|SUBSCRIBE_PROMPT",
      "en|Copyright © 2024 Example Media. All rights reserved.|COPYRIGHT",
      "en|© 2023 Science Network|COPYRIGHT",
      "en|Example Media Group. All rights reserved.|COPYRIGHT",
      "en|Leave a Reply Cancel reply|COMMENT_PROMPT",
      "en|No Comments|COMMENT_PROMPT",
      "en|Share this -|SHARE_PROMPT",
      "en|Facebook Twitter Email|SHARE_PROMPT",
      "id|Facebook • X • WhatsApp|SHARE_PROMPT",
      "en|< back to top|NAVIGATION",
      "en|In This Article|NAVIGATION",
      "id|Daftar Isi|NAVIGATION",
      "en|COMMENTARY 6 min read|READING_TIME",
      "id|Waktu baca 3 menit|READING_TIME"})
  void removesBoilerplate(String lang, String line, String reason) {
    String body = lang.equals("id") ? BODY : EN_BODY;
    Cleaner.Result r = CLEANER.clean(List.of(body, line), lang);
    assertEquals(List.of(body), r.paragraphs());
    assertEquals(List.of(new Removal(line, reason)), r.removed());
  }

  /** Sentences that merely mention a boilerplate word, and ordinary headings, stay. */
  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(delimiter = '|', value = {
      "en|The agency said the Photo Archive will open in May, and an advertisement ran in the paper.",
      "en|Advertisement spending fell by 4 percent last year, the report said.",
      "en|Read more about the study in the journal Nature.",
      "en|Related papers",
      "en|Related to the above: the team doubled its budget.",
      "en|Pinterest",
      "en|Facebook and Twitter",
      "en|X Email Twitter accounts were suspended.",
      "en|Price: $220",
      "en|YOY Growth: 171%",
      "en|School/Team: Connecticut",
      "en|The Technical Foundation: Integer Overflow in wldap32.dll",
      "en|Reporting by Jane Doe and John Roe",
      "en|Copyright law protects the work of authors, the court said.",
      "en|Share prices rose 3 percent on Tuesday.",
      "en|Table of Contents",
      "en|It takes 5 min to read the report, she said.",
      "id|Foto-foto yang beredar di media sosial memperlihatkan banjir setinggi satu meter.",
      "id|Iklan rokok dilarang tampil di televisi sejak tahun lalu.",
      "id|Baca buku ini sebelum tidur, kata dokter itu.",
      "id|Kronologi Kejadian: Warga Mengungsi ke Masjid",
      "id|KABAR Ekonomi: Harga Beras di Pasar Induk"})
  void keepsRealContent(String lang, String line) {
    String body = lang.equals("id") ? BODY : EN_BODY;
    Cleaner.Result r = CLEANER.clean(List.of(body, line), lang);
    assertEquals(List.of(body, line), r.paragraphs(), r.removed().toString());
  }

  @Test
  void sentencesWithAColonAreNotSectionLabels() {
    List<String> kept = List.of("Menteri itu berkata: kami akan membangun jalan baru tahun ini.",
        "He said: we will win.", "Short line without colon");
    assertEquals(kept, CLEANER.clean(kept, "id").paragraphs());
  }

  @Test
  void sectionLabelNamingTheOutletOfTheDatelineIsRemoved() {
    String lead = "Bandung, KABAR – Wali kota meresmikan pasar baru pada Selasa pagi.";
    Cleaner.Result r = CLEANER.clean(List.of(lead, "KABAR Ekonomi: Harga Beras di Pasar Induk", BODY,
        "KABAR Ekonomi"), "id");
    assertEquals(List.of(lead, BODY), r.paragraphs());
    assertEquals(List.of(new Removal("KABAR Ekonomi: Harga Beras di Pasar Induk", "SECTION_LABEL"),
        new Removal("KABAR Ekonomi", "SECTION_LABEL")), r.removed());
  }

  @Test
  void sectionLabelRuleWorksForAnyOutletAndItsWebName() {
    String lead = "JAKARTA, KOMPAS.com - Harga cabai naik dua kali lipat menjelang Lebaran.";
    Cleaner.Result r = CLEANER.clean(List.of(lead, "Kompas Regional: Harga Cabai di Jawa Barat", BODY), "id");
    assertEquals(List.of(lead, BODY), r.paragraphs());
    assertEquals("SECTION_LABEL", r.removed().get(0).reason());
  }

  @Test
  void sectionLabelOfAnotherOutletStays() {
    String lead = "Bandung, KABAR – Wali kota meresmikan pasar baru pada Selasa pagi.";
    List<String> in = List.of(lead, "VIVA Militer: Tentara Korea Utara di Rusia", BODY);
    assertEquals(in, CLEANER.clean(in, "id").paragraphs());
  }

  @Test
  void creditLineIsRemovedOnlyAfterAPhotoLine() {
    Cleaner.Result r = CLEANER.clean(List.of("Foto:", "- Arsip Kementerian", BODY, "- a list item stays"), "id");
    assertEquals(List.of(BODY, "- a list item stays"), r.paragraphs());
    assertEquals(List.of(new Removal("Foto:", "PHOTO_CAPTION"), new Removal("- Arsip Kementerian", "PHOTO_CAPTION")),
        r.removed());
  }

  @Test
  void shareButtonsGoOnlyInARun() {
    Cleaner.Result r = CLEANER.clean(List.of(EN_BODY, "Facebook", "Twitter", "Email", "Shops sell on every network.",
        "Pinterest", "Pinterest is where users come for inspiration."), "en");
    assertEquals(List.of(EN_BODY, "Shops sell on every network.", "Pinterest",
        "Pinterest is where users come for inspiration."), r.paragraphs());
    assertEquals(List.of("SHARE_PROMPT", "SHARE_PROMPT", "SHARE_PROMPT"),
        r.removed().stream().map(Removal::reason).toList());
  }

  @Test
  void trailingCreditsAndInitialsAreStrippedFromAParagraph() {
    Cleaner.Result r = CLEANER.clean(List.of(BODY + " (ant/rdn)", BODY.replace("kota", "desa") + " (*)",
        BODY.replace("kota", "kampung") + " (jpnn)", "Polisi menjaga unjuk rasa di Jakarta. (ANTARA FOTO/Rahmat)"), "id");
    assertEquals(List.of(BODY, BODY.replace("kota", "desa"), BODY.replace("kota", "kampung"),
        "Polisi menjaga unjuk rasa di Jakarta."), r.paragraphs());
    assertEquals(List.of(new Removal("(ant/rdn)", "EDITOR_INITIALS"), new Removal("(*)", "EDITOR_INITIALS"),
        new Removal("(jpnn)", "EDITOR_INITIALS"), new Removal("(ANTARA FOTO/Rahmat)", "PHOTO_CAPTION")), r.removed());
  }

  @Test
  void duplicateParagraphKeepsTheFirst() {
    Cleaner.Result r = CLEANER.clean(List.of(BODY, "Another paragraph.", "  warga KOTA itu menyambut keputusan  tersebut dengan gembira."), "id");
    assertEquals(List.of(BODY, "Another paragraph."), r.paragraphs());
    assertEquals(List.of(new Removal("warga KOTA itu menyambut keputusan  tersebut dengan gembira.", "DUPLICATE_PARAGRAPH")),
        r.removed());
  }

  @Test
  void paragraphRepeatedWithASmallEditIsRemovedOnce() {
    String first = "Pernyataan tersebut mengutip Kim yang mengatakan bahwa pengerahan pasukan tersebut dimaksudkan "
        + "untuk membebaskan wilayah Kursk, bekerja sama dengan angkatan bersenjata Rusia.";
    String edited = "Pernyataan itu mengutip Kim yang mengatakan bahwa pengerahan pasukan tersebut dimaksudkan "
        + "untuk membebaskan wilayah Kursk, bekerja sama dengan angkatan bersenjata Rusia.";
    Cleaner.Result r = CLEANER.clean(List.of(first, BODY, edited, edited), "id");
    assertEquals(List.of(first, BODY), r.paragraphs());
    assertEquals(List.of("NEAR_DUPLICATE_PARAGRAPH", "DUPLICATE_PARAGRAPH"),
        r.removed().stream().map(Removal::reason).toList());
  }

  @Test
  void paragraphsSharingAPhraseAreBothKept() {
    List<String> in = List.of(
        "The minister said the plan would cost five billion dollars and take ten years to finish.",
        "Critics said the plan would cost five billion dollars more than the government admits.");
    assertEquals(in, CLEANER.clean(in, "en").paragraphs());
  }

  @Test
  void shortRepeatedHeadingsAndQuestionsAreKept() {
    List<String> in = List.of("Pros", "Fast and light.", "Cons", "Heavy.", "Pros", "Cheap.", "Cons", "Slow.",
        "How did you feel when you heard about the new music category?", "I was thrilled by it.",
        "How did you feel when you heard about the new music category?", "I was surprised at first.");
    assertEquals(in, CLEANER.clean(in, "en").paragraphs());
  }

  @Test
  void paragraphInsideALaterFullerOneGivesWayToIt() {
    String teaser = "Federal drug officials are warning Georgia to shelve its plans for pharmacies.";
    String full = "ATLANTA -- Federal drug officials are warning Georgia to shelve its plans for pharmacies.";
    Cleaner.Result r = CLEANER.clean(List.of(teaser, full, EN_BODY), "en");
    assertEquals(List.of(full, EN_BODY), r.paragraphs());
    assertEquals(List.of(new Removal(teaser, "NEAR_DUPLICATE_PARAGRAPH")), r.removed());
  }

  @Test
  void paragraphWithTheDatelineIsNotReplacedByALaterCopy() {
    String said = "Presiden Rusia Vladimir Putin berterima kasih kepada pasukan Korea Utara karena telah memerangi "
        + "pasukan Ukraina di wilayah Kursk Rusia, setelah Korea Utara pada hari Senin mengonfirmasi pengerahan itu";
    String lead = "Moskow, VIVA – " + said + ".";
    String copy = said + " untuk pertama kalinya.";
    Cleaner.Result r = CLEANER.clean(List.of(lead, BODY, copy), "id");
    assertEquals(List.of(lead, BODY), r.paragraphs());
    assertEquals("NEAR_DUPLICATE_PARAGRAPH", r.removed().get(0).reason());
  }

  @Test
  void undeterminedLanguageAppliesEveryLanguagesRules() {
    Cleaner.Result r = CLEANER.clean(List.of(BODY, "Baca juga: X", "Read also: Y"), "und");
    assertEquals(List.of(BODY), r.paragraphs());
  }

  @Test
  void removedTextIsShortenedTo200Chars() {
    String longDup = "The council met again on Tuesday to discuss the budget. ".repeat(10).strip();
    Cleaner.Result r = CLEANER.clean(List.of(longDup, longDup), "en");
    assertEquals(200, r.removed().get(0).text().length());
  }

  /** A hang guard, not a benchmark: 100,000 short paragraphs, many sharing phrases, clean quickly. */
  @Test
  @Timeout(30)
  void manyParagraphsCleanInAboutLinearTime() {
    List<String> in = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      in.add("Paragraph number " + i + " of the long report says the council met on day " + (i % 97)
          + " to discuss item " + (i * 31 % 1000) + ".");
    }
    for (int i = 0; i < 1_000; i++) {
      in.add(in.get(i * 37));
    }
    Cleaner.Result r = CLEANER.clean(in, "en");
    assertEquals(100_000, r.paragraphs().size());
    assertEquals(1_000, r.removed().size());
    assertTrue(r.removed().stream().allMatch(x -> x.reason().equals("DUPLICATE_PARAGRAPH")));
  }

  @Test
  void theResultCarriesTheDatelineOfTheFirstKeptParagraph() {
    DatelineParser datelines = DatelineParser.standard();
    String lead = "Jakarta, KABAR – " + BODY;
    Cleaner.Result r = CLEANER.clean(List.of("Foto:", "- Arsip Kementerian", lead, BODY + " Lagi."), "id");
    assertEquals(lead, r.paragraphs().get(0));
    assertEquals(datelines.parse(lead), r.dateline());
    assertEquals("Jakarta", r.dateline().orElseThrow().dateline().location());
    Cleaner.Result stripped = CLEANER.clean(List.of("Jakarta, KABAR – " + BODY + " (ant/rdn)", EN_BODY), "id");
    assertEquals(datelines.parse(stripped.paragraphs().get(0)), stripped.dateline(), "found on the stripped text");
    String other = "Bandung, KABAR – Harga beras di pasar induk naik lagi pada pekan ini, kata pedagang.";
    assertTrue(CLEANER.clean(List.of(BODY, other), "id").dateline().isEmpty(), "only the first kept paragraph counts");
  }

  @Test
  void authorBiographyIsRemovedOnlyAtTheEnd() {
    String bio = "Jane Doe is a freelance writer based in Chicago whose work has appeared in many magazines.";
    String subject = "Maria Lopez is a novelist and former journalist who grew up in the valley she now writes about.";
    List<String> story = List.of(EN_BODY, "The mayor promised new buses by the end of the year.",
        "Critics said the plan came too late.", "The council votes on the budget next week.");
    List<String> withBio = new java.util.ArrayList<>(story);
    withBio.add(bio);
    Cleaner.Result end = CLEANER.clean(withBio, "en");
    assertEquals(List.of("AUTHOR_BIO"), end.removed().stream().map(Removal::reason).toList());
    List<String> withSubject = new java.util.ArrayList<>(story);
    withSubject.add(1, subject);
    Cleaner.Result middle = CLEANER.clean(withSubject, "en");
    assertTrue(middle.paragraphs().contains(subject), "a person described mid-story is the subject, not a bio");
  }

  @Test
  void newsletterModerationFollowAndAboutTheAuthorLinesAreRemoved() {
    List<String> in = List.of(EN_BODY, "Thanks for signing up!", "The mayor promised new buses by the end of the year.",
        "All comments are moderated", "Follow the Opinion section on Facebook, Instagram and X.",
        "Critics said the plan came too late.", "About the Author");
    Cleaner.Result r = CLEANER.clean(in, "en");
    assertEquals(List.of(EN_BODY, "The mayor promised new buses by the end of the year.",
        "Critics said the plan came too late."), r.paragraphs());
    assertEquals(List.of("SUBSCRIBE_PROMPT", "COMMENT_PROMPT", "SHARE_PROMPT", "AUTHOR_BIO"),
        r.removed().stream().map(Removal::reason).toList());
    // mid-article, a heading "About the author" may head a section about a book's author
    List<String> mid = List.of(EN_BODY, "About the Author", "The novelist grew up in the valley.",
        "Critics said the plan came too late.", "The council votes next week.", "The mayor spoke on Monday.",
        "Residents were divided.");
    assertTrue(CLEANER.clean(mid, "en").paragraphs().contains("About the Author"));
    List<String> contact = new java.util.ArrayList<>(in.subList(0, 3));
    contact.add("Contact reporter Jane Doe at jdoe@example.com or 555-0100.");
    contact.add("Contact me to get a free quote for your event.");
    assertEquals(List.of("AUTHOR_BIO"), CLEANER.clean(contact, "en").removed().stream().map(Removal::reason)
        .filter("AUTHOR_BIO"::equals).toList(), "a call to contact the writer, not any 'Contact …' line");
  }
}
