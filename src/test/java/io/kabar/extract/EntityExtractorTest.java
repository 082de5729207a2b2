package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import io.kabar.analysis.Mention;
import io.kabar.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

  @Test
  void namePartsSplitsAsTheNamePartsRegexDoes() {
    java.util.Random random = new java.util.Random(11);
    // separators, letters, and look-alikes the regex does not treat as \s (no-break space, em space)
    char[] alphabet = {'a', 'B', ' ', '-', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003', '\u2013', '.'};
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      assertEquals(java.util.Arrays.asList(EntityExtractor.NAME_PARTS.split(text)),
          java.util.Arrays.asList(EntityExtractor.nameParts(text)), () -> "[" + text + "]");
    }
  }
  private static final EntityExtractor EXTRACTOR = EntityExtractor.standard();
  private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

  static List<Entity> extract(String text, String lang) {
    List<Entity> entities = EXTRACTOR.extract(text, SPLITTER.split(text, lang), lang, null);
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        assertEquals(m.text(), text.substring(m.start(), m.end()), e.key());
      }
      assertTrue(e.salience() >= 0 && e.salience() <= 1, e.key());
    }
    return entities;
  }

  static Optional<Entity> byKey(List<Entity> entities, String key) {
    return entities.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** The texts of the mentions of the entity keyed {@code key}; fails when there is none. */
  static List<String> mentionTexts(List<Entity> entities, String key) {
    return byKey(entities, key).orElseThrow(() -> new AssertionError(key + " in " + entities)).mentions().stream()
        .map(Mention::text).toList();
  }

  @Test
  void personVariantsMergeIntoOneKey() {
    String text = "Pemimpin Korea Utara Kim Jong Un tiba di Moskow. Kim Jong-un disambut pejabat. "
        + "Setelah itu Kim bertemu Presiden Rusia Vladimir Putin. Putin tersenyum.";
    List<Entity> entities = extract(text, "id");
    Entity kim = byKey(entities, "PERSON#kim-jong-un").orElseThrow(() -> new AssertionError(entities.toString()));
    assertEquals(EntityType.PERSON, kim.type());
    assertEquals(3, kim.mentions().size());
    assertTrue(kim.aliases().contains("Kim"));
    assertTrue(kim.aliases().contains("Kim Jong-un") || kim.canonical().equals("Kim Jong-un"));
    Entity putin = byKey(entities, "PERSON#vladimir-putin").orElseThrow();
    assertEquals("Vladimir Putin", putin.canonical());
    assertEquals(List.of("Putin"), putin.aliases());
    assertEquals(EntityType.LOCATION, byKey(entities, "LOCATION#moscow").orElseThrow().type());
    assertEquals(EntityType.LOCATION, byKey(entities, "LOCATION#ru").orElseThrow().type());
    assertFalse(entities.stream().anyMatch(e -> e.canonical().equals("Setelah")));
  }

  @Test
  void countryNamesAndAliasesShareTheIsoKey() {
    String text = "Korea Utara mengirim pasukan. Korut membantah. Pejabat North Korea diam.";
    Entity kp = byKey(extract(text, "id"), "LOCATION#kp").orElseThrow();
    assertEquals("Korea Utara", kp.canonical());
    assertEquals(3, kp.mentions().size());
    assertTrue(kp.aliases().containsAll(List.of("Korut", "North Korea")));
  }

  @Test
  void organisationsAndEvents() {
    String text = "Dalam pernyataan dari Kremlin, Komisi Militer Pusat Korea Utara mengenang Perang Dingin. "
        + "Laporan The Hindu dikutip PBB.";
    List<Entity> entities = extract(text, "id");
    assertEquals(EntityType.ORGANIZATION, byKey(entities, "ORGANIZATION#kremlin").orElseThrow().type());
    assertTrue(byKey(entities, "ORGANIZATION#komisi-militer-pusat-korea-utara").isPresent(), entities.toString());
    assertTrue(byKey(entities, "ORGANIZATION#the-hindu").isPresent(), entities.toString());
    assertTrue(byKey(entities, "ORGANIZATION#united-nations").isPresent(), entities.toString());
    assertEquals(EntityType.EVENT, byKey(entities, "EVENT#perang-dingin").orElseThrow().type());
  }

  @Test
  void englishTitlesAndConnectors() {
    String text = "The talks were led by Ursula von der Leyen. Later, Mr. Carter arrived in London. Carter spoke.";
    List<Entity> entities = extract(text, "en");
    assertTrue(byKey(entities, "PERSON#ursula-von-der-leyen").isPresent(), entities.toString());
    Entity carter = byKey(entities, "PERSON#carter").orElseThrow(() -> new AssertionError(entities.toString()));
    assertEquals(2, carter.mentions().size());
    assertFalse(entities.stream().anyMatch(e -> e.canonical().startsWith("The ")), entities.toString());
  }

  @Test
  void baselineOfficesCompanyWordsAndInitials() {
    String text = "Noveon Magnetics Chief Commercial Officer Peter Afiuny said a deal with General Motors was near. "
        + "The film keeps Taraji P. Henson's lines, VICE News reported.";
    List<Entity> entities = extract(text, "en");
    assertTrue(byKey(entities, "PERSON#peter-afiuny").isPresent(), entities.toString());
    assertTrue(byKey(entities, "PERSON#taraji-p-henson").isPresent(), entities.toString());
    for (String notAPerson : List.of("Commercial", "Motors", "News", "P", "Taraji")) { // an office word, a company word, a newsroom
      assertFalse(entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.canonical().equals(notAPerson)),
          notAPerson + " in " + entities);
    }
  }

  @Test
  void unclearSingleWordsAreSkipped() {
    List<Entity> entities = extract("Namun warga tetap tenang. Pernyataan itu keluar hari Senin.", "id");
    assertEquals(List.of(), entities);
  }

  @Test
  void sentenceInitialCommonWordsTitlesAndPlaceWordsAreNotNames() {
    String text = "Ribuan warga mengungsi. Warga Cawang, Siti Aminah, bercerita. "
        + "Kepala Badan Penanggulangan Bencana Daerah, Rina Hartono, hadir di Pasar Keputran.";
    List<Entity> entities = extract(text, "id");
    assertFalse(entities.stream().anyMatch(e -> e.canonical().contains("Warga")), entities.toString());
    assertTrue(byKey(entities, "PERSON#siti-aminah").isPresent(), entities.toString());
    assertTrue(byKey(entities, "ORGANIZATION#badan-penanggulangan-bencana-daerah").isPresent(), entities.toString());
    assertEquals(EntityType.LOCATION, byKey(entities, "LOCATION#pasar-keputran").orElseThrow().type());
    // without a lower-case "warga" elsewhere the baseline has nothing to go on and keeps the phrase
    List<Entity> alone = extract("Warga Cawang bercerita.", "id");
    assertEquals(List.of("PERSON#warga-cawang"), alone.stream().map(Entity::key).toList());
  }

  @Test
  void clubsAcronymsAndReduplicatedWords() {
    String text = "Pelatih Bhayangkara FC memuji Manchester United. Undang-Undang Nomor 5 berlaku. "
        + "Perusahaan itu diperiksa Ketua DPRD kemarin.";
    List<Entity> entities = extract(text, "id");
    assertEquals(EntityType.ORGANIZATION, byKey(entities, "ORGANIZATION#bhayangkara-fc").orElseThrow().type());
    assertEquals(EntityType.ORGANIZATION, byKey(entities, "ORGANIZATION#manchester-united").orElseThrow().type());
    assertEquals(EntityType.ORGANIZATION, byKey(entities, "ORGANIZATION#dprd").orElseThrow().type());
    assertFalse(entities.stream().anyMatch(e -> e.type() == EntityType.PERSON), entities.toString());
    assertFalse(entities.stream().anyMatch(e -> e.canonical().startsWith("Undang") || e.canonical().equals("Perusahaan")),
        entities.toString());
  }

  @Test
  void slugsFoldDiacriticsAndPunctuation() {
    assertEquals("jose-angel-nunez", Slugs.slug("José Ángel Núñez"));
    assertEquals("kim-jong-un", Slugs.slug("Kim Jong-un"));
    assertEquals("PERSON#kim-jong-un", Slugs.key("PERSON", "Kim  Jong Un"));
  }

  /** A finder that tags the first occurrence in each sentence of each {@code {name, TYPE}} pair. */
  private static NameFinder typing(String[][] namesAndTypes) {
    return (t, sentence, lang) -> {
      List<NameSpan> out = new ArrayList<>();
      for (String[] name : namesAndTypes) {
        int at = t.indexOf(name[0], sentence.start());
        if (at >= 0 && at + name[0].length() <= sentence.end()) {
          out.add(new NameSpan(at, at + name[0].length(), EntityType.valueOf(name[1]), 1.0));
        }
      }
      out.sort(java.util.Comparator.comparingInt(NameSpan::start));
      return out;
    };
  }

  /** A finder that tags the given strings wherever they occur, as the given type. */
  private static NameFinder tagging(EntityType type, String... names) {
    return (text, sentence, lang) -> {
      List<NameSpan> out = new java.util.ArrayList<>();
      for (String name : names) {
        for (int at = text.indexOf(name, sentence.start()); at >= 0 && at + name.length() <= sentence.end();
            at = text.indexOf(name, at + 1)) {
          out.add(new NameSpan(at, at + name.length(), type, 1.0));
        }
      }
      out.sort(java.util.Comparator.comparingInt(NameSpan::start));
      return out;
    };
  }

  @Test
  void middleInitialsAndGenerationalSuffixesDoNotSplitAPerson() {
    String text = "Donald J. Trump spoke in Iowa. Trump said the race was close. Robert F. Kennedy, Jr. replied, "
        + "and Kevin Ortiz Jr. listened. Ortiz smiled. Donald Trump Jr. left early.";
    List<Entity> entities = EntityExtractor.withFinder(tagging(EntityType.PERSON, "Donald J. Trump", "Trump",
        "Robert F. Kennedy", "Jr", "Kevin Ortiz Jr", "Ortiz", "Donald Trump Jr")).extract(text,
        SPLITTER.split(text, "en"), "en", null);
    // the gazetteer's Donald Trump, with or without the initial; the surname alone is him
    assertTrue(mentionTexts(entities, "PERSON#donald-trump").containsAll(List.of("Donald J. Trump", "Trump")));
    // his son is another person, and a suffix after a comma names nobody
    assertFalse(mentionTexts(entities, "PERSON#donald-trump").contains("Donald Trump Jr"), entities::toString);
    assertTrue(entities.stream().noneMatch(e -> e.canonical().equals("Jr")), entities::toString);
    // the surname before a suffix is the surname
    assertEquals(List.of("Kevin Ortiz Jr", "Ortiz"), mentionTexts(entities, "PERSON#kevin-ortiz-jr"));
  }

  @Test
  void degreesAfterANameAndRanksInCapitalsAreNoPartOfIt() {
    String text = "Kapolres AKBP Budi Santoso SIK MH memimpin apel. Budi Santoso mengatakan hal itu. Ketua DPRD "
        + "Muhammad Rizal S.H., dan dr. Siti Nadia, M.Epid hadir. Ir. Sutami MSc datang bersama Jack Ma dan "
        + "Mahfud MD. Polisi dibantu AKP Arman. Korban dibawa ke RS Bhayangkara.";
    NameFinder finder = typing(new String[][] {{"AKBP", "ORGANIZATION"}, {"Budi Santoso SIK MH", "PERSON"},
        {"Budi Santoso", "PERSON"}, {"Muhammad Rizal S.H.", "PERSON"}, {"Siti Nadia", "PERSON"},
        {"M.Epid", "PERSON"}, {"Sutami MSc", "PERSON"}, {"Jack Ma", "PERSON"}, {"Mahfud MD", "PERSON"},
        {"AKP Arman", "ORGANIZATION"}, {"RS Bhayangkara", "ORGANIZATION"}});
    List<Entity> entities = extracted(finder, text, "id");
    List<String> names = entities.stream().map(Entity::canonical).toList();
    // degrees, dotted or not, end no name: the person keeps one key
    assertEquals(2, byKey(entities, "PERSON#budi-santoso").orElseThrow(() -> new AssertionError(names.toString()))
        .mentions().size());
    assertTrue(names.containsAll(List.of("Muhammad Rizal", "Siti Nadia", "Sutami")), names::toString);
    // degrees alone name nobody, nor does a rank in capitals (Indonesian ranks are acronyms)
    assertFalse(names.contains("M.Epid"), names::toString);
    assertFalse(names.contains("AKBP"), names::toString);
    // written as a degree is, or not listed: part of the name (Mahfud MD's MD is his father's name)
    assertTrue(names.containsAll(List.of("Jack Ma", "Mahfud MD")), names::toString);
    // a surname that is a listed post-nominal's letters only in a headline in capitals stays
    String headline = "JACK MA RETURNS TO CHINA. Nepal's Gagan KC spoke.";
    List<Entity> capitals = extracted(typing(new String[][] {{"JACK MA", "PERSON"},
        {"Gagan KC", "PERSON"}}), headline, "en");
    assertTrue(capitals.stream().map(Entity::canonical).toList().containsAll(List.of("JACK MA", "Gagan KC")),
        capitals::toString);
    // one word after a rank in capitals is a person, whatever the finder typed it
    assertTrue(byKey(entities, "PERSON#arman").isPresent(), names::toString);
    assertTrue(names.contains("RS Bhayangkara"), names::toString);
  }

  @Test
  void ranksWithTheirBranchAreTitles() {
    String text = "Kepala BNPB Letjen TNI Doni Monardo tiba. Panglima TNI Marsekal Hadi Tjahjanto hadir. "
        + "Kabid Humas Kombes Pol Yusri Yunus bicara. Danrem Kolonel Inf Novi Helmy datang. Ini kali pertama Polri "
        + "menggelar operasi itu. Patroli udara TNI AU dilakukan. Miuccia Prada hadir di Milan. Kapolres Bogor AKBP "
        + "Rio Wahyu Anggoro SIK MSi memimpin apel. Pelatih Luis Mayor hadir. Perwira Andi Kolonel Inf datang. Ia "
        + "berpangkat Mayor TNI KKO.";
    NameFinder finder = typing(new String[][] {{"BNPB Letjen TNI", "ORGANIZATION"}, {"Doni Monardo", "PERSON"},
        {"TNI Marsekal", "ORGANIZATION"}, {"Hadi Tjahjanto", "PERSON"}, {"Kombes Pol Yusri Yunus", "PERSON"},
        {"Inf Novi Helmy", "ORGANIZATION"}, {"Polri", "ORGANIZATION"}, {"TNI AU", "ORGANIZATION"},
        {"Miuccia Prada", "PERSON"}, {"Kapolres Bogor AKBP Rio Wahyu Anggoro SIK MSi", "PERSON"},
        {"Luis Mayor", "PERSON"}, {"Andi Kolonel Inf", "PERSON"}, {"TNI KKO", "ORGANIZATION"}});
    List<Entity> entities = extracted(finder, text, "id");
    List<String> names = entities.stream().map(e -> e.type() + " " + e.canonical()).toList();
    // a rank and its branch end no body's name and open no person's
    assertTrue(byKey(entities, "ORGANIZATION#bnpb").isPresent(), names::toString);
    assertTrue(byKey(entities, "ORGANIZATION#tni").isPresent(), names::toString);
    assertTrue(names.containsAll(List.of("PERSON Yusri Yunus", "PERSON Novi Helmy")), names::toString);
    // a branch word after an ordinary lower-case word (pertama, udara) is the body it names
    assertTrue(byKey(entities, "ORGANIZATION#polri").isPresent(), names::toString);
    assertTrue(names.stream().anyMatch(n -> n.startsWith("ORGANIZATION") && n.endsWith("AU")), names::toString);
    // a person's name that ends in a rank's word alone keeps it
    assertTrue(names.containsAll(List.of("PERSON Miuccia Prada", "PERSON Luis Mayor")), names::toString);
    // unless the rank comes with its branch
    assertTrue(names.contains("PERSON Andi"), names::toString);
    // an acronym after a rank's branch is no person
    assertTrue(names.contains("ORGANIZATION KKO"), names::toString);
    // degrees go before the title split: the finder's one span is the person
    assertTrue(byKey(entities, "PERSON#rio-wahyu-anggoro").isPresent(), names::toString);
  }

  @Test
  void kotaAndAKnownCityAreThatCity() {
    String text = "Banjir melanda Kota Bandung pada Senin. Warga Bandung mengungsi ke Kota Tua. Kapolres Jaksel datang.";
    List<Entity> entities = extracted(tagging(EntityType.LOCATION, "Kota Bandung", "Bandung",
        "Kota Tua", "Jaksel"), text, "id");
    // the span keeps Kota, as the labelled sets write it; the key is the city's
    assertEquals(List.of("Kota Bandung", "Bandung"), byKey(entities, "LOCATION#bandung")
        .orElseThrow(() -> new AssertionError(entities.toString())).mentions().stream().map(Mention::text).toList());
    assertTrue(byKey(entities, "LOCATION#kota-tua").isPresent(), entities::toString); // Tua is no known place
    // a country's capital is no country, and a city that shares its province's name is no province
    String capitals = "Emir Kuwait tiba di Kota Kuwait. Gubernur Jambi meninjau Kota Jambi.";
    List<Entity> places = extracted(tagging(EntityType.LOCATION, "Kuwait", "Kota Kuwait", "Jambi",
        "Kota Jambi"), capitals, "id");
    assertEquals(List.of("Kuwait"), byKey(places, "LOCATION#kw").orElseThrow(() -> new AssertionError(
        places.toString())).mentions().stream().map(Mention::text).toList());
    assertEquals(List.of("Jambi"), byKey(places, "LOCATION#jambi").orElseThrow(() -> new AssertionError(
        places.toString())).mentions().stream().map(Mention::text).toList());
    assertTrue(byKey(entities, "LOCATION#jakarta-selatan").isPresent(), entities::toString);
  }

  private static final java.util.Set<String> FORMS = NameLexicon.standard().legalForms();

  @Test
  void aCompanyKeysByItsNameWithoutItsLegalForms() {
    assertEquals("Bank Central Asia", EntityExtractor.withoutLegalForms("PT Bank Central Asia Tbk", FORMS));
    assertEquals("Telkom Indonesia", EntityExtractor.withoutLegalForms("PT Telkom Indonesia (Persero) Tbk", FORMS));
    assertEquals("JPMorgan Chase", EntityExtractor.withoutLegalForms("JPMorgan Chase & Co.", FORMS));
    assertEquals("Apple", EntityExtractor.withoutLegalForms("Apple, Inc.", FORMS));
    assertEquals(null, EntityExtractor.withoutLegalForms("British Broadcasting Corporation", FORMS));
    assertEquals(null, EntityExtractor.withoutLegalForms("PT", FORMS));
    assertEquals(null, EntityExtractor.withoutLegalForms("Inc", FORMS));
    String text = "Saham PT Bank Central Asia Tbk naik. Laba Bank Central Asia tumbuh. Northwind Trading Ltd membeli "
        + "saham itu. Direktur Northwind Trading hadir.";
    List<Entity> entities = EntityExtractor.withFinder(tagging(EntityType.ORGANIZATION, "PT Bank Central Asia Tbk",
        "Bank Central Asia", "Northwind Trading Ltd", "Northwind Trading")).extract(text,
        SPLITTER.split(text, "id"), "id", null);
    // known or not, the company and its legal name are one entity
    assertEquals(2, byKey(entities, "ORGANIZATION#bca").orElseThrow(() -> new AssertionError(entities.toString()))
        .mentions().size());
    assertEquals(2, byKey(entities, "ORGANIZATION#northwind-trading").orElseThrow(() -> new AssertionError(
        entities.toString())).mentions().size());
    // one common word left is no company's name
    String news = "Shares of News Corp fell. The news came late.";
    List<Entity> newsCorp = extracted(tagging(EntityType.ORGANIZATION, "News Corp"), news, "en");
    assertTrue(byKey(newsCorp, "ORGANIZATION#news-corp").isPresent(), newsCorp::toString);
    // a person's surname that reads as a legal form is no legal form
    String person = "Anggota DPR Zaldy Co hadir.";
    assertTrue(byKey(extracted(tagging(EntityType.PERSON, "Zaldy Co"), person, "id"), "PERSON#zaldy-co").isPresent());
  }

  @Test
  void aKnownNameHoldingTheFindersSpanReplacesIt() {
    String text = "Kepala Kepolisian Negara Republik Indonesia hadir. Rates at the Bank of England rose. "
        + "Sirens sounded in Tel Aviv Raya today.";
    NameFinder finder = typing(new String[][] {{"Indonesia", "LOCATION"}, {"England", "LOCATION"},
        {"Aviv Raya", "PERSON"}});
    List<Entity> entities = extracted(finder, text, "id");
    // the finder saw only the end of a long known name: the known name, with its key and type, takes its place
    assertEquals(List.of("Kepolisian Negara Republik Indonesia"), byKey(entities, "ORGANIZATION#polri")
        .orElseThrow(() -> new AssertionError(entities.toString())).mentions().stream().map(Mention::text).toList());
    assertTrue(byKey(entities, "ORGANIZATION#bank-of-england").isPresent(), entities::toString);
    assertTrue(byKey(entities, "LOCATION#id").isEmpty(), entities::toString);
    assertTrue(byKey(entities, "LOCATION#gb").isEmpty(), entities::toString);
    // a span that runs past the known name (Tel Aviv) is left to the finder, and so are spans inside a known name
    // when another runs past its end
    assertTrue(entities.stream().anyMatch(e -> e.canonical().equals("Aviv Raya")), entities::toString);
    String crossed = "Kepolisian Negara Republik Indonesia Raya datang.";
    List<Entity> left = extracted(typing(new String[][] {{"Negara", "ORGANIZATION"},
        {"Indonesia Raya", "LOCATION"}}), crossed, "id");
    assertTrue(byKey(left, "ORGANIZATION#polri").isEmpty(), left::toString);
  }

  @Test
  void anOfficesFieldIsNoPartOfTheNameOfWhoHoldsIt() {
    String text = "U.S. Secretary of State Antony Blinken met Secretary of the Treasury Janet Yellen. "
        + "The Secretary of State said so. Gov. Gavin Newsom agreed with the president of Urban Land Interests. "
        + "A friend of Public Enemy Chuck Dee came.";
    NameFinder finder = typing(new String[][] {{"State Antony Blinken", "PERSON"}, {"Treasury Janet Yellen", "PERSON"},
        {"State", "PERSON"}, {"Gov", "PERSON"}, {"Gavin Newsom", "PERSON"}, {"Urban Land Interests", "ORGANIZATION"},
        {"Public Enemy Chuck Dee", "PERSON"}});
    List<Entity> entities = extracted(finder, text, "en");
    List<String> names = entities.stream().map(Entity::canonical).toList();
    assertTrue(byKey(entities, "PERSON#antony-blinken").isPresent(), names::toString);
    assertTrue(byKey(entities, "PERSON#janet-yellen").isPresent(), names::toString);
    // the field alone names nobody, nor does an abbreviated title
    assertFalse(names.contains("State"), names::toString);
    assertFalse(names.contains("Gov"), names::toString);
    // ADM is a company (Adm. and Cpl. are no titles here: as acronyms, ADM and CPL name bodies more often)
    String acronym = "ADM reported a fall in profit. Its CEO Juan Luciano spoke.";
    List<Entity> company = extracted(tagging(EntityType.ORGANIZATION, "ADM"), acronym, "en");
    assertTrue(company.stream().anyMatch(e -> e.canonical().equals("ADM")), company::toString);
    assertTrue(byKey(entities, "PERSON#gavin-newsom").isPresent(), names::toString);
    // a body the finder named after "title of" keeps its words, and "of" after no title changes nothing
    assertTrue(names.contains("Urban Land Interests"), names::toString);
    assertTrue(names.contains("Public Enemy Chuck Dee"), names::toString);
  }

  @Test
  void aPossessiveEndsTheNameBeforeIt() {
    String text = "France's Emmanuel Macron met Japan's Naoya Inoue. Apple's shares rose, and Trader Joe's opened a "
        + "store. Fans of Assassin's Creed waited for new CPUs.";
    NameFinder finder = typing(new String[][] {{"France's Emmanuel Macron", "ORGANIZATION"},
        {"Emmanuel Macron", "PERSON"}, {"Japan's Naoya Inoue", "LOCATION"}, {"Naoya Inoue", "PERSON"},
        {"Apple's", "LOCATION"}, {"Trader Joe's", "ORGANIZATION"}, {"Assassin's Creed", "ORGANIZATION"},
        {"CPUs", "PERSON"}});
    List<Entity> entities = extracted(finder, text, "en");
    java.util.function.Function<String, String> typeOf = key -> byKey(entities, key).map(e -> e.type().name())
        .orElseThrow(() -> new AssertionError(key + " in " + entities));
    // a known name, its possessive, and the next name: two names, the second typed by the finder without the first
    assertEquals("LOCATION", typeOf.apply("LOCATION#fr"));
    assertEquals("PERSON", typeOf.apply("PERSON#emmanuel-macron"));
    assertEquals("LOCATION", typeOf.apply("LOCATION#jp"));
    assertEquals("PERSON", typeOf.apply("PERSON#naoya-inoue"));
    // a possessive at the end is no part of the name, unless an unknown body's name ends so
    assertEquals(List.of("Apple"), byKey(entities, "ORGANIZATION#apple").orElseThrow().mentions().stream()
        .map(Mention::text).toList());
    assertTrue(entities.stream().anyMatch(e -> e.canonical().equals("Trader Joe's")), entities::toString);
    // an unknown possessor: a title named so stays whole; a plural acronym names nothing
    assertTrue(entities.stream().anyMatch(e -> e.canonical().equals("Assassin's Creed")), entities::toString);
    assertTrue(entities.stream().noneMatch(e -> e.canonical().contains("CPU")), entities::toString);
    // tokenised text (eval ner joins CoNLL tokens by spaces) writes the possessive apart
    String tokenised = "Apple 's shares rose .";
    assertTrue(byKey(extracted(tagging(EntityType.LOCATION, "Apple 's"), tokenised, "en"), "ORGANIZATION#apple")
        .isPresent());
    // Indonesian has no such possessive: the finder's span stays as it is
    String indonesian = "Toko Trader Joe's dibuka.";
    assertTrue(extracted(tagging(EntityType.LOCATION, "Trader Joe's"), indonesian, "id").stream()
        .anyMatch(e -> e.canonical().equals("Trader Joe's")));
  }

  @Test
  void aLanguageNamedAfterItsCountryIsNoPlaceInIndonesian() {
    String text = "Dia fasih berbahasa Inggris dan bahasa Jepang. Pekan lalu dia terbang ke Jepang, lalu ke Inggris. "
        + "Kamus itu memakai Bahasa Indonesia.";
    for (NameFinder finder : List.of(tagging(EntityType.LOCATION, "Inggris", "Jepang"),
        tagging(EntityType.PERSON, "Inggris", "Jepang"))) {
      List<Entity> entities = extracted(finder, text, "id");
      // the places are the ones flown to; the languages after bahasa and berbahasa are none, whatever the finder said
      Entity japan = byKey(entities, "LOCATION#jp").orElseThrow(() -> new AssertionError(entities.toString()));
      assertEquals(List.of("Jepang"), japan.mentions().stream().map(Mention::text).toList());
      assertEquals(text.lastIndexOf("Jepang"), japan.mentions().get(0).start());
      Entity britain = byKey(entities, "LOCATION#gb").orElseThrow(() -> new AssertionError(entities.toString()));
      assertEquals(1, britain.mentions().size(), britain::toString);
      assertEquals(text.lastIndexOf("Inggris"), britain.mentions().get(0).start());
      assertTrue(byKey(entities, "LOCATION#id").isEmpty(), entities::toString);
    }
    // longer names after the word are people and bodies
    String people = "Ahli bahasa Ivan Lanin hadir. Kepala Balai Bahasa Jawa Tengah juga datang.";
    List<Entity> kept = extracted(tagging(EntityType.PERSON, "Ivan Lanin"), people, "id");
    assertTrue(byKey(kept, "PERSON#ivan-lanin").isPresent(), kept::toString);
    assertTrue(byKey(kept, "LOCATION#jawa-tengah").isPresent(), kept::toString);
    String span = "Kamus itu memakai Bahasa Indonesia.";
    List<Entity> language = extracted(tagging(EntityType.ORGANIZATION, "Bahasa Indonesia"), span, "id");
    assertTrue(language.stream().noneMatch(e -> e.type() != EntityType.DATE), language::toString);
    // English has no such word: a country after "bahasa" in English text stays a place
    String english = "Tourists learn a little bahasa Inggris calls Malay.";
    assertTrue(byKey(extracted(tagging(EntityType.LOCATION, "Inggris"), english, "en"), "LOCATION#gb").isPresent());
  }

  @Test
  void oneWordEventsTheGazetteerKnowsAreEventsWithOneKeyAcrossLanguages() {
    // the finder calls them a person and a place; the gazetteer's events file types them
    String english = "After the Brexit vote, Simone Biles won at the Olympics again.";
    List<Entity> en = extracted(typed(new String[][] {{"Brexit", "PERSON"}, {"Olympics", "LOCATION"},
        {"Simone Biles", "PERSON"}}), english, "en");
    assertEquals(EntityType.EVENT, byKey(en, "EVENT#brexit").orElseThrow().type(), en::toString);
    assertTrue(byKey(en, "EVENT#olympics").isPresent(), en::toString);
    assertTrue(en.stream().noneMatch(e -> e.key().equals("PERSON#brexit") || e.key().equals("LOCATION#olympics")));
    // one the finder missed is found by its name, in Indonesian under the same key
    String indonesian = "Tahun depan ada Asian Games, jangka panjangnya ada Olimpiade, kata Susy.";
    List<Entity> id = extracted(tagging(EntityType.PERSON, "Susy"), indonesian, "id");
    assertTrue(byKey(id, "EVENT#olympics").isPresent(), id::toString);
  }

  @Test
  void aWordCapitalisedOnlyBecauseItOpensASentenceOrQuotationIsNoName() {
    String text = "Theresa May met Harriet Okafor in Leeds. “You can call me any time,” Okafor told you. "
        + "May said she may come back. Click here to read more, or click the link. Okafor left.";
    NameFinder finder = tagging(EntityType.PERSON, "Theresa May", "Harriet Okafor", "You", "May", "Click", "Okafor");
    List<Entity> entities = extracted(finder, text, "en");
    List<String> names = entities.stream().map(Entity::canonical).toList();
    // You and Click open a sentence or a quotation and are written in lower case elsewhere: no names
    assertFalse(names.contains("You"), names::toString);
    assertFalse(names.contains("Click"), names::toString);
    // May opens a sentence and is written "may" elsewhere, but it is Theresa May's surname: it stays hers
    Entity may = entities.stream().filter(e -> e.canonical().equals("Theresa May")).findFirst().orElseThrow();
    assertTrue(may.mentions().stream().anyMatch(m -> m.text().equals("May")), may::toString);
    assertTrue(names.contains("Harriet Okafor"), names::toString);
    // mid-sentence the same check does not apply: the finder's word stays
    String mid = "Readers who Click twice see it. Nobody should click it.";
    List<Entity> kept = extracted(tagging(EntityType.ORGANIZATION, "Click"), mid, "en");
    assertTrue(kept.stream().anyMatch(e -> e.canonical().equals("Click")), kept::toString);
    // mid-sentence after an opening quote, a bracket or a colon it does; not after a closing quote
    String marks = "Fishers said “Salmon avoid kelp” and (Kelp grows fast) as the clip says: Tide fades. The word "
        + "\"now\" Moth used. We saw salmon, a moth, the tide and kelp.";
    List<Entity> marked = extracted(tagging(EntityType.PERSON, "Salmon", "Kelp", "Tide", "Moth"), marks, "en");
    assertEquals(List.of("Moth"), marked.stream().map(Entity::canonical).toList());
  }

  @Test
  void aNumberOrPronounOpeningASentenceIsNoPerson() {
    // the article never writes "one" in lower case
    String text = "One does not know how both dramatists would have worked together. Key said he would not stand. "
        + "Price scored twice.";
    List<Entity> entities = extracted(tagging(EntityType.PERSON, "One", "Key", "Price"), text, "en");
    // a frequent word may be a surname used alone: it stays
    assertEquals(List.of("Key", "Price"), entities.stream().map(Entity::canonical).toList());
    // read as a body, a number word stays what the finder said
    List<Entity> body = extracted(tagging(EntityType.ORGANIZATION, "One"), "One rose 5 percent.", "en");
    assertTrue(body.stream().anyMatch(e -> e.canonical().equals("One")), body::toString);
  }

  @Test
  void aKnownCompanyTheFinderTypedAsAPersonOrPlaceIsAnOrganisation() {
    String text = "Shares of Spotify, Tesla and Uber fell on Monday, while Nikola Tesla's name stayed on the cars.";
    NameFinder finder = typing(new String[][] {{"Spotify", "LOCATION"}, {"Tesla", "PERSON"}, {"Uber", "LOCATION"},
        {"Nikola Tesla", "PERSON"}});
    List<Entity> entities = extracted(finder, text, "en");
    for (String company : List.of("spotify", "tesla", "uber")) {
      Entity e = byKey(entities, "ORGANIZATION#" + company).orElseThrow(() -> new AssertionError(entities.toString()));
      assertEquals(EntityType.ORGANIZATION, e.type());
    }
    // a person whose name holds a company's starts with another word: the finder's type stays
    assertTrue(entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.canonical().equals("Nikola Tesla")),
        entities::toString);
  }

  @Test
  void aPlaceBeforeAKnownBodyInOneSpanIsThePlaceAndTheBody() {
    String text = "Household debt rose, according to the New York Federal Reserve. Analysts at Jakarta Globe agreed.";
    NameFinder finder = tagging(EntityType.LOCATION, "New York Federal Reserve");
    List<Entity> entities = extracted(finder, text, "en");
    assertEquals(EntityType.LOCATION, byKey(entities, "LOCATION#new-york").orElseThrow(
        () -> new AssertionError(entities.toString())).type());
    assertEquals(EntityType.ORGANIZATION, byKey(entities, "ORGANIZATION#federal-reserve").orElseThrow(
        () -> new AssertionError(entities.toString())).type());
    // a known body that opens with a place's name is one name, not split
    assertTrue(byKey(entities, "ORGANIZATION#jakarta-globe").isPresent(), entities::toString);
    // a known place before English words is one name, no place and person: Melbourne Cricket Ground, London Fashion
    // Week (a place and a person only when a word is no English word: Rusia Vladimir Putin)
    String venues = "They played at the Melbourne Cricket Ground. Models walked at London Fashion Week.";
    List<Entity> whole = extracted(tagging(EntityType.LOCATION, "Melbourne Cricket Ground", "London Fashion Week"),
        venues, "en");
    assertEquals(List.of("LOCATION#melbourne-cricket-ground", "LOCATION#london-fashion-week"),
        whole.stream().map(Entity::key).toList());
    // the finder's organisation stays whole: a country's own party is not the generic one
    String nz = "The New Zealand Labour Party won.";
    List<Entity> party = extracted(tagging(EntityType.ORGANIZATION, "New Zealand Labour Party"), nz, "en");
    assertTrue(byKey(party, "ORGANIZATION#new-zealand-labour-party").isPresent(), party::toString);
  }

  @Test
  void englishJobTitlesInIndonesianTextAreTitles() {
    String text = "Chief Executive Officer Starbucks Kevin Johnson datang. Kata Vice President Sales, penjualan naik. "
        + "Managing Director PT Samsung Electronics Indonesia hadir. Pangeran Harry menikah.";
    NameFinder finder = typing(new String[][] {{"Chief Executive Officer Starbucks Kevin Johnson", "PERSON"},
        {"Vice President Sales", "PERSON"}, {"PT Samsung Electronics Indonesia", "ORGANIZATION"},
        {"Pangeran Harry", "PERSON"}});
    // the title goes, the company and the person stay; English words after an English title name nobody (the
    // finder's span stays as it was); a known place after the body is no person's word; an Indonesian title
    // before an English word (Harry is also a verb) still names the person
    assertEquals(List.of("ORGANIZATION Starbucks", "PERSON Kevin Johnson", "PERSON Vice President Sales",
        "ORGANIZATION PT Samsung Electronics Indonesia", "PERSON Harry"), mentions(extracted(finder, text, "id")));
  }

  @Test
  void anEnglishNamedBodyInIndonesianTextIsABody() {
    String text = "Peneliti Rutgers University dan American Chemical Society hadir. Sejarawan Robert Service menulis. "
        + "Anggota dewan Zaldy Co datang. Warga Desa Sloan university berkumpul.";
    NameFinder finder = typing(new String[][] {{"Rutgers University", "PERSON"}, {"American Chemical Society",
        "LOCATION"}, {"Robert Service", "PERSON"}, {"Zaldy Co", "PERSON"}, {"Sloan university", "LOCATION"}});
    // Service is also a surname, Co a legal form with its own rule; a lower-case head is no name's word
    assertEquals(List.of("ORGANIZATION Rutgers University", "ORGANIZATION American Chemical Society",
        "PERSON Robert Service", "PERSON Zaldy Co", "LOCATION Sloan university"),
        mentions(extracted(finder, text, "id")));
    // in English the finder's person stays (the heads' own rule keeps given name + surname)
    assertEquals(List.of("PERSON Rutgers University"), mentions(extracted(typing(new String[][] {
        {"Rutgers University", "PERSON"}}), "Dr Rutgers University spoke.", "en")));
  }

  @Test
  void aPartyAdjectiveBeforeANounIsNoBody() {
    String text = "The Republican convention opened. Democratic voters and a Democrat opponent came. Ohio voted "
        + "Democrat. The Republican Party met, and Republicans and Democrats spoke. The Democratic National Committee "
        + "agreed.";
    NameFinder finder = tagging(EntityType.ORGANIZATION, "Republican", "Democratic", "Democrat", "Republican Party",
        "Republicans", "Democrats", "Democratic National Committee");
    assertEquals(List.of("ORGANIZATION Democrat", "ORGANIZATION Republican Party", "ORGANIZATION Republicans",
        "ORGANIZATION Democrats", "ORGANIZATION Democratic National Committee"),
        mentions(extracted(finder, text, "en")).stream().filter(m -> !m.startsWith("LOCATION")).toList());
    // before a function word the word is a member, as the finder said
    assertEquals(List.of("ORGANIZATION Republican"), mentions(extracted(tagging(EntityType.ORGANIZATION,
        "Republican"), "He is the only Republican on the panel.", "en")));
    // English's usage only
    assertEquals(List.of("ORGANIZATION Republican"), mentions(extracted(tagging(EntityType.ORGANIZATION, "Republican"),
        "Kubu Republican menolak.", "id")));
  }

  @Test
  void aWordWithInnerCapitalsThatTheIndonesianFinderMissedIsABody() {
    String text = "Pengemudi GrabCar dan TransNusa mogok, juga produk TokoKita Jaya dan Toko KitaBisa. Donasi lewat "
        + "#UntukKorowai dan "
        + "Kitabisa.com/BantuKorowai, ujar pegiat VoIP dan McConnell.";
    // a sentence's first word is no neighbour; TokoKita and KitaBisa have one (Jaya, Toko); the hashtag, the
    // address, the acronym and the surname are no bodies
    assertEquals(List.of("ORGANIZATION GrabCar", "ORGANIZATION TransNusa"),
        mentions(extracted(typing(new String[0][]), text, "id")));
    // an Indonesian clitic is no part of the name; a model number, a product's cue word or a place's short form
    // says the word is no body
    String more = "Layanan GrabCarnya terganggu, juga WhatsApppun. Harga PlayStation 5 dan fitur FaceTime naik. "
        + "Warga wilayah JakPus datang.";
    assertEquals(List.of("ORGANIZATION GrabCar", "ORGANIZATION WhatsApp"),
        mentions(extracted(typing(new String[0][]), more, "id")));
    // English's finder learnt such names; what it leaves out is mostly products (FaceTime, PlayStation)
    assertEquals(List.of(), mentions(extracted(typing(new String[0][]), "Calls on FaceTime rose.", "en")));
    assertTrue(EntityExtractor.brandWord("PricewaterhouseCoopers"));
    for (String word : List.of("MacKenzie", "VanderWal", "DeSantis", "iPhone", "VoIP", "MoU", "Grab", "GRAB",
        "Grab-Car", "Grab2Car", "KompasTV", "MetroTVnews", "GrabC")) {
      assertFalse(EntityExtractor.brandWord(word), word);
    }
  }

  @Test
  void aPlaceBeforeWordsHoldingAKnownBodyIsNoPlaceAndPerson() {
    // Afrika is a known place, and Perserikatan Bangsa-Bangsa (the UN) a known body: the rest names no person
    String text = "Pasukan Afrika Bersatu Perserikatan Bangsa-Bangsa tiba. Pemimpin Jepang Keisuke Honda datang.";
    List<Entity> entities = extracted(typing(new String[][] {{"Afrika Bersatu Perserikatan Bangsa-Bangsa",
        "ORGANIZATION"}, {"Jepang Keisuke Honda", "LOCATION"}}), text, "id");
    assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.PERSON && e.canonical().contains("Bersatu")),
        entities::toString);
    // a one-word place in the rest is a surname (Washington): the place and the person
    List<Entity> actor = extracted(typing(new String[][] {{"Amerika Denzel Washington", "LOCATION"}}),
        "Aktor Amerika Denzel Washington datang.", "id");
    assertTrue(byKey(actor, "PERSON#denzel-washington").isPresent(), actor::toString);
    // a company's name (Honda) is also a surname: the place and the person
    assertTrue(byKey(entities, "LOCATION#jp").isPresent(), entities::toString);
    assertTrue(byKey(entities, "PERSON#keisuke-honda").isPresent(), entities::toString);
  }

  @Test
  void aKnownBodyBeforeAPersonInOneSpanIsTheBodyAndThePerson() {
    String id = "Politikus PDI Perjuangan Guruh Soekarnoputra datang. Gelandang Manchester United Marouane Fellaini "
        + "cedera. Kontrak UEFA Champions League naik. Tim ASEAN Humanitarian Assistance tiba. Bos Pertamina Agra "
        + "Niaga bicara. Pemain PSSI Liga Indonesia menang. Kantor KPK Jakarta Selatan sepi. KPU Sumba Barat Daya "
        + "menunda. Markas NATO Evere Belgia sepi.";
    List<Entity> ids = extracted(typing(new String[][] {{"PDI Perjuangan Guruh Soekarnoputra", "ORGANIZATION"},
        {"Manchester United Marouane Fellaini", "ORGANIZATION"}, {"UEFA Champions League", "ORGANIZATION"},
        {"ASEAN Humanitarian Assistance", "ORGANIZATION"}, {"Pertamina Agra Niaga", "ORGANIZATION"},
        {"PSSI Liga Indonesia", "ORGANIZATION"}, {"KPK Jakarta Selatan", "ORGANIZATION"},
        {"KPU Sumba Barat Daya", "ORGANIZATION"}, {"NATO Evere Belgia", "ORGANIZATION"}}), id, "id");
    assertEquals(List.of("ORGANIZATION PDI Perjuangan", "PERSON Guruh Soekarnoputra",
        "ORGANIZATION Manchester United", "PERSON Marouane Fellaini",
        // a cue, an English word, a company's word, a known place or a direction word after the body: one name
        "ORGANIZATION UEFA Champions League", "ORGANIZATION ASEAN Humanitarian Assistance",
        "ORGANIZATION Pertamina Agra Niaga", "ORGANIZATION PSSI Liga Indonesia", "ORGANIZATION KPK Jakarta Selatan",
        "ORGANIZATION KPU Sumba Barat Daya", "ORGANIZATION NATO Evere Belgia"), mentions(ids));
  }

  @Test
  void aSentencesTheBeforeAKnownNameIsNoPartOfIt() {
    String text = "The European Central Bank held rates. The Financial Times said so. The Hague hosts the court. "
        + "The Force Ouvriere union objected.";
    List<Entity> entities = extracted(typing(new String[][] {{"The European Central Bank", "ORGANIZATION"},
        {"The Financial Times", "ORGANIZATION"}, {"The Hague", "LOCATION"}, {"The Force Ouvriere", "ORGANIZATION"}}),
        text, "en");
    assertEquals(List.of("ORGANIZATION European Central Bank", "ORGANIZATION Financial Times", "LOCATION The Hague",
        "ORGANIZATION The Force Ouvriere"), mentions(entities));
    assertTrue(byKey(entities, "ORGANIZATION#european-central-bank").isPresent(), entities::toString);
    // mid-sentence, in Indonesian text too, the writer's The stays in the mention; the key is the known name's
    List<Entity> id = extracted(typing(new String[][] {{"The Financial Times", "ORGANIZATION"}, {"The Fed",
        "ORGANIZATION"}}), "Menurut The Financial Times, sentimen dari The Fed masih dominan.", "id");
    assertEquals(List.of("ORGANIZATION#financial-times", "ORGANIZATION#federal-reserve"),
        id.stream().map(Entity::key).toList());
    assertEquals(List.of("ORGANIZATION The Financial Times", "ORGANIZATION The Fed"), mentions(id));
  }

  @Test
  void aKnownBodyATitleAndOneWordAreTheBodyAndTheOfficeHolder() {
    String id = "Dekan Fakultas Pertanian UGM Dr. Jamhari hadir. Wisatawan memadati kawasan Sorong Raja Ampat. "
        + "Ketua KPU Bojonegoro mengumumkan hasilnya.";
    List<Entity> ids = extracted(typing(new String[][] {{"UGM Dr. Jamhari", "ORGANIZATION"}, {"Sorong Raja Ampat",
        "LOCATION"}, {"KPU Bojonegoro", "ORGANIZATION"}}), id, "id");
    // a title inside a place's name (Raja Ampat) or one word after a body with no title between (a regency the
    // gazetteer does not list) is no office holder
    assertEquals(List.of("ORGANIZATION UGM", "PERSON Jamhari", "LOCATION Sorong Raja Ampat",
        "ORGANIZATION KPU Bojonegoro"), mentions(ids));
    assertTrue(byKey(ids, "ORGANIZATION#universitas-gadjah-mada").isPresent(), ids::toString);
  }

  @Test
  void aFormOfAddressBeforeOneWordMakesAPersonWhateverTheFinderSaid() {
    String text = "Ms Pugh has received treatment. Mr. Hopley added: the spike should not go unnoticed. "
        + "General Electric fell.";
    NameFinder finder = typing(new String[][] {{"Ms Pugh", "LOCATION"}, {"Mr. Hopley", "ORGANIZATION"},
        {"General Electric", "ORGANIZATION"}});
    List<Entity> entities = extracted(finder, text, "en");
    assertTrue(byKey(entities, "PERSON#pugh").isPresent(), entities::toString);
    assertTrue(byKey(entities, "PERSON#hopley").isPresent(), entities::toString);
    // other titles open companies' and places' names too: the finder's type stays
    assertTrue(byKey(entities, "ORGANIZATION#general-electric").isPresent(), entities::toString);
    assertEquals(3, entities.size(), entities::toString);
  }

  @Test
  void aBodysHeadNounMakesAnEnglishNameAnOrganisation() {
    String text = "Staff of the Glasgow School of Art met the British Ministry of Defence and Brampton City Council "
        + "near the Compaq Center in La Union. Sekolah Tinggi Kesenian Jakarta agreed.";
    NameFinder finder = typing(new String[][] {{"Glasgow School of Art", "LOCATION"},
        {"British Ministry of Defence", "LOCATION"}, {"Brampton City Council", "PERSON"},
        {"Compaq Center", "LOCATION"}, {"La Union", "LOCATION"}});
    List<Entity> entities = extracted(finder, text, "en");
    for (String body : List.of("glasgow-school-of-art", "british-ministry-of-defence", "brampton-city-council")) {
      assertTrue(byKey(entities, "ORGANIZATION#" + body).isPresent(), body + " in " + entities);
    }
    // a building's word (Center) and a province's (La Union) leave the finder's type
    assertTrue(byKey(entities, "LOCATION#compaq-center").isPresent(), entities::toString);
    assertTrue(byKey(entities, "LOCATION#la-union").isPresent(), entities::toString);
    // English heads only: an Indonesian name keeps the finder's type
    String id = "Mahasiswa Universitas Cleveland datang.";
    List<Entity> place = extracted(typing(new String[][] {{"Universitas Cleveland", "LOCATION"}}), id, "id");
    assertTrue(byKey(place, "LOCATION#universitas-cleveland").isPresent(), place::toString);
    assertEquals("School", EntityExtractor.head(new String[] {"Glasgow", "School", "of", "Art"}));
    assertEquals("Council", EntityExtractor.head(new String[] {"Brampton", "City", "Council"}));
  }

  @Test
  void aGeographicWordEndingWhatTheFinderCalledABodyMakesAnEnglishPlace() {
    String text = "Ships left the Black Sea for the Hudson River. Bruce Arena met staff of the University of "
        + "Houston-Clear Lake.";
    NameFinder finder = typing(new String[][] {{"Black Sea", "ORGANIZATION"}, {"Hudson River", "ORGANIZATION"},
        {"Bruce Arena", "PERSON"}, {"University of Houston-Clear Lake", "ORGANIZATION"}});
    List<Entity> entities = extracted(finder, text, "en");
    assertTrue(byKey(entities, "LOCATION#black-sea").isPresent(), entities::toString);
    assertTrue(byKey(entities, "LOCATION#hudson-river").isPresent(), entities::toString);
    // a person's name is left alone, and a body's head noun wins over a place word at the end
    assertTrue(byKey(entities, "PERSON#bruce-arena").isPresent(), entities::toString);
    assertTrue(byKey(entities, "ORGANIZATION#university-of-houston-clear-lake").isPresent(), entities::toString);
  }

  @Test
  void aShortFormInBracketsAfterANameIsThatEntityThroughoutTheArticle() {
    String text = "Ikatan Ahli Perencanaan Indonesia (IAPI) merilis daftar kota. Ketua IAPI datang. "
        + "Anies Baswedan (PKS) hadir. Badan Kesehatan Dunia (WHO) menyatakan darurat. "
        + "Partai Bulan Bintang (PBB) menolak. Majelis Umum Perserikatan Bangsa-Bangsa (PBB) bersidang.";
    NameFinder finder = typing(new String[][] {{"Ikatan Ahli Perencanaan Indonesia", "ORGANIZATION"},
        {"IAPI", "ORGANIZATION"}, {"Anies Baswedan", "PERSON"}, {"PKS", "ORGANIZATION"},
        {"Badan Kesehatan Dunia", "ORGANIZATION"}, {"WHO", "ORGANIZATION"}, {"Partai Bulan Bintang", "ORGANIZATION"},
        {"PBB", "ORGANIZATION"}, {"Majelis Umum Perserikatan Bangsa-Bangsa", "ORGANIZATION"}});
    List<Entity> entities = extracted(finder, text, "id");
    Entity iapi = byKey(entities, "ORGANIZATION#ikatan-ahli-perencanaan-indonesia").orElseThrow(
        () -> new AssertionError(entities.toString()));
    assertEquals(List.of("IAPI"), iapi.aliases());
    assertEquals(3, iapi.mentions().size(), iapi::toString); // the later IAPI too
    // a person's party in brackets is not the person
    assertTrue(byKey(entities, "PERSON#anies-baswedan").isPresent(), entities::toString);
    assertTrue(byKey(entities, "ORGANIZATION#pks").isPresent(), entities::toString);
    // a known acronym after the body's Indonesian name: the name joins the known body
    Entity who = byKey(entities, "ORGANIZATION#world-health-organization").orElseThrow(
        () -> new AssertionError(entities.toString()));
    assertTrue(who.aliases().contains("WHO") || who.canonical().equals("WHO"), who::toString);
    assertEquals(2, who.mentions().size(), who::toString);
    // a known acronym that the gazetteer expands otherwise, or that names only part of the name, stays apart
    assertTrue(byKey(entities, "ORGANIZATION#partai-bulan-bintang").isPresent(), entities::toString);
    assertTrue(byKey(entities, "ORGANIZATION#majelis-umum-perserikatan-bangsa-bangsa").isPresent(),
        entities::toString);
  }

  @Test
  void aShortFormAbbreviatesANameWhenItsLettersComeInOrderFromTheFirst() {
    assertTrue(EntityExtractor.abbreviates("IAPI", "Ikatan Ahli Perencanaan Indonesia"));
    assertTrue(EntityExtractor.abbreviates("Kemensos", "Kementerian Sosial"));
    assertTrue(EntityExtractor.abbreviates("Jokowi", "Joko Widodo"));
    assertTrue(EntityExtractor.abbreviates("BPH Migas", "Badan Pengatur Hilir Minyak dan Gas Bumi"));
    assertFalse(EntityExtractor.abbreviates("PKS", "Anies Baswedan"));
    assertFalse(EntityExtractor.abbreviates("DIY", "Sleman"));
    assertFalse(EntityExtractor.abbreviates("NASA", "Nairobi"));
    assertFalse(EntityExtractor.abbreviates("Jakarta", "Jakarta"));
  }

  @Test
  void aLoneClubWordTakesTheCapitalisedWordsBeforeIt() {
    String text = "Pertandingan Persiraja FC melawan Mitra Kukar seru. Semen menggusur Borneo FC. Tim Sriwijaya FC kalah, "
        + "kata tim pelatih. Manajemen PT. Persib Bandung Bermartabat diam.";
    NameFinder finder = typing(new String[][] {{"FC", "ORGANIZATION"}, {"Borneo", "LOCATION"},
        {"Mitra Kukar", "ORGANIZATION"}, {"PT", "ORGANIZATION"}, {"Persib Bandung Bermartabat", "ORGANIZATION"}});
    List<String> keys = extracted(finder, text, "id")
        .stream().map(Entity::key).toList();
    // the place the finder saw in a club's name joins it; a sentence's first word also written in lower case (tim)
    // does not; a company's legal form alone names nothing
    assertEquals(List.of("ORGANIZATION#persiraja-fc", "ORGANIZATION#mitra-kukar", "ORGANIZATION#borneo-fc",
        "ORGANIZATION#sriwijaya-fc", "ORGANIZATION#persib-bandung-bermartabat"), keys);
  }

  @Test
  void acronymsOfCommonNounsAreNoNamesButABodysAcronymIs() {
    String text = "The AI runs on a GPU behind a VPN, the USB-C port said. The UN agreed.";
    List<String> names = extracted(tagging(EntityType.ORGANIZATION, "AI", "GPU", "VPN", "USB-C", "UN"), text, "en")
        .stream().map(Entity::key).toList();
    assertEquals(List.of("ORGANIZATION#united-nations"), names);
    // in Indonesian UI is Universitas Indonesia; BBM (fuel) and WNI (citizens) name nothing
    String id = "Harga BBM naik, kata WNI lulusan UI.";
    List<String> idNames = extracted(tagging(EntityType.ORGANIZATION, "BBM", "WNI", "UI"), id, "id").stream()
        .map(Entity::canonical).toList();
    assertEquals(List.of("UI"), idNames);
  }

  @Test
  void listedPeoplesThatNoEndingGivesAreNoNamesInEnglishOnly() {
    String text = "American and Greek officials met Spaniards and Dutch investors. Mr. French and Dawn English spoke.";
    NameFinder finder = typing(new String[][] {{"American", "ORGANIZATION"}, {"Greek", "ORGANIZATION"},
        {"Spaniards", "LOCATION"}, {"Dutch", "PERSON"}, {"French", "PERSON"}, {"Dawn English", "PERSON"}});
    List<String> names = extracted(finder, text, "en")
        .stream().map(Entity::canonical).toList();
    assertEquals(List.of("French", "Dawn English"), names);
    // Indonesian keeps what its finder found
    String id = "Pejabat Greek datang.";
    assertEquals(1, extracted(typing(new String[][] {{"Greek", "PERSON"}}), id, "id").size());
  }

  @Test
  void theSessionRulesLeaveNamesThatOnlyLookLikeTheirShapes() {
    // a finder's given name + surname keeps its type; a territory's word is no body's head; capitals are no Ms
    String text = "Historian Robert Service wrote it. The Russian Federation refused. The MS Society agreed. "
        + "Tesla Inc gained.";
    List<Entity> en = extracted(typing(new String[][] {{"Robert Service", "PERSON"},
        {"Russian Federation", "LOCATION"}, {"MS Society", "ORGANIZATION"}, {"Tesla Inc", "PERSON"}}), text, "en");
    assertEquals(List.of("PERSON Robert Service", "LOCATION Russian Federation", "ORGANIZATION MS Society",
        "ORGANIZATION Tesla Inc"), mentions(en));
    // a foreign body's name before a known acronym, a district before its province, a person after a body whose
    // words include a company's name: each stays itself
    String id = "Polisi Federal Australia (AFP) menangkap dua orang. Banjir melanda Aceh Besar (Aceh) kemarin. "
        + "Kepala BPBD Garut Sony Hartono meninjau lokasi.";
    List<Entity> ids = extracted(typing(new String[][] {{"Polisi Federal Australia", "ORGANIZATION"},
        {"AFP", "ORGANIZATION"}, {"Aceh Besar", "LOCATION"}, {"Aceh", "LOCATION"},
        {"BPBD Garut Sony Hartono", "ORGANIZATION"}}), id, "id");
    assertTrue(byKey(ids, "ORGANIZATION#polisi-federal-australia").isPresent(), ids::toString);
    assertTrue(byKey(ids, "LOCATION#aceh-besar").isPresent(), ids::toString);
    assertTrue(byKey(ids, "PERSON#sony-hartono").isPresent(), ids::toString);
    // a world region in a body's name is no other body's place: UEFA's Indonesian name is UEFA
    String uefa = "Turnamen diselenggarakan Persatuan Asosiasi Sepak Bola Eropa (UEFA) tahun ini.";
    List<Entity> body = extracted(typing(new String[][] {{"Persatuan Asosiasi Sepak Bola Eropa", "ORGANIZATION"},
        {"UEFA", "ORGANIZATION"}}), uefa, "id");
    assertEquals(List.of("ORGANIZATION#uefa"), body.stream().map(Entity::key).toList());
  }

  @Test
  void aCountrysPeopleOrAdjectiveIsNoNameInEnglish() {
    String text = "North Korean troops and Ugandan officials met Iraqi and Japanese envoys; Ukrainian and Colombians "
        + "spoke. Pope Francis, Sudan and Mali were named, and Kanai Sato too. Mark Cuban, the owner, met Parisi and "
        + "Tehrani in Kutai and Solon.";
    NameFinder finder = typing(new String[][] {{"North Korean", "LOCATION"}, {"Ugandan", "ORGANIZATION"},
        {"Iraqi", "LOCATION"}, {"Japanese", "LOCATION"}, {"Ukrainian", "ORGANIZATION"}, {"Colombians", "PERSON"},
        {"Francis", "PERSON"}, {"Sudan", "LOCATION"}, {"Mali", "LOCATION"}, {"Kanai Sato", "PERSON"},
        {"Mark Cuban", "PERSON"}, {"Parisi", "PERSON"}, {"Tehrani", "PERSON"}, {"Kutai", "LOCATION"},
        {"Solon", "LOCATION"}});
    List<String> names = extracted(finder, text, "en")
        .stream().map(Entity::canonical).toList();
    for (String demonym : List.of("North Korean", "Ugandan", "Iraqi", "Japanese", "Ukrainian", "Colombians")) {
      assertFalse(names.contains(demonym), demonym + " in " + names);
    }
    // countries themselves stay; so do names that only look like a place plus an ending: France + is, Kana (Ghana
    // in another language) + i; a city's or region's (Paris, Tehran, Kuta, Solo); a full name ending in a singular
    // (aCountrysPeopleInTheSingularIsNoPersonWhereNoFullNameHasIt)
    for (String name : List.of("Sudan", "Mali", "Francis", "Kanai Sato", "Mark Cuban", "Parisi", "Tehrani", "Kutai",
        "Solon")) {
      assertTrue(names.contains(name), name + " in " + names);
    }
    // Swiss is English's adjective, though Indonesian names Switzerland so (and its names are sure); in Indonesian
    // text it is the country
    assertEquals(List.of(), extracted(tagging(EntityType.LOCATION, "Swiss"), "Swiss banks fell.", "en"));
    assertEquals(List.of("LOCATION#ch"), keys(tagging(EntityType.LOCATION, "Swiss"), "Bank di Swiss tutup.", "id"));
    // in Indonesian text the English endings mean nothing
    String id = "Warga Korean itu datang.";
    assertTrue(EntityExtractor.withFinder(tagging(EntityType.LOCATION, "Korean")).extract(id, SPLITTER.split(id, "id"),
        "id", null).stream().anyMatch(e -> e.canonical().equals("Korean")));
  }

  @Test
  void aCompanysWordIsThePersonWhenTheArticleNamesThatPersonInFull() {
    String sport = "Keisuke Honda scored twice. Honda said the team deserved it.";
    List<Entity> people = extracted(tagging(EntityType.PERSON, "Keisuke Honda"), sport, "en");
    Entity honda = byKey(people, "PERSON#keisuke-honda").orElseThrow(() -> new AssertionError(people.toString()));
    assertEquals(2, honda.mentions().size(), people::toString);
    assertTrue(byKey(people, "ORGANIZATION#honda").isEmpty(), people::toString);
    // a company word opening a "person" (a car a finder took for one) is no surname
    String car = "The Toyota Highlander sold well. Toyota said so.";
    List<Entity> toyota = extracted(tagging(EntityType.PERSON, "Toyota Highlander"), car, "en");
    assertTrue(byKey(toyota, "ORGANIZATION#toyota").isPresent(), toyota::toString);
    // without the person the word is the company
    String cars = "Honda recalled 2.5 million vehicles. Honda said the fix is free.";
    List<Entity> company = extracted(tagging(EntityType.PERSON, "Honda"), cars, "en");
    assertEquals(EntityType.ORGANIZATION, byKey(company, "ORGANIZATION#honda").orElseThrow(
        () -> new AssertionError(company.toString())).type());
  }

  @Test
  void aNameInsideADateIsPartOfTheDate() {
    String text = "The hearing is set for Jan. 24, 2024, said Jan Kowalski. May 5 is the deadline, Theresa May said.";
    NameFinder finder = tagging(EntityType.PERSON, "Jan", "Jan Kowalski", "May", "Theresa May");
    List<Entity> measures = MeasureRules.standard().extract(text, "en");
    assertTrue(measures.stream().anyMatch(e -> e.type() == EntityType.DATE && e.canonical().startsWith("Jan. 24")),
        measures::toString);
    EntityExtractor extractor = EntityExtractor.withFinder(finder);
    List<Entity> entities = extractor.extract(text, SPLITTER.split(text, "en"), "en", null, measures);
    List<String> mentions = entities.stream().flatMap(e -> e.mentions().stream())
        .map(m -> text.substring(m.start(), m.end()) + "@" + m.start()).toList();
    int dateJan = text.indexOf("Jan. 24");
    int dateMay = text.indexOf("May 5");
    assertFalse(mentions.contains("Jan@" + dateJan), mentions::toString);
    assertFalse(mentions.contains("May@" + dateMay), mentions::toString);
    assertTrue(entities.stream().anyMatch(e -> e.canonical().equals("Jan Kowalski")), entities::toString);
    assertTrue(entities.stream().anyMatch(e -> e.canonical().equals("Theresa May")), entities::toString);
    // without the measures the finder's date words stay names
    List<String> blind = extractor.extract(text, SPLITTER.split(text, "en"), "en", null).stream()
        .flatMap(e -> e.mentions().stream()).map(m -> text.substring(m.start(), m.end()) + "@" + m.start()).toList();
    assertTrue(blind.contains("Jan@" + dateJan), blind::toString);
  }

  @Test
  void aFinderSpanAKnownNameRunsPastIsCompletedEvenAfterAPlacePrefixSplit() {
    String text = "Pemimpin Korea Utara Kim Jong Un tiba di Moskow. Kim Jong tidak berkata apa-apa.";
    // the finder reads "Korea Utara Kim Jong" as one place and stops a word short; the second "Kim Jong"
    // is followed by no word that makes a known name, so it stays as found
    List<Entity> entities = extracted(tagging(EntityType.LOCATION, "Korea Utara Kim Jong"), text, "id");
    Entity kim = entities.stream().filter(e -> e.key().equals("PERSON#kim-jong-un")).findFirst().orElseThrow();
    assertEquals("Kim Jong Un", kim.mentions().get(0).text());
    assertFalse(entities.stream().anyMatch(e -> e.key().equals("PERSON#kim-jong")), entities::toString);
    assertTrue(entities.stream().anyMatch(e -> e.key().equals("LOCATION#kp")));
    List<Entity> plain = extracted(tagging(EntityType.PERSON, "Kim Jong"), text, "id");
    assertTrue(plain.stream().anyMatch(e -> e.key().equals("PERSON#kim-jong-un")
        && e.mentions().stream().anyMatch(m -> m.text().equals("Kim Jong Un"))), plain::toString);
  }

  @Test
  void knownNamesWithCommasAreFoundWholeButCommasJoinNothingElse() {
    String text = "Menurut Badan Meteorologi, Klimatologi, dan Geofisika, hujan turun di Jakarta, Bekasi dan Bogor. "
        + "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi meliburkan sekolah.";
    for (NameFinder finder : List.of(tagging(EntityType.LOCATION, "Jakarta", "Bekasi", "Bogor"),
        tagging(EntityType.ORGANIZATION, "Badan Meteorologi", "Kementerian Pendidikan"))) {
      List<Entity> entities = extracted(finder, text, "id");
      Entity bmkg = byKey(entities, "ORGANIZATION#bmkg").orElseThrow(() -> new AssertionError(entities.toString()));
      assertEquals("Badan Meteorologi, Klimatologi, dan Geofisika", bmkg.mentions().get(0).text());
      Entity ministry = byKey(entities, "ORGANIZATION#kementerian-pendidikan").orElseThrow(() -> new AssertionError(entities.toString()));
      assertEquals("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi", ministry.mentions().get(0).text());
      assertFalse(entities.stream().anyMatch(e -> e.mentions().stream().anyMatch(m -> m.text().contains("Jakarta,"))),
          entities::toString);
    }
  }

  @Test
  void anOrganisationNamedWithoutItsPlaceIsTheOneFullNameWithIt() {
    String text = "Dinas Perdagangan Provinsi Jawa Timur merilis data harga. Kepala Dinas Perdagangan Jawa Timur, "
        + "Bambang Sutrisno, menjelaskan kenaikan itu.";
    int second = text.indexOf("Dinas Perdagangan Jawa Timur");
    List<NameSpan> spans = List.of(new NameSpan(0, 17, EntityType.ORGANIZATION, 1.0),
        new NameSpan(27, 37, EntityType.LOCATION, 1.0),
        new NameSpan(second, second + 28, EntityType.ORGANIZATION, 1.0),
        new NameSpan(text.indexOf("Bambang"), text.indexOf("Bambang") + 16, EntityType.PERSON, 1.0));
    assertEquals("Dinas Perdagangan|Jawa Timur|Dinas Perdagangan Jawa Timur|Bambang Sutrisno", String.join("|",
        spans.stream().map(n -> text.substring(n.start(), n.end())).toList()));
    NameFinder finder = (t, sentence, lang) -> spans.stream()
        .filter(n -> n.start() >= sentence.start() && n.end() <= sentence.end()).toList();
    List<Entity> entities = extracted(finder, text, "id");
    List<Entity> bodies = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
    assertEquals(1, bodies.size(), entities::toString);
    assertEquals("Dinas Perdagangan Jawa Timur", bodies.get(0).canonical());
    assertEquals(List.of("Dinas Perdagangan"), bodies.get(0).aliases());
    // two full names fit the short form: it stays apart
    String two = text + " Dinas Perdagangan Jawa Barat tidak berkomentar.";
    NameFinder both = (t, sentence, lang) -> {
      List<NameSpan> out = new java.util.ArrayList<>(finder.find(t, sentence, lang));
      int at = t.indexOf("Dinas Perdagangan Jawa Barat");
      if (at >= sentence.start() && at < sentence.end()) {
        out.removeIf(s -> s.start() >= at);
        out.add(new NameSpan(at, at + "Dinas Perdagangan Jawa Barat".length(), EntityType.ORGANIZATION, 1.0));
      }
      return out;
    };
    List<Entity> three = extracted(both, two, "id");
    assertEquals(3, three.stream().filter(e -> e.type() == EntityType.ORGANIZATION).count(), three::toString);
    // a short form holding a name of its own is the body itself, not its local branch
    String party = "Partai Golkar Jawa Timur menggelar rapat. Golkar menolak. Partai Golkar belum memutuskan.";
    NameFinder parties = (t, sentence, lang) -> {
      List<NameSpan> out = new java.util.ArrayList<>();
      for (String name : List.of("Partai Golkar Jawa Timur", "Golkar menolak", "Partai Golkar belum")) {
        int at = t.indexOf(name);
        int end = at + name.length() - (name.endsWith(" menolak") ? 8 : name.endsWith(" belum") ? 6 : 0);
        if (at >= sentence.start() && end <= sentence.end()) {
          out.add(new NameSpan(at, end, EntityType.ORGANIZATION, 1.0));
        }
      }
      return out;
    };
    List<Entity> golkar = extracted(parties, party, "id");
    assertTrue(golkar.stream().anyMatch(e -> e.canonical().equals("Partai Golkar")), golkar::toString);
  }

  @Test
  void aNameWithAPossessiveOrganisationWordIsThatOrganisation() {
    String text = "The Port Ellery Fishermen's Association said it would sue. China's People's Liberation Army "
        + "held drills. Okafor's Office Party was cancelled. Harriet's brother said nothing. The Farmers' Union "
        + "and the Philippines' Foreign Ministry disagreed.";
    List<Entity> entities = extracted(tagging(EntityType.LOCATION, "Port Ellery Fishermen", "China",
        "Farmers", "Philippines"), text, "en");
    assertEquals("Farmers' Union", byKey(entities, "ORGANIZATION#farmers-union")
        .orElseThrow(() -> new AssertionError(entities.toString())).mentions().get(0).text());
    assertTrue(byKey(entities, "LOCATION#ph").isPresent(), entities::toString);
    Entity association = byKey(entities, "ORGANIZATION#port-ellery-fishermen-s-association")
        .orElseThrow(() -> new AssertionError(entities.toString()));
    assertEquals("Port Ellery Fishermen's Association", association.mentions().get(0).text());
    assertTrue(byKey(entities, "LOCATION#cn").isPresent(), entities::toString); // "China's People's": no org word
    List<Entity> people = extracted(tagging(EntityType.PERSON, "Harriet", "Okafor"), text, "en");
    // a person's possessive never becomes an organisation (People's Liberation Army is the gazetteer's, whole)
    assertTrue(people.stream().filter(e -> e.type() == EntityType.PERSON || e.canonical().startsWith("Okafor")
        || e.canonical().startsWith("Harriet")).noneMatch(e -> e.canonical().contains("'s")), people::toString);
    assertTrue(byKey(people, "ORGANIZATION#people-s-liberation-army").isPresent(), people::toString);
  }

  /** The mentions of {@code entities} as "TYPE text", in text order. */
  private static List<String> mentions(List<Entity> entities) {
    return entities.stream().flatMap(e -> e.mentions().stream().map(m -> new Object[] {m.start(), e.type() + " " + m.text()}))
        .sorted(java.util.Comparator.comparingInt(o -> (Integer) o[0])).map(o -> (String) o[1]).toList();
  }

  @Test
  void aSpanRunningOverATitleIntoANameIsTheBodyOrPlaceAndThePerson() {
    String text = "Florida Governor Ron DeSantis spoke. Cornell University Professor Esther Angert agreed. "
        + "Noveon Magnetics Chief Commercial Officer Peter Afiuny and Vice President Harris came to General Electric. "
        + "Israeli President Isaac Herzog and Nat King Cole and City Justice Center stayed. First Lady Jill Biden left first.";
    NameFinder finder = typing(new String[][] {{"Florida Governor Ron DeSantis", "LOCATION"},
        {"Cornell University Professor Esther Angert", "ORGANIZATION"},
        {"Noveon Magnetics Chief Commercial Officer Peter Afiuny", "ORGANIZATION"},
        {"Vice President Harris", "PERSON"}, {"General Electric", "ORGANIZATION"},
        {"Israeli President Isaac Herzog", "PERSON"},
        {"Nat King Cole", "PERSON"}, {"City Justice Center", "LOCATION"}, {"First Lady Jill Biden", "ORGANIZATION"}});
    List<Entity> entities = extracted(finder, text, "en");
    assertEquals(List.of("LOCATION Florida", "PERSON Ron DeSantis", "ORGANIZATION Cornell University",
        "PERSON Esther Angert", "ORGANIZATION Noveon Magnetics", "PERSON Peter Afiuny", "PERSON Harris",
        "ORGANIZATION General Electric", "PERSON Isaac Herzog", "PERSON Nat King Cole", "LOCATION City Justice Center",
        "PERSON Jill Biden"), mentions(entities)); // Israeli, before the title, is an adjective: no name
  }

  /** A finder that tags each {@code {name, TYPE}} pair wherever the name occurs. */
  private static NameFinder typed(String[][] names) {
    return (t, sentence, lang) -> {
      List<NameSpan> out = new java.util.ArrayList<>();
      for (String[] name : names) {
        for (int at = t.indexOf(name[0], sentence.start()); at >= 0 && at + name[0].length() <= sentence.end();
            at = t.indexOf(name[0], at + 1)) {
          out.add(new NameSpan(at, at + name[0].length(), EntityType.valueOf(name[1]), 1.0));
        }
      }
      out.sort(java.util.Comparator.comparingInt(NameSpan::start));
      return out;
    };
  }

  @Test
  void anOfficeWithItsBodyBeforeAPersonIsTheBodyAndThePersonButPlacesNamedAfterPeopleStay() {
    String text = "Juru Bicara KPK Febri Diansyah membenarkan. Kapolda Metro Jaya Irjen Fadil Imran hadir. "
        + "Kantornya di Jalan Jenderal Gatot Subroto dekat Raja Ampat. Ratu Elizabeth II dan Sekjen PBB Antonio Guterres "
        + "berkunjung.";
    List<Entity> entities = extracted(typed(new String[][] {
        {"Juru Bicara KPK Febri Diansyah", "PERSON"}, {"Kapolda Metro Jaya Irjen Fadil Imran", "PERSON"},
        {"Jalan Jenderal Gatot Subroto", "LOCATION"}, {"Raja Ampat", "LOCATION"}, {"Ratu Elizabeth II", "PERSON"},
        {"Sekjen PBB Antonio Guterres", "PERSON"}}), text, "id");
    assertEquals(List.of("ORGANIZATION KPK", "PERSON Febri Diansyah", "PERSON Fadil Imran",
        "LOCATION Jalan Jenderal Gatot Subroto", "LOCATION Raja Ampat", "PERSON Elizabeth II", "ORGANIZATION PBB",
        "PERSON Antonio Guterres"), mentions(entities));
    String english = "Mayor London Breed met President George Washington's heirs.";
    List<Entity> people = extracted(typed(new String[][] {{"Mayor London Breed", "ORGANIZATION"},
        {"President George Washington", "PERSON"}}), english, "en");
    assertEquals(List.of("PERSON London Breed", "PERSON George Washington"), mentions(people));
    // two words after the title: a known place among them is the name's, not an office's
  }

  @Test
  void indonesianNamesOpeningWithACueWordStayWholeAndABodyAfterAnOutsideTitleIsSplitOff() {
    String text = "Pasien dirujuk ke RSUP Dr Sardjito Yogyakarta. Ketua DPR Puan Maharani hadir. Wali Kota Surabaya "
        + "Tri Rismaharini datang. Gubernur Jawa Tengah berpidato. Kata Ketua DPD Nasdem Sumenep, Sufyan Absi.";
    List<Entity> entities = extracted(typed(new String[][] {
        {"RSUP Dr Sardjito Yogyakarta", "ORGANIZATION"}, {"DPR Puan Maharani", "ORGANIZATION"},
        {"Kota Surabaya Tri Rismaharini", "LOCATION"}, {"Jawa Tengah", "LOCATION"},
        {"DPD Nasdem Sumenep", "ORGANIZATION"}, {"Sufyan Absi", "PERSON"}}), text, "id");
    // a party (NasDem, known) after the body is its branch, not a person's name; the office's city is kept, and the
    // Kota of the mayor's title (Wali Kota) stays the title's
    assertEquals(List.of("ORGANIZATION RSUP Dr Sardjito Yogyakarta", "ORGANIZATION DPR", "PERSON Puan Maharani",
        "LOCATION Surabaya", "PERSON Tri Rismaharini", "LOCATION Jawa Tengah", "ORGANIZATION DPD Nasdem Sumenep",
        "PERSON Sufyan Absi"),
        mentions(entities));
  }

  @Test
  void englishPlacesOpeningWithOneTitleStayAndCueWordsBeforeATitleAreNoName() {
    String text = "Oil spilled in Prince William Sound. Council President Nury Martinez resigned.";
    List<Entity> entities = extracted(typed(new String[][] {{"Prince William Sound", "LOCATION"},
        {"Council President Nury Martinez", "ORGANIZATION"}}), text, "en");
    assertEquals(List.of("LOCATION Prince William Sound", "PERSON Nury Martinez"), mentions(entities));
  }

  @Test
  void aSpanEndingInATitleIsTheNameBeforeItWhenThatIsKnownOrCued() {
    String text = "The Maricopa County Sheriff and the U.S. Ambassador ate at Burger King.";
    List<Entity> entities = extracted(typed(new String[][] {{"Maricopa County Sheriff", "LOCATION"},
        {"U.S. Ambassador", "ORGANIZATION"}, {"Burger King", "ORGANIZATION"}}), text, "en");
    assertEquals(List.of("LOCATION Maricopa County", "LOCATION U.S.", "ORGANIZATION Burger King"), mentions(entities));
    String indonesian = "Presiden tiba di Istana Presiden.";
    List<Entity> palace = extracted(typed(new String[][] {{"Istana Presiden", "LOCATION"}}), indonesian, "id");
    assertEquals(List.of("LOCATION Istana Presiden"), mentions(palace)); // a cue word opens it: it stays whole
  }

  @Test
  void titlesAloneNameNobody() {
    String text = "The Vice President spoke to the Deputy Prime Minister.";
    List<Entity> entities = extracted(tagging(EntityType.PERSON, "Vice President"), text, "en");
    assertEquals(List.of(), mentions(entities));
  }

  @Test
  void twoKnownNamesJoinedByAndAreTwoNames() {
    String text = "The U.S. and Russia met. Bosnia and Herzegovina voted. Procter and Gamble sold. Jepang dan Korea Selatan setuju.";
    NameFinder finder = io.kabar.ner.NameFinders.union(tagging(EntityType.ORGANIZATION, "U.S. and Russia",
        "Procter and Gamble"), tagging(EntityType.LOCATION, "Bosnia and Herzegovina", "Jepang dan Korea Selatan"));
    List<Entity> entities = extracted(finder, text, "en");
    assertEquals(List.of("LOCATION U.S.", "LOCATION Russia", "LOCATION Bosnia and Herzegovina",
        "ORGANIZATION Procter and Gamble", "LOCATION Jepang", "LOCATION Korea Selatan"), mentions(entities));
    assertEquals("LOCATION#us", entities.get(0).key());
  }

  @Test
  void peopleNamedTogetherAreEachAPerson() {
    String id = "Pasangan Irianto MS Syaifuddin - Tatang Farhanul Hakim kalah. Pasangan Tri Rismaharini-Whisnu Sakti "
        + "Buana menang. Marcus Gideon/Kevin Sanjaya menang atas Choi Sol-gyu/Seo Seung-jae. Pendukung Jokowi-Kalla "
        + "bersorak. Aktris Yoon Eun-Hye Mendapat peran. Imam Abdurrahman Al-Sudais tiba. Warga Rukmo-Tarjo datang. "
        + "Tokoh El-Jokowi hadir. Raja Salman bin Abdul-Aziz Al-Saud tiba. Catherine Zeta-Jones Hadir Di Sini. "
        + "Pemimpin Kim Jong-un Moon Jae-in bertemu. Ganda Marcus Gideon // Kevin Sanjaya juara. Pelatih Lee "
        + "Seung-Hoon Park Ji-sung datang. Mohamed Abdel-Rahman Hassan tiba. Olivia Newton-John Meninggal Dunia. Ia "
        + "meninggal di rumah.";
    List<Entity> ids = extracted(tagging(EntityType.PERSON, "Irianto MS Syaifuddin - Tatang Farhanul Hakim",
        "Tri Rismaharini-Whisnu Sakti Buana", "Marcus Gideon/Kevin Sanjaya", "Choi Sol-gyu/Seo Seung-jae",
        "Jokowi-Kalla", "Yoon Eun-Hye Mendapat", "Abdurrahman Al-Sudais", "Rukmo-Tarjo", "El-Jokowi",
        "Salman bin Abdul-Aziz Al-Saud", "Catherine Zeta-Jones Hadir", "Kim Jong-un Moon Jae-in",
        "Marcus Gideon // Kevin Sanjaya", "Lee Seung-Hoon Park Ji-sung", "Mohamed Abdel-Rahman Hassan",
        "Olivia Newton-John Meninggal"), id, "id");
    assertEquals(List.of("PERSON Irianto MS Syaifuddin", "PERSON Tatang Farhanul Hakim", "PERSON Tri Rismaharini",
        "PERSON Whisnu Sakti Buana", "PERSON Marcus Gideon", "PERSON Kevin Sanjaya", "PERSON Choi Sol-gyu",
        "PERSON Seo Seung-jae", "PERSON Jokowi", "PERSON Kalla",
        // the finder's spans stay whole over a Korean given name (Mendapat is its error), name connectors (El-Jokowi,
        // made up, has a known name after one), two short names the gazetteer does not know, an Arabic name, a
        // title-case headline's verb and a lower-case syllable
        "PERSON Yoon Eun-Hye Mendapat", "PERSON Abdurrahman Al-Sudais", "PERSON Rukmo-Tarjo", "PERSON El-Jokowi",
        "PERSON Salman bin Abdul-Aziz Al-Saud", "PERSON Catherine Zeta-Jones Hadir", "PERSON Kim Jong-un Moon Jae-in",
        // two slashes part two names as one does
        "PERSON Marcus Gideon", "PERSON Kevin Sanjaya",
        // Korean syllables, an Arabic name's first part and a title-case headline's verb (the article writes it in
        // lower case) keep a hyphen's names whole
        "PERSON Lee Seung-Hoon Park Ji-sung", "PERSON Mohamed Abdel-Rahman Hassan",
        "PERSON Olivia Newton-John Meninggal"), mentions(ids));
    String en = "Jonatan Christie vs. Viktor Axelsen was close. Actor Daniel Day-Lewis and Andy Young-Eon Ahn came. "
        + "Mary Jane Smith-Jones Baker sang. Logan Sargeant - Was never safe. Kuba Stezycki/File shows it. "
        + "File/Jane Roe Smith too. Anna Maria Smith - Jane Doe Lee wed. Hillary Clinton - Bill Clinton spoke.";
    List<Entity> ens = extracted(tagging(EntityType.PERSON, "Jonatan Christie vs. Viktor Axelsen", "Daniel Day-Lewis",
        "Andy Young-Eon Ahn", "Mary Jane Smith-Jones Baker", "Logan Sargeant - Was", "Kuba Stezycki/File",
        "File/Jane Roe Smith", "Anna Maria Smith - Jane Doe Lee", "Hillary Clinton - Bill Clinton"), en, "en");
    assertEquals(List.of("PERSON Jonatan Christie", "PERSON Viktor Axelsen", "PERSON Daniel Day-Lewis",
        "PERSON Andy Young-Eon Ahn", "PERSON Mary Jane Smith-Jones Baker", "PERSON Logan Sargeant",
        "PERSON Kuba Stezycki", "PERSON Jane Roe Smith", "PERSON Anna Maria Smith", "PERSON Jane Doe Lee",
        // a common word that opens a name after a dash is no comment
        "PERSON Hillary Clinton", "PERSON Bill Clinton"), mentions(ens));
  }

  @Test
  void aNameConnectorBetweenTwoPeopleMakesOnePerson() {
    String id = "Gelandang Angel Di Maria mencetak gol. Kemarin Jokowi di Solo bertemu warga. Rudy Di Solo. "
        + "Emmanuel Macron Le Pen Bertemu.";
    // Solo: a city the finder took for a person; no connector joins a name the gazetteer knows
    assertEquals(List.of("PERSON Angel Di Maria", "PERSON Jokowi", "LOCATION Solo", "PERSON Rudy", "LOCATION Solo",
        "PERSON Emmanuel Macron", "PERSON Pen"), mentions(extracted(tagging(EntityType.PERSON, "Angel", "Maria",
        "Jokowi", "Rudy", "Solo", "Emmanuel Macron", "Pen"), id, "id")));
    String en = "Ludwig van Beethoven wrote it.";
    assertEquals(List.of("PERSON Ludwig van Beethoven"),
        mentions(extracted(tagging(EntityType.PERSON, "Ludwig", "Beethoven"), en, "en")));
  }

  @Test
  void anIndonesianOfficesFieldBeforeAPersonIsNoPartOfTheName() {
    String id = "Seperti diketahui Menko Kemaritiman Rizal Ramli hadir. Menteri Komunikasi dan Informatika Rudiantara "
        + "bicara. Laporan Keuangan Sri Mulyani dibahas.";
    List<Entity> ids = extracted(tagging(EntityType.PERSON, "Kemaritiman Rizal Ramli", "Informatika Rudiantara",
        "Keuangan Sri Mulyani"), id, "id");
    // no title before the field word: the span stays as the finder read it
    assertEquals(List.of("PERSON Rizal Ramli", "PERSON Rudiantara", "PERSON Keuangan Sri Mulyani"), mentions(ids));
  }

  @Test
  void aWeekdayAfterANameIsNoPartOfIt() {
    String id = "Menteri itu, Amanda Vanstone, Selasa dicoret. Ketua DPRD Jateng Selasa bicara. Warga Pasar Minggu "
        + "marah. Kapolsek Polsek Pasar Minggu bicara.";
    List<Entity> ids = extracted(typing(new String[][] {{"Amanda Vanstone, Selasa", "PERSON"},
        {"Jateng Selasa", "LOCATION"}, {"Pasar Minggu", "LOCATION"}, {"Polsek Pasar Minggu", "ORGANIZATION"}}), id,
        "id");
    // one word before the day, or the day is an everyday word too (minggu is "week"): the name keeps it
    assertEquals(List.of("PERSON Amanda Vanstone", "LOCATION Jateng Selasa", "LOCATION Pasar Minggu",
        "ORGANIZATION Polsek Pasar Minggu"), mentions(ids));
    String en = "The Masked Singer Wednesday drew viewers. Shops opened for Black Friday. The Mail on Sunday said so.";
    List<Entity> ens = extracted(typing(new String[][] {{"The Masked Singer Wednesday", "ORGANIZATION"},
        {"Black Friday", "ORGANIZATION"}, {"The Mail on Sunday", "ORGANIZATION"}}), en, "en");
    assertEquals(List.of("ORGANIZATION The Masked Singer", "ORGANIZATION Black Friday",
        "ORGANIZATION The Mail on Sunday"), mentions(ens));
  }

  @Test
  void dottedInitialismsTheFinderMissedAreFoundAndKeyedAsTheAcronym() {
    String text = "Officials at the U.N. said the E.U. and the U.K. would pay. The US agreed with the U.S. Army.";
    List<Entity> entities = extracted(tagging(EntityType.ORGANIZATION, "U.S. Army"), text, "en");
    assertEquals(List.of("ORGANIZATION U.N.", "ORGANIZATION E.U.", "LOCATION U.K.", "LOCATION US",
        "ORGANIZATION U.S. Army"), mentions(entities));
    assertTrue(byKey(entities, "ORGANIZATION#united-nations").isPresent(), entities::toString);
    assertTrue(byKey(entities, "LOCATION#gb").isPresent(), entities::toString);
    assertTrue(byKey(entities, "ORGANIZATION#us-army").isPresent(), entities::toString);
  }

  @Test
  void aSpeakerNamedRightAfterAReportingVerbIsAPerson() {
    NameFinder none = tagging(EntityType.PERSON);
    String id = "\"Kami siap,\" ujar Pellegrini kepada wartawan. Harga naik, kata Sindhu. \"Ya,\" kata Rati Tisha.";
    List<Entity> found = extracted(none, id, "id");
    assertEquals(List.of("PERSON#pellegrini", "PERSON#sindhu", "PERSON#rati-tisha"),
        found.stream().map(Entity::key).toList());
    String en = "\"We are ready,\" said Okafor on Monday.";
    assertEquals(List.of("PERSON#okafor"), extracted(none, en, "en").stream().map(Entity::key).toList());
  }

  @Test
  void officesBodiesAndOtherWordsAfterAReportingVerbAreNoSpeakers() {
    NameFinder none = tagging(EntityType.PERSON);
    String[] texts = {
        "\"Ya,\" kata Menteri Perindustrian.", // a title and its office: the finder reads a name after them
        "\"Ya,\" kata Manajer tim itu.", // an office that goes on
        "\"Ya,\" kata Bagus & Rekan.", // a firm
        "\"Ya,\" kata Sinar Terang Jaya Abadi.", // too long a run for a speaker
        "\"Ya,\" kata Warga. Para warga pulang.", // written in lower case in the article
        "Orang itu kata Budi di pasar.", // no comma or quote before the verb
        "\"Ya,\" said TMZ.", // capitals: a body more often than a person
        "\"Ya,\" kata: Budi di pasar."}; // the speaker does not follow the verb
    for (String text : texts) {
      String lang = text.contains("said") ? "en" : "id";
      List<Entity> found = extracted(none, text, lang);
      assertTrue(found.stream().noneMatch(e -> e.type() == EntityType.PERSON), () -> text + " -> " + found);
    }
    // words the finder tagged stay what it said
    String media = "\"Ya,\" tulis Rakata Sumbawa.";
    List<Entity> typed = extracted(tagging(EntityType.LOCATION, "Sumbawa"), media, "id");
    assertEquals(List.of(EntityType.LOCATION), typed.stream().map(Entity::type).toList(), typed::toString);
  }

  @Test
  void aNameEndsBeforeTheAmountOrScoreAFinderRanItInto() {
    String text = "Upah minimum Kabupaten Garut Rp 1,67 juta. Southampton kalah dari Crystal Palace 1-2 di kandang. "
        + "Kamar Motel 6 penuh. Timnas U-19 menang. Gaji naik Rp 2 juta.";
    NameFinder finder = typing(new String[][] {{"Kabupaten Garut Rp 1,67", "LOCATION"}, {"2 juta", "ORGANIZATION"},
        {"Crystal Palace 1-2", "ORGANIZATION"}, {"Motel 6", "ORGANIZATION"}, {"Timnas U-19", "ORGANIZATION"}});
    List<Entity> entities = EntityExtractor.withFinder(finder).extract(text, SPLITTER.split(text, "id"), "id", null,
        MeasureRules.standard().extract(text, "id"));
    List<String> names = entities.stream().filter(e -> e.type() != EntityType.MONEY && e.type() != EntityType.QUANTITY)
        .map(Entity::canonical).toList();
    // a number that is no amount or score stays part of the name; a span inside an amount names nothing
    assertEquals(List.of("Kabupaten Garut", "Crystal Palace", "Motel 6", "Timnas U-19"), names, entities::toString);
  }

  @Test
  void indonesianMinistersShortTitlesAndOtherOfficesAreNoPartOfTheName() {
    String text = "Menhub Budi Karya Sumadi tiba. Wakapolri Komjen Syafruddin hadir. Manajer Susy Susanti bicara. "
        + "Mensesneg Pratikno dan Wakapolda Brigjen Suntana datang.";
    NameFinder finder = tagging(EntityType.PERSON, "Menhub Budi Karya Sumadi", "Wakapolri Komjen Syafruddin",
        "Manajer Susy Susanti", "Mensesneg Pratikno", "Wakapolda Brigjen Suntana");
    List<Entity> entities = extracted(finder, text, "id");
    assertEquals(List.of("PERSON#budi-karya-sumadi", "PERSON#syafruddin", "PERSON#susy-susanti", "PERSON#pratikno",
        "PERSON#suntana"), entities.stream().map(Entity::key).toList());
  }

  @Test
  void aNameHeadedByAnEventWordIsAnEvent() {
    String en = "They won the Davis Cup. He fought in World War II and wrote on the Battle of Britain. Epic Games sued. "
        + "They climbed Hebra East Summit.";
    NameFinder finder = typing(new String[][] {{"Davis Cup", "PERSON"}, {"World War II", "LOCATION"},
        {"Battle of Britain", "ORGANIZATION"}, {"Epic Games", "ORGANIZATION"}, {"Hebra East Summit", "LOCATION"}});
    assertEquals(List.of("EVENT#davis-cup", "EVENT#world-war-ii", "EVENT#battle-of-britain",
        "ORGANIZATION#epic-games", "LOCATION#hebra-east-summit"), keys(finder, en, "en"));
    String id = "Mereka juara Piala Dunia. Pemilu 2019 usai. Kongres Rakyat Nasional bersidang.";
    finder = typing(new String[][] {{"Piala Dunia", "ORGANIZATION"}, {"Pemilu 2019", "PERSON"},
        {"Kongres Rakyat Nasional", "ORGANIZATION"}});
    // the head is the first word in Indonesian; a body's word that can open an event's name keeps the finder's type
    assertEquals(List.of("EVENT#piala-dunia", "EVENT#pemilu-2019", "ORGANIZATION#kongres-rakyat-nasional"),
        keys(finder, id, "id"));
  }

  @Test
  void footballClubsKeyAsOneClubWhateverTheFinderSaidAndCitiesStayPlaces() {
    String text = "Persib Bandung menang. Persib unggul atas PSG dan Arsenal. MU kalah di Liverpool.";
    NameFinder finder = typing(new String[][] {{"Persib Bandung", "ORGANIZATION"}, {"PSG", "LOCATION"},
        {"Liverpool", "LOCATION"}});
    // a club named by its city alone is not listed: news as often means the city
    assertEquals(List.of("ORGANIZATION#persib", "ORGANIZATION#paris-saint-germain", "ORGANIZATION#arsenal",
        "ORGANIZATION#manchester-united", "LOCATION#liverpool"), keys(finder, text, "id"));
  }

  @Test
  void anInitialTheFinderPartedFromItsNameJoinsItAndALetterAloneIsNoName() {
    String text = "It was led by Director J. Robert Oppenheimer. Prices of vitamin D rose. D said so. "
        + "The team of J. Smith Holdings won. Vitamin D, Anna Lee said.";
    NameFinder finder = typing(new String[][] {{"J", "PERSON"}, {"Robert Oppenheimer", "PERSON"},
        {"D", "PERSON"}, {"Smith Holdings", "ORGANIZATION"}, {"Anna Lee", "PERSON"}});
    // only a PERSON right after the initial's dot takes it
    assertEquals(List.of("PERSON#j-robert-oppenheimer", "ORGANIZATION#smith-holdings", "PERSON#anna-lee"),
        keys(finder, text, "en"));
    String tolkien = "He met J. R. R. Tolkien and B. C. in Oxford.";
    NameFinder letters = (t, sentence, lang) -> List.of(new NameSpan(7, 8, EntityType.PERSON, 0.9),
        new NameSpan(10, 11, EntityType.PERSON, 0.6), new NameSpan(13, 14, EntityType.PERSON, 0.8),
        new NameSpan(16, 23, EntityType.PERSON, 0.7), new NameSpan(28, 29, EntityType.PERSON, 0.9),
        new NameSpan(31, 32, EntityType.PERSON, 0.9));
    // a run of initials joins the name it leads to; a run that leads to none names nobody
    List<Entity> joined = EntityExtractor.withFinder(letters).extract(tolkien, SPLITTER.split(tolkien, "en"), "en",
        null);
    assertEquals(List.of("PERSON#jrr-tolkien"), joined.stream().map(Entity::key).toList(), joined::toString);
    assertEquals("J. R. R. Tolkien", joined.get(0).mentions().get(0).text());
  }

  @Test
  void aCityTheFinderTypedAsAnOrganisationIsItsClubAndAsAPlaceStaysThePlace() {
    String text = "FC Barcelona menang. Barcelona unggul 3-0 atas Inter. Ia tinggal di Milan.";
    NameFinder finder = typing(new String[][] {{"FC Barcelona", "ORGANIZATION"}, {"Barcelona", "ORGANIZATION"},
        {"Inter", "ORGANIZATION"}, {"Milan", "LOCATION"}});
    List<Entity> entities = extracted(finder, text, "id");
    assertEquals(List.of("ORGANIZATION#fc-barcelona", "ORGANIZATION#inter-milan", "LOCATION#milan"),
        entities.stream().map(Entity::key).toList());
    assertEquals(2, entities.get(0).mentions().size(), entities::toString); // FC Barcelona and Barcelona
  }

  @Test
  void aGivenNameAndASurnameThatTheFinderCalledABodyOrAPlaceIsAPerson() {
    String text = "A candidate, Hillary Clinton, spoke. Yamaha built a robot to race Valentino Rossi. The Atlanta "
        + "Hawks won. Star Wars opened in Monte Carlo. Beverly Hills agreed.";
    NameFinder finder = typing(new String[][] {{"Hillary Clinton", "ORGANIZATION"}, {"Yamaha", "ORGANIZATION"},
        {"Valentino Rossi", "LOCATION"}, {"Atlanta Hawks", "ORGANIZATION"}, {"Star Wars", "ORGANIZATION"},
        {"Monte Carlo", "LOCATION"}, {"Beverly Hills", "ORGANIZATION"}});
    // a dictionary word after the given name (Hawks, Hills) or an everyday word as the "given name" (Star), or a
    // given name last (Carlo), leaves the finder's type
    assertEquals(List.of("PERSON Hillary Clinton", "ORGANIZATION Yamaha", "PERSON Valentino Rossi",
        "ORGANIZATION Atlanta Hawks", "ORGANIZATION Star Wars", "LOCATION Monte Carlo", "ORGANIZATION Beverly Hills"),
        mentions(extracted(finder, text, "en")));
    // a party, a people's or an -ing word after the "given name" is no surname; a name with an inner capital can be
    String more = "Sen. Rick Scott, a Florida Republican, spoke. The Austin Bombings shook Texas. Mitch McConnell "
        + "agreed.";
    assertEquals(List.of("LOCATION Florida Republican", "ORGANIZATION Austin Bombings", "PERSON Mitch McConnell"),
        mentions(extracted(typing(new String[][] {{"Florida Republican", "LOCATION"},
            {"Austin Bombings", "ORGANIZATION"}, {"Mitch McConnell", "ORGANIZATION"}}), more, "en")));
    // Indonesian news names foreign people with English's given names; an Indonesian common word (Baru: new),
    // a direction word (Timur: east) or a company word (Agro) after the given name leaves the finder's type
    String id = "Kandidat Hillary Clinton berbicara. Pemain Lucas Moura mencetak gol. Harga di Lucas Baru naik. "
        + "Warga Lucas Timur datang. Saham Astra Agro turun.";
    assertEquals(List.of("PERSON Hillary Clinton", "PERSON Lucas Moura", "LOCATION Lucas Baru",
        "LOCATION Lucas Timur", "ORGANIZATION Astra Agro"), mentions(extracted(typing(new String[][] {
            {"Hillary Clinton", "ORGANIZATION"}, {"Lucas Moura", "LOCATION"}, {"Lucas Baru", "LOCATION"},
            {"Lucas Timur", "LOCATION"}, {"Astra Agro", "LOCATION"}}), id, "id")));
    // a place after "di" is a stadium named after a person, as the finder read it
    assertEquals(List.of("LOCATION Giuseppe Meazza"), mentions(extracted(typing(new String[][] {
        {"Giuseppe Meazza", "LOCATION"}}), "Laga digelar di Giuseppe Meazza kemarin.", "id")));
    // Malay and other languages without a given-name list keep the finder's type
    assertEquals(List.of("ORGANIZATION#hillary-clinton"), keys(typing(new String[][] {{"Hillary Clinton",
        "ORGANIZATION"}}), "Calon Hillary Clinton bercakap.", "ms"));
  }

  @Test
  void aSurnameTheFinderCalledAPlaceIsThePersonWhoseFullNameOpensWithAGivenName() {
    String text = "Laura Ingraham spoke. Ingraham said no. Honda Pilot sold well. Pilot sales rose.";
    List<NameSpan> spans = List.of(new NameSpan(0, 14, EntityType.PERSON, 0.9), // Laura Ingraham
        new NameSpan(text.indexOf("Ingraham said"), text.indexOf(" said"), EntityType.LOCATION, 0.9),
        new NameSpan(text.indexOf("Honda"), text.indexOf(" sold"), EntityType.PERSON, 0.9),
        new NameSpan(text.indexOf("Pilot sales"), text.indexOf(" sales"), EntityType.ORGANIZATION, 0.9));
    NameFinder finder = (t, sentence, lang) -> spans.stream()
        .filter(n -> n.start() >= sentence.start() && n.end() <= sentence.end()).toList();
    List<Entity> entities = extracted(finder, text, "en");
    assertEquals(List.of("Laura Ingraham", "Ingraham"), byKey(entities, "PERSON#laura-ingraham").orElseThrow()
        .mentions().stream().map(Mention::text).toList(), entities::toString);
    // Honda is no given name: the finder's person is not trusted to take the body's Pilot
    assertTrue(byKey(entities, "ORGANIZATION#pilot").isPresent(), entities::toString);
    // a company named before the person named after it stays the company
    String dell = "Dell reported higher revenue. Michael Dell, the founder, said so.";
    assertEquals(List.of("ORGANIZATION#dell", "PERSON#michael-dell"), keys(typing(new String[][] {{"Dell",
        "ORGANIZATION"}, {"Michael Dell", "PERSON"}}), dell, "en"));
  }

  @Test
  void aKnownNameStartingWithASpanTakesTheSpansItHoldsWholeAndNoneItWouldCut() {
    String text = "Hong Kong is part of the People's Republic of China. It joined the People’s Republic of China.";
    NameFinder finder = typing(new String[][] {{"People's Republic", "ORGANIZATION"}, {"China", "LOCATION"},
        {"People", "ORGANIZATION"}, {"Republic of China", "ORGANIZATION"}});
    // the finder's spans inside a known name that starts with one of them go (straight or curly apostrophe)
    assertEquals(List.of("LOCATION Hong Kong", "LOCATION People's Republic of China",
        "LOCATION People’s Republic of China"),
        mentions(extracted(finder, text, "en")));
    // a span the known name would cut keeps the known name to the words before it (Kim Jong Un's Un stays out)
    String cut = "The Kim Jong Un Foundation met.";
    assertEquals(List.of("PERSON Kim Jong", "ORGANIZATION Un Foundation"), mentions(extracted(
        typing(new String[][] {{"Kim Jong", "PERSON"}, {"Un Foundation", "ORGANIZATION"}}), cut, "en")));
  }

  @Test
  void aPlaceTheFinderMissedIsFoundByItsHeadWord() {
    String text = "Stocks fell on Wall Street. The Oak Street Bakery opened. President Park spoke. The Sea was calm. "
        + "Cod in the Irish Sea and the Celtic Sea collapsed. Shops on Main Street shut.";
    NameFinder finder = typing(new String[][] {{"Main", "PERSON"}});
    // not when the name goes on (Bakery), after a title or a function word alone, or over a finder's span (Main)
    assertEquals(List.of("LOCATION Wall Street", "LOCATION Irish Sea", "LOCATION Celtic Sea"),
        mentions(extracted(finder, text, "en"))
            .stream().filter(m -> m.startsWith("LOCATION")).toList());
    assertEquals(List.of(), keys((t, sentence, lang) -> List.of(), "Ia tinggal di Wall Street.", "id"));
    // a possessive, a heading's words in capitals, a comma after the head
    String more = "Monday's Wall Street selloff hit stocks. Shops Reopen Along Main Street\n\nInvestors on Wall Street, "
        + "Reuters reported, were calm.";
    assertEquals(List.of("LOCATION Wall Street", "LOCATION Main Street", "LOCATION Wall Street",
        "ORGANIZATION Reuters"), mentions(extracted((t, sentence, lang) -> List.of(), more, "en")));
  }

  @Test
  void aNameWrittenInLowerCaseOrAGenericBodyIsNoEntityAndATreatyIsAnEvent() {
    String text = "The fate of the republic is sealed, the Government says. The Paris Agreement and the Kigali Amendment "
        + "hold.";
    NameFinder finder = typing(new String[][] {{"republic", "LOCATION"}, {"Government", "ORGANIZATION"},
        {"Paris Agreement", "LOCATION"}, {"Kigali Amendment", "PERSON"}});
    assertEquals(List.of("EVENT#paris-agreement", "EVENT#kigali-amendment"), keys(finder, text, "en"));
    String id = "Indonesia meneken Perjanjian Paris.";
    assertEquals(List.of("LOCATION#id", "EVENT#perjanjian-paris"), keys(typing(new String[][] {{"Indonesia",
        "LOCATION"}, {"Perjanjian Paris", "LOCATION"}}), id, "id"));
    // a known name keeps its key however it is written
    assertEquals(List.of("LOCATION#id"), keys(typing(new String[][] {{"indonesia", "LOCATION"}}),
        "warga indonesia", "id"));
  }

  @Test
  void aPlaceAfterABodysHeadWordAndOfIsPartOfTheBody() {
    String text = "Bank of Scotland customers and the Central Bank of Nigeria met at the Children's Hospital of "
        + "Philadelphia. The Mayor of London and The Bank of Korea came. Yazidi women and Latin American voters spoke.";
    NameFinder finder = typing(new String[][] {{"Scotland", "LOCATION"}, {"Nigeria", "LOCATION"},
        {"Philadelphia", "LOCATION"}, {"London", "LOCATION"}, {"Korea", "LOCATION"}, {"Yazidi", "ORGANIZATION"},
        {"Latin American", "LOCATION"}});
    // a title (Mayor) is no body's head; a function word (The) opens no body; peoples are no names; Bank makes a
    // body only before "of"
    String banks = "The South Bank and the Central Bank of Kenya agreed.";
    assertEquals(List.of("LOCATION South Bank", "ORGANIZATION Central Bank of Kenya"), mentions(EntityExtractor
        .withFinder(typing(new String[][] {{"South Bank", "LOCATION"}, {"Central Bank of Kenya", "LOCATION"}}))
        .extract(banks, SPLITTER.split(banks, "en"), "en", null)));
    assertEquals(List.of("ORGANIZATION Bank of Scotland", "ORGANIZATION Central Bank of Nigeria",
        "ORGANIZATION Children's Hospital of Philadelphia", "LOCATION London", "ORGANIZATION Bank of Korea"),
        mentions(extracted(finder, text, "en")));
  }

  @Test
  void aBodyTheFinderMissedIsReadFromItsShortFormInBrackets() {
    String text = "Stocks are low, says Canadian Blood Services (CBS). The Institute for Basic Science (IBS) agreed. "
        + "The Water Board (WSB) was calm.";
    List<Entity> en = extracted(typing(new String[][] {{"CBS", "ORGANIZATION"}, {"IBS", "ORGANIZATION"}}), text,
        "en");
    assertEquals(List.of("Canadian Blood Services", "CBS"), byKey(en, "ORGANIZATION#canadian-blood-services")
        .orElseThrow(() -> new AssertionError(en.toString())).mentions().stream().map(Mention::text).toList());
    // a function word between the initials gives no letter
    assertTrue(byKey(en, "ORGANIZATION#institute-for-basic-science").isPresent(), en::toString);
    assertEquals(2, en.size(), en::toString); // the initials of Water Board are no WSB
    // a defined term names no body (PPN is a non-name of its own)
    String id = "Menurut Majelis Wali Amanat (MWA), Pajak Pertambahan Nilai (PPN) naik.";
    assertEquals(List.of("ORGANIZATION#majelis-wali-amanat"), keys(typing(new String[][] {
        {"MWA", "ORGANIZATION"}, {"PPN", "ORGANIZATION"}}), id, "id"));
  }

  @Test
  void anArabicArticleLedWordContinuesTheNameAndIsItsSurnameAlone() {
    // the finder stops at the lower-case article: Bashar, Abdel Fattah; later the surname comes in three spellings
    String text = "Syrian President Bashar al-Assad spoke on Sunday. Al-Assad said the war would end. Assad met "
        + "officials. Later, al-Assad flew to Moscow with Abdel Fattah el-Sisi and a pro-Western aide.";
    // the finder tags the capitalised Al-Assad itself: one word, his surname, not a name of its own
    List<Entity> entities = extracted(tagging(EntityType.PERSON, "Bashar", "Abdel Fattah", "Al-Assad"), text, "en");
    Entity assad = byKey(entities, "PERSON#bashar-al-assad").orElseThrow(() -> new AssertionError(entities));
    assertEquals(List.of("Bashar al-Assad", "Al-Assad", "Assad", "al-Assad"),
        assad.mentions().stream().map(Mention::text).toList());
    assertTrue(byKey(entities, "PERSON#abdel-fattah-el-sisi").isPresent(), entities::toString);
    // a body the finder read through a title, ending before the article: the title still parts it from the person
    assertTrue(keys(tagging(EntityType.ORGANIZATION, "Syrian President Bashar"), "Syrian President Bashar al-Assad "
        + "met the envoy.", "en").contains("PERSON#bashar-al-assad"));
    // a place or a known name before the article is no name of his: In Syria al-Assad rules
    assertEquals(List.of("LOCATION#sy"), keys(tagging(EntityType.LOCATION, "Syria"), "In Syria al-Assad still rules.",
        "en"));
    assertEquals(List.of("ORGANIZATION#reuters"), keys(tagging(EntityType.PERSON, "Reuters"),
        "Reuters al-Hadath reported the strike.", "en"));
    assertEquals(List.of("LOCATION#deir-el-balah"), keys(tagging(EntityType.LOCATION, "Deir"),
        "Families fled Deir el-Balah on Monday.", "en"), "a place's Arabic head word runs on whatever its type");
    assertEquals(List.of("LOCATION#deir-al-balah"), keys(tagging(EntityType.PERSON, "Deir al-Balah"),
        "Warga Deir al-Balah mengungsi.", "id"), "the finder's person that holds the article already");
    assertEquals(List.of("PERSON#tal-ben-ari"), keys(tagging(EntityType.PERSON, "Tal Ben-Ari"),
        "Tal Ben-Ari spoke.", "en"), "no article: a person named Tal");
    // Deir and Tal open Arabic place names: the finder's person is the place
    String gaza = "Families fled Deir el-Balah and Tal al-Hawa on Monday, said Bashir al-Hourani.";
    assertEquals(List.of("LOCATION#deir-el-balah", "LOCATION#tal-al-hawa", "PERSON#bashir-al-hourani"),
        keys(tagging(EntityType.PERSON, "Deir", "Tal", "Bashir"), gaza, "en"));
  }

  @Test
  void aSurnameWithItsConnectorsIsTheShortFormOfTheFullName() {
    String text = "Osama bin Laden was killed in 2011. Bin Laden had hidden in Abbottabad. Ursula von der Leyen spoke. "
        + "Von der Leyen left. Kevin De Bruyne scored. De Bruyne smiled. Frenkie de Jong watched.";
    List<Entity> entities = extracted(tagging(EntityType.PERSON, "Osama bin Laden", "Bin Laden", "Ursula", "Leyen",
        "Von der Leyen", "Kevin De Bruyne", "De Bruyne", "Frenkie de Jong"), text, "en");
    assertEquals(List.of("Osama bin Laden", "Bin Laden"), mentionTexts(entities, "PERSON#osama-bin-laden"));
    // two connectors between the finder's two parts join them too; the surname with both is the short form
    assertEquals(List.of("Ursula von der Leyen", "Von der Leyen"), mentionTexts(entities,
        "PERSON#ursula-von-der-leyen"));
    assertEquals(List.of("Kevin De Bruyne", "De Bruyne"), mentionTexts(entities, "PERSON#kevin-de-bruyne"));
    // one sense with the full name, whatever the finder typed the short form
    String keeper = "David de Gea saved twice. De Gea smiled.";
    List<Entity> gea = extracted(typing(new String[][] {{"David de Gea", "PERSON"}, {"De Gea", "ORGANIZATION"}}),
        keeper, "en");
    assertEquals(List.of("David de Gea", "De Gea"), mentionTexts(gea, "PERSON#david-de-gea"));
    // without its full name in the article, a surname with a connector stays a name of its own, and names its
    // surname alone
    String alone = "De Bruyne scored twice on Sunday.";
    assertEquals(List.of("PERSON#de-bruyne"), keys(tagging(EntityType.PERSON, "De Bruyne"), alone, "en"));
    List<Entity> assad = extracted(tagging(EntityType.PERSON, "Al-Assad"), "Al-Assad spoke on Sunday. Later Assad "
        + "left.", "en");
    assertEquals(List.of("Al-Assad", "Assad"), byKey(assad, "PERSON#al-assad").orElseThrow(() -> new AssertionError(
        assad)).mentions().stream().map(Mention::text).toList());
  }

  @Test
  void congressionalAndAdviserTitlesPartTheBodyFromThePerson() {
    String text = "House Speaker Mike Johnson spoke. House Minority Whip Katherine Clark replied. National Security "
        + "Adviser Jake Sullivan left.";
    List<String> keys = keys(typing(new String[][] {{"House Speaker Mike Johnson", "ORGANIZATION"},
        {"House Minority Whip Katherine Clark", "ORGANIZATION"},
        {"National Security Adviser Jake Sullivan", "ORGANIZATION"}}), text, "en");
    assertTrue(keys.containsAll(List.of("PERSON#mike-johnson", "PERSON#katherine-clark", "PERSON#jake-sullivan",
        "ORGANIZATION#house")), keys::toString);
    assertFalse(keys.contains("ORGANIZATION#house-minority"), "Minority is part of the title");
    // a title before a name is no short form of a person who bears it as a surname
    String clerk = "House Speaker Mike Johnson spoke. Rachel Speaker, the clerk, replied. Speaker left early.";
    List<Entity> found = extracted(typing(new String[][] {{"House Speaker Mike Johnson", "ORGANIZATION"},
        {"Rachel Speaker", "PERSON"}}), clerk, "en");
    assertEquals(List.of("Rachel Speaker", "Speaker"), mentionTexts(found, "PERSON#rachel-speaker"));
  }

  @Test
  void aKnownNameBeforeAPossessiveHoldsTheFindersSpan() {
    // the finder saw only the end of the name; the entity step's tokens keep Bank's whole
    String text = "Rates held, while the European Central Bank's Christine Lagarde signalled cuts.";
    List<String> keys = keys(typing(new String[][] {{"Central Bank", "LOCATION"}, {"Christine Lagarde", "PERSON"}}),
        text, "en");
    assertEquals(List.of("ORGANIZATION#european-central-bank", "PERSON#christine-lagarde"), keys);
    // a name that is not known stays as the finder had it
    assertEquals(List.of("LOCATION#central-bank"), keys(typing(new String[][] {{"Central Bank", "LOCATION"}}),
        "the Northern Central Bank's rates", "en"));
  }

  @Test
  void aListedNameThatOpensWithAnArticleIsFoundInLowerCase() {
    String text = "The attack was claimed by al-Qaida fighters, not by al-Shabab.";
    assertEquals(List.of("ORGANIZATION#al-qaeda", "ORGANIZATION#al-shabab"), keys(tagging(EntityType.PERSON), text,
        "en"));
  }

  @Test
  void onlyAnArabicArticleBeforeACapitalMakesAnArticleLedWord() {
    for (String word : List.of("al-Assad", "el-Sisi", "an-Nusra", "ash-Sham", "Al-Assad")) {
      assertTrue(EntityExtractor.isArticledWord(word), word);
    }
    for (String word : List.of("pro-Israel", "non-EU", "mid-January", "al-", "al-assad", "al-Assad-led", "al-F16",
        "xal-Assad", "Assad", "")) {
      assertFalse(EntityExtractor.isArticledWord(word), word);
    }
    assertEquals(-1, EntityExtractor.articledPartEnd("the pro-Israel group", 4));
    assertEquals(15, EntityExtractor.articledPartEnd("Bashar al-Assad's", 7), "a possessive ends the word");
    assertEquals(-1, EntityExtractor.articledPartEnd("Bashar-al-Assad", 7), "inside a hyphenated word");
    assertEquals(-1, EntityExtractor.articledPartEnd("the al-Assad-led army", 4), "a compound goes on");
  }

  @Test
  void aSpanEndsAtABracketItDoesNotClose() {
    String text = "Shares of Apple Inc (AAPL.O) rose, as did those of Lembaga Bantuan Hukum) PARFI.";
    assertEquals(List.of("ORGANIZATION#apple", "ORGANIZATION#lembaga-bantuan-hukum", // AAPL: Apple's ticker
        "ORGANIZATION#parfi"), keys(tagging(EntityType.ORGANIZATION, "Apple Inc (AAPL", "Lembaga Bantuan Hukum) PARFI"),
        text, "en"));
    // brackets that pair up stay inside the name; a part without a letter is no name
    assertEquals(List.of("ORGANIZATION#rumah-sakit-rs-cipto"), keys(tagging(EntityType.ORGANIZATION,
        "Rumah Sakit (RS) Cipto"), "Ia dirawat di Rumah Sakit (RS) Cipto kemarin.", "id"));
    List<NameSpan> cut = EntityExtractor.atBrackets("in Koch (2019) Ltd", List.of(new NameSpan(3, 18,
        EntityType.ORGANIZATION, 1.0)));
    assertEquals(List.of(new NameSpan(3, 18, EntityType.ORGANIZATION, 1.0)), cut, "paired");
    assertEquals(List.of(new NameSpan(3, 7, EntityType.ORGANIZATION, 1.0)), EntityExtractor.atBrackets("in Koch (2019",
        List.of(new NameSpan(3, 13, EntityType.ORGANIZATION, 1.0))), "the year after the bracket holds no letter");
    assertEquals(List.of(new NameSpan(0, 1, EntityType.PERSON, 1.0), new NameSpan(3, 8, EntityType.PERSON, 1.0)),
        EntityExtractor.atBrackets("A ((B) C", List.of(new NameSpan(0, 8, EntityType.PERSON, 1.0))),
        "a second opening bracket before the first closes: the first is the one left alone");
  }

  @Test
  void anEpithetEndsAPersonAndAFirmEndsInAndCo() {
    String text = "Works by Pliny the Elder and Hans Holbein the Younger were shown. Alexander the Great and Catherine "
        + "the Great were compared. The Great Wall was closed.";
    List<String> keys = keys(typing(new String[][] {{"Pliny", "PERSON"}, {"Elder", "PERSON"}, {"Hans Holbein",
        "PERSON"}, {"Younger", "ORGANIZATION"}, {"Alexander the Great", "PERSON"}, {"Catherine", "PERSON"},
        {"Great Wall", "LOCATION"}}), text, "en");
    assertEquals(List.of("PERSON#pliny-the-elder", "PERSON#hans-holbein-the-younger", "PERSON#alexander-the-great",
        "PERSON#catherine-the-great", "LOCATION#great-wall"), keys);
    // not before a capitalised word; and after one word the finder called a person, & Co needs its dot
    assertEquals(List.of("PERSON#mary-berry"), keys(tagging(EntityType.PERSON, "Mary Berry"),
        "Mary Berry the Great British Bake Off judge retired.", "en"));
    // nor is an epithet anyone's short form
    List<Entity> great = extracted(tagging(EntityType.PERSON, "Alexander the Great"), "Alexander the Great won. "
        + "Great food followed.", "en");
    assertEquals(List.of("Alexander the Great"), mentionTexts(great, "PERSON#alexander-the-great"));
    assertEquals(List.of("PERSON#messi", "ORGANIZATION#crawford"), keys(tagging(EntityType.PERSON, "Messi",
        "Crawford"), "Messi & Co will face Orlando. The report was made by Crawford & Co.", "en"));
    String firms = "I asked Joseph A Jones & Co and then Kennedy & Company, not Smith & Wesson or Tom & Co-workers.";
    assertEquals(List.of("ORGANIZATION#joseph-a-jones", "ORGANIZATION#kennedy-company", "PERSON#smith",
        "PERSON#wesson", "PERSON#tom"), keys(typing(new String[][] {{"Joseph A Jones", "PERSON"}, {"Co", "PERSON"},
        {"Kennedy", "PERSON"}, {"Smith", "PERSON"}, {"Wesson", "PERSON"}, {"Tom", "PERSON"}}), firms, "en"));
  }

  @Test
  void aClubWordJoinsTheWholeNameThatEndsRightBeforeIt() {
    String text = "The Philadelphia Union played New York City FC on Sunday.";
    assertEquals(List.of("ORGANIZATION#philadelphia-union", "ORGANIZATION#new-york-city-fc"), keys(typing(
        new String[][] {{"Philadelphia Union", "ORGANIZATION"}, {"New York City", "LOCATION"}, {"FC", "LOCATION"}}),
        text, "en"));
    // a name that ends a word before the club word stays apart
    assertEquals(List.of("LOCATION#new-york", "LOCATION#fc"), keys(typing(new String[][] {{"New York", "LOCATION"},
        {"FC", "LOCATION"}}), "Fans of New York and FC Bayern met.", "en"));
  }

  @Test
  void aRoleNounInLowerCaseIsATitleBeforeAPerson() {
    String text = "Arsenal boss Mikel Arteta praised Real Madrid captain Marcelo and Seahawks quarterback Geno Smith.";
    List<String> keys = keys(typing(new String[][] {{"Arsenal boss Mikel Arteta", "ORGANIZATION"},
        {"Real Madrid captain Marcelo", "ORGANIZATION"}, {"Seahawks quarterback Geno Smith", "ORGANIZATION"}}), text,
        "en");
    assertEquals(List.of("ORGANIZATION#arsenal", "PERSON#mikel-arteta", "ORGANIZATION#real-madrid", "PERSON#marcelo",
        "ORGANIZATION#seattle-seahawks", "PERSON#geno-smith"), keys);
    // capitalised, a role noun is part of a name: Hugo Boss is one company, Land Rover Defender one car
    assertEquals(List.of("ORGANIZATION#hugo-boss", "PERSON#daniel-grieder"), keys(tagging(EntityType.ORGANIZATION,
        "Hugo Boss CEO Daniel Grieder"), "Hugo Boss CEO Daniel Grieder spoke.", "en"));
    assertEquals(List.of("ORGANIZATION#land-rover-defender"), keys(tagging(EntityType.ORGANIZATION,
        "Land Rover Defender"), "The Land Rover Defender won.", "en"));
    // a capitalised title before one word in a body's span is still part of its name (General Electric)
    assertEquals(List.of("ORGANIZATION#general-electric"), keys(tagging(EntityType.ORGANIZATION, "General Electric"),
        "General Electric rose.", "en"));
  }

  @Test
  void aTickerInBracketsAfterAListedCompanyIsItsShortForm() {
    String text = "Saham PT Bank Central Asia Tbk (BBCA) naik, dan PT Telkom Indonesia (Persero) Tbk turun. Saham BBCA "
        + "ditutup menguat.";
    List<Entity> entities = extracted(typing(new String[][] {{"PT Bank Central Asia Tbk", "ORGANIZATION"},
        {"BBCA", "ORGANIZATION"}, {"PT Telkom Indonesia", "ORGANIZATION"}, {"Persero", "ORGANIZATION"}}), text, "id");
    assertEquals(List.of("PT Bank Central Asia Tbk", "BBCA", "BBCA"), mentionTexts(entities, "ORGANIZATION#bca"));
    assertEquals(List.of("PT Telkom Indonesia (Persero) Tbk"), mentionTexts(entities,
        "ORGANIZATION#telkom-indonesia"));
    assertEquals(2, entities.size(), entities::toString); // Persero is no name of its own
    // with an exchange's code; not after a name without a listed company's legal form (a party after a person)
    String en = "Shares of Apple Inc (AAPL.O) rose. Anies Baswedan (PKS) and Acme Holdings (XYZW) spoke.";
    assertEquals(List.of("ORGANIZATION#apple", "PERSON#anies-baswedan", "ORGANIZATION#pks",
        "ORGANIZATION#acme-holdings", "ORGANIZATION#xyzw"), keys(typing(new String[][] {{"Apple Inc", "ORGANIZATION"},
        {"AAPL", "ORGANIZATION"}, {"Anies Baswedan", "PERSON"}, {"PKS", "ORGANIZATION"}, {"Acme Holdings",
        "ORGANIZATION"}, {"XYZW", "ORGANIZATION"}}), en, "en"));
    // a known code in brackets is no ticker, after a company or not: AS stays the United States
    List<String> freeport = keys(typing(new String[][] {{"Freeport-McMoRan Inc", "ORGANIZATION"}, {"AS", "LOCATION"}}),
        "Induk usahanya, Freeport-McMoRan Inc (AS), mencatat laba. Pemerintah AS diam.", "id");
    assertEquals(List.of("ORGANIZATION#freeport-mcmoran", "LOCATION#us"), freeport);
  }

  @Test
  void aTitledPersonsSurnameIsTheirsWhateverTheFinderTypedIt() {
    // Viktor is no listed given name: the title before the full name tells that he is a person
    String text = "Prime Minister Viktor Orban dropped his veto. Talks between Orban, French President Emmanuel Macron "
        + "and others went on. Honda Pilot sales rose, and Pilot owners complained.";
    List<String> keys = keys(typing(new String[][] {{"Viktor Orban", "PERSON"}, {"Orban", "LOCATION"},
        {"French President Emmanuel Macron", "LOCATION"}, {"Honda Pilot", "PERSON"}, {"Pilot", "ORGANIZATION"}}), text,
        "en");
    // French is a people's adjective, not a place
    assertEquals(List.of("PERSON#viktor-orban", "PERSON#emmanuel-macron", "PERSON#honda-pilot"), keys.subList(0, 3));
    // Pilot is no short form of an untitled full name
    List<Entity> cars = extracted(typing(new String[][] {{"Honda Pilot", "PERSON"}, {"Pilot", "ORGANIZATION"}}),
        "Honda Pilot sales rose. Pilot owners complained.", "en");
    assertEquals(List.of("Honda Pilot"), mentionTexts(cars, "PERSON#honda-pilot"));
  }

  @Test
  void theArticlesOwnDefinitionOfAKnownAcronymWins() {
    String text = "Australian Federal Police (AFP) Commissioner Reece Kershaw spoke. The AFP said more. AFP "
        + "reported it.";
    List<Entity> entities = extracted(typing(new String[][] {{"Australian Federal Police", "ORGANIZATION"},
        {"AFP", "ORGANIZATION"}, {"Reece Kershaw", "PERSON"}}), text, "en");
    assertEquals(List.of("Australian Federal Police", "AFP", "AFP", "AFP"), mentionTexts(entities,
        "ORGANIZATION#australian-federal-police"));
    // without such a definition the acronym is the gazetteer's; a name it does not abbreviate leaves it so too
    assertEquals(List.of("ORGANIZATION#agence-france-presse"), keys(tagging(EntityType.ORGANIZATION, "AFP"),
        "AFP reported it.", "en"));
    assertTrue(keys(tagging(EntityType.ORGANIZATION, "Police Special Unit", "AFP"),
        "The Police Special Unit (AFP) met. AFP reported it.", "en").contains("ORGANIZATION#agence-france-presse"));
    // the gazetteer's own full name in another language keeps the gazetteer's key
    assertEquals(List.of("ORGANIZATION#united-nations"), keys(tagging(EntityType.ORGANIZATION,
        "Perserikatan Bangsa-Bangsa", "PBB"), "Perserikatan Bangsa-Bangsa (PBB) bersidang. PBB menolak.", "id"));
    // nor does the known body named at more length
    assertEquals(List.of("ORGANIZATION#komisi-pemilihan-umum-republik-indonesia", "ORGANIZATION#kpu"), keys(tagging(
        EntityType.ORGANIZATION, "Komisi Pemilihan Umum Republik Indonesia", "KPU"), "Komisi Pemilihan Umum Republik "
        + "Indonesia (KPU) menetapkan hasil. Ketua KPU hadir.", "id"));
  }

  @Test
  void aPersonsFullNameAfterAndPartsItFromTheNameBefore() {
    String text = "John Hopfield of Princeton University and Geoffrey Hinton of Toronto won. Hinton smiled.";
    List<Entity> entities = extracted(typing(new String[][] {{"John Hopfield", "PERSON"},
        {"Princeton University and Geoffrey Hinton", "ORGANIZATION"}, {"Toronto", "LOCATION"}, {"Hinton", "PERSON"}}),
        text, "en");
    assertTrue(byKey(entities, "ORGANIZATION#princeton-university").isPresent(), entities::toString);
    assertEquals(List.of("Geoffrey Hinton", "Hinton"), mentionTexts(entities, "PERSON#geoffrey-hinton"));
    // one word after and, or a body's word in it, is part of the name
    assertEquals(List.of("ORGANIZATION#marks-and-spencer", "ORGANIZATION#bill-and-melinda-gates-foundation"), keys(
        tagging(EntityType.ORGANIZATION, "Marks and Spencer", "Bill and Melinda Gates Foundation"),
        "Marks and Spencer and the Bill and Melinda Gates Foundation gave.", "en"));
    assertEquals(List.of("ORGANIZATION#norwegian-spruce-and-fraser-fir"), keys(tagging(EntityType.ORGANIZATION,
        "Norwegian Spruce and Fraser Fir"), "Trees such as the Norwegian Spruce and Fraser Fir grow.", "en"),
        "an everyday word last is no surname");
  }

  @Test
  void aNameListedInLowerCaseIsFoundOnlyAsWritten() {
    String text = "\"Kami siap,\" ujar Budi kepada detikcom. Laporan detikINET menyebut eBay. Ia berlari 10 detik.";
    assertEquals(List.of("PERSON#budi", "ORGANIZATION#detikcom", "ORGANIZATION#ebay"), keys(tagging(EntityType.PERSON,
        "Budi"), text, "id"));
    // the same letters otherwise cased are no such name: Ebay is the finder's to call, ebay nobody's
    assertEquals(List.of(), keys(tagging(EntityType.PERSON), "Harga di ebay turun, kata mereka.", "id"));
  }

  @Test
  void aKnownPersonOfOneWordEndsAPlacesSpan() {
    String text = "Ratas dihadiri Gubernur Jakarta Ahok. Warga Halmahera Utara Presiden Jokowi sudah tahu.";
    assertEquals(List.of("LOCATION#jakarta", "PERSON#basuki-tjahaja-purnama", "LOCATION#halmahera-utara",
        "PERSON#joko-widodo"), keys(tagging(EntityType.LOCATION, "Jakarta Ahok", "Halmahera Utara Presiden Jokowi"),
        text, "id"));
    // an unknown word after a place stays in its name
    assertEquals(List.of("LOCATION#jakarta-raya"), keys(tagging(EntityType.LOCATION, "Jakarta Raya"),
        "Warga Jakarta Raya datang.", "id"));
  }

  @Test
  void aNameThatOnlyFillsAQuotationIsATitle() {
    String text = "Beyonce's “Cowboy Carter” topped the chart. Her \"Renaissance\" tour ended, and Microsoft said "
        + "\"Azure\" grew. Film \"Agak Laen\" was shown. Crawford beat \"Bud\" Crawford.";
    List<String> keys = keys(tagging(EntityType.PERSON, "Beyonce", "Cowboy Carter", "Renaissance", "Agak Laen",
        "Bud", "Crawford"), text, "en");
    assertEquals(List.of("PERSON#beyonce", "ORGANIZATION#microsoft", "PERSON#crawford"), keys);
    // a name written outside quotes too stays, and so do a known name and an event in quotes
    List<String> kept = keys(typing(new String[][] {{"Agak Laen", "PERSON"}, {"Microsoft", "ORGANIZATION"},
        {"Perang Dunia II", "EVENT"}}), "Film \"Agak Laen\" laris. Sutradara Agak Laen senang. Ia menyebut "
        + "\"Microsoft\" dan \"Perang Dunia II\".", "id");
    assertTrue(kept.containsAll(List.of("PERSON#agak-laen", "ORGANIZATION#microsoft")), kept::toString);
    assertEquals(3, kept.size(), kept::toString);
  }

  @Test
  void theNamesInsideAQuotedTitleAreNoNames() {
    String text = "It is the election, not \"Game of Thrones.\" He printed “Zettel’s Traum,” and showed \"The Admiral: "
        + "Roaring Currents\" and ‘Tunggu di Sana’. Next to “Jackson, Ernest, 1937,” she said ‘Yes, Ronald Regan.’ "
        + "Fans sang \"Party for Budi\" and \"Budi Santoso came home\" by Andi. It sells \"made-in-China\" cars. "
        + "He said: \"Paolo Maldini.\" Fans chanted \"Pak Edy! Pak Edy!\" and \"Harris and Walz\". He wrote \"Dear "
        + "Mr. Widodo\". In the ‘90s Dario Kovac Era’ began. Sunak: ‘Starmer Will Raise Your Taxes’ as polls open.";
    List<String> keys = keys(tagging(EntityType.PERSON, "Thrones", "Zettel", "Traum", "Roaring Currents", "Sana",
        "Jackson", "Ernest", "Ronald Regan", "Budi", "Budi Santoso", "Andi", "made-in-China", "Paolo Maldini", "Edy",
        "Harris", "Walz", "Widodo", "Dario Kovac", "Starmer Will Raise Your Taxes"), text, "en");
    // a name filling the quotes alone goes whatever its case; a quotation with a comma inside is a list or a
    // sentence, one with a lower-case word that is no title's function word a sentence: their names stay; so do
    // a name alone with its final mark (an answer), a chant's, names joined by "and", one after a title, and one
    // between apostrophes
    assertEquals(List.of("PERSON#jackson", "PERSON#ernest", "PERSON#ronald-regan", "PERSON#budi-santoso",
        "PERSON#andi", "PERSON#paolo-maldini", "PERSON#edy", "PERSON#harris", "PERSON#walz", "PERSON#widodo",
        "PERSON#dario-kovac"), keys);
  }

  @Test
  void northAmericanTeamsAreBodiesAndAnArticleIsNoShortForm() {
    String text = "The Kansas City Chiefs beat the Houston Texans. The Dodgers signed him. The Dodgers' offer was big, "
        + "and the Dodgers won. The game ended late.";
    List<Entity> entities = extracted(typing(new String[][] {{"Kansas City Chiefs", "LOCATION"},
        {"Houston Texans", "LOCATION"}, {"The Dodgers", "PERSON"}}), text, "en");
    List<String> keys = entities.stream().map(Entity::key).toList();
    assertTrue(keys.containsAll(List.of("ORGANIZATION#kansas-city-chiefs", "ORGANIZATION#houston-texans",
        "ORGANIZATION#los-angeles-dodgers")), keys::toString);
    // no sentence's The is the short form of a name the finder read with it
    for (Entity e : entities) {
      assertFalse(e.mentions().stream().anyMatch(m -> m.text().equals("The")), e::toString);
    }
  }

  @Test
  void aPluralNounOpeningASentenceIsNoPerson() {
    String text = "Cons: it is loud. Detectives said the car was stolen. Tiger Woods played. Woods said he was tired.";
    List<String> keys = keys(tagging(EntityType.PERSON, "Cons", "Detectives", "Tiger Woods", "Woods"), text, "en");
    assertEquals(List.of("PERSON#tiger-woods"), keys); // Woods: his short form
    // a listed given name that reads as a noun's plural (jame + s) is a name
    assertEquals(List.of("PERSON#james"), keys(tagging(EntityType.PERSON, "James"), "James looks tired.", "en"));
    // mid-sentence, or in Indonesian, the finder's word stays
    assertEquals(List.of("PERSON#detectives"), keys(tagging(EntityType.PERSON, "Detectives"),
        "He met Detectives there.", "en"));
    assertEquals(List.of("PERSON#detectives"), keys(tagging(EntityType.PERSON, "Detectives"),
        "Detectives datang.", "id"));
  }

  @Test
  void aNameEndsAtALegalFormBeforeALowerCaseWord() {
    List<Entity> entities = extracted(tagging(EntityType.ORGANIZATION, "Apple Inc on Monday", "Zorblax Corp. fell",
        "PT maju Jaya"), "Apple Inc on Monday unveiled a phone. Zorblax Corp. fell sharply.", "en");
    assertEquals(List.of("Apple Inc", "Zorblax Corp."), entities.stream().flatMap(e -> e.mentions().stream())
        .map(Mention::text).toList());
    // a lower-case word after any other word stays the finder's business (The Mail on Sunday)
    assertEquals(List.of("ORGANIZATION#the-mail-on-sunday"), keys(tagging(EntityType.ORGANIZATION,
        "The Mail on Sunday"), "He wrote for The Mail on Sunday.", "en"));
  }

  @Test
  void initialsWithAnAgeOrAfterInisialNameNobody() {
    String text = "Polisi menangkap pria berinisial AS (34). Korban, RS (29), tewas. Tersangka berinisial MHD kabur. "
        + "Warga AS datang ke RS Polri.";
    List<Entity> entities = extracted(tagging(EntityType.PERSON), text, "id");
    assertEquals(List.of("AS"), mentionTexts(entities, "LOCATION#us"), "the last AS is the country");
    assertTrue(EntityExtractor.initialsWithAge("RS (29)", new NameSpan(0, 2, EntityType.ORGANIZATION, 1.0)));
    assertTrue(EntityExtractor.initialsWithAge("berinisial MHD", new NameSpan(11, 14, EntityType.PERSON, 1.0)));
    assertFalse(EntityExtractor.initialsWithAge("PDIP (110 kursi)", new NameSpan(0, 4, EntityType.ORGANIZATION, 1.0)));
    assertFalse(EntityExtractor.initialsWithAge("Rusia (2022)", new NameSpan(0, 5, EntityType.LOCATION, 1.0)));
    assertFalse(EntityExtractor.initialsWithAge("UNESCO (12)", new NameSpan(0, 6, EntityType.ORGANIZATION, 1.0)));
  }

  /** What an extractor over {@code finder} and the shipped lists finds in {@code text}, one sentence split. */
  @Test
  void lowerCaseWordsOpeningASpanAreNoPartOfTheName() {
    String text = "Yunarto bicara di kantor Charta Politika. Dia tiba di kota Bandung dan bertemu yusuf Muhi. Ia "
        + "tinggal di jalan Medan Merdeka Barat. Laga di sirkuit Silverstone usai. Timnya datang dari van Gaal. "
        + "Rapat di kementerian Keuangan. Kader datang ke partai Gerindra.";
    List<Entity> id = extracted(typing(new String[][] {{"kantor Charta Politika", "LOCATION"},
        {"kota Bandung", "LOCATION"}, {"yusuf Muhi", "PERSON"}, {"jalan Medan Merdeka Barat", "LOCATION"},
        {"sirkuit Silverstone", "LOCATION"}, {"van Gaal", "PERSON"}, {"kementerian Keuangan", "ORGANIZATION"},
        {"partai Gerindra", "ORGANIZATION"}}), text, "id");
    // an office is its body's, and so is a known party; a body's head noun, a place cue (as the labelled sets write
    // them), a given name written small and a name connector stay
    assertEquals(List.of("ORGANIZATION Charta Politika", "LOCATION kota Bandung", "PERSON yusuf Muhi",
        "LOCATION jalan Medan Merdeka Barat", "LOCATION Silverstone", "PERSON van Gaal",
        "ORGANIZATION kementerian Keuangan", "ORGANIZATION Gerindra"),
        id.stream().map(e -> e.type() + " " + e.mentions().get(0).text()).toList(), id::toString);
    String en = "The philosopher Paul Thagard spoke in western China. Sales at eBay Motors rose. Troops took east "
        + "Jerusalem.";
    List<Entity> found = extracted(typing(new String[][] {{"philosopher Paul Thagard", "PERSON"},
        {"western China", "LOCATION"}, {"eBay Motors", "ORGANIZATION"}, {"east Jerusalem", "LOCATION"}}), en, "en");
    // a compass word makes a place of its own
    assertEquals(List.of("PERSON#paul-thagard", "LOCATION#cn", "ORGANIZATION#ebay-motors", "LOCATION#east-jerusalem"),
        found.stream().map(Entity::key).toList(), found::toString);
  }

  @Test
  void aKnownAcronymAfterAFalsePersonStaysTheBody() {
    String text = "Kata Humas KPK Febri Diansyah di Jakarta. Febri Diansyah berbicara di KPK.";
    NameFinder people = tagging(EntityType.PERSON, "Humas KPK", "Febri Diansyah");
    int body = text.lastIndexOf("KPK");
    NameFinder finder = (t, sentence, lang) -> {
      List<NameSpan> out = new ArrayList<>(people.find(t, sentence, lang));
      if (sentence.start() <= body && body < sentence.end()) {
        out.add(new NameSpan(body, body + 3, EntityType.ORGANIZATION, 1.0));
      }
      return out;
    };
    List<Entity> entities = extracted(finder, text, "id");
    Entity kpk = entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("KPK")))
        .findFirst().orElseThrow();
    assertEquals("ORGANIZATION#kpk", kpk.key(), entities::toString);
  }

  @Test
  void anIndonesianBodysHeadNounBeforeAPlaceMakesNoPerson() {
    String text = "Jaksa dari Kejari Palembang dan Pemkot Bandung hadir.";
    List<String> keys = keys(tagging(EntityType.PERSON, "Kejari Palembang", "Pemkot Bandung"), text, "id");
    assertEquals(List.of("ORGANIZATION#kejari-palembang", "ORGANIZATION#pemkot-bandung"), keys);
  }

  @Test
  void aNameEndsBeforeADaysDateUnlessTheDateNamesIt() {
    String text = "Jokowi menerima mereka di Istana Negara 21 Desember 2015. Mereka kuliah di Universitas 17 Agustus "
        + "1945. Laga di Stadion Gelora 10 November Surabaya.";
    NameFinder finder = tagging(EntityType.LOCATION, "Istana Negara 21", "Universitas 17 Agustus 1945",
        "Stadion Gelora 10 November Surabaya");
    List<Entity> entities = EntityExtractor.withFinder(finder).extract(text, SPLITTER.split(text, "id"), "id", null,
        MeasureRules.standard().extract(text, "id"));
    List<String> names = entities.stream().filter(e -> e.type() == EntityType.LOCATION).map(Entity::canonical)
        .toList();
    // a span that holds the whole date reads it as the name's
    assertEquals(List.of("Istana Negara", "Universitas 17 Agustus 1945", "Stadion Gelora 10 November Surabaya"), names,
        entities::toString);
  }

  @Test
  void thePersonAfterATwoWordMayorsTitleIsNoPlace() {
    String text = "Wali Kota Tri Rismaharini tiba. Wakil Wali Kota Whisnu Sakti Buana hadir. Wali Kota Sibolga juga "
        + "datang. Wali Kota Medan Bobby Nasution bicara. Ketua Pengadilan Jakarta Budi Santoso memimpin.";
    List<String> keys = keys(typing(new String[][] {{"Kota Tri Rismaharini", "LOCATION"},
        {"Whisnu Sakti Buana", "LOCATION"}, {"Kota Sibolga", "LOCATION"}, {"Kota Medan Bobby Nasution", "LOCATION"},
        {"Pengadilan Jakarta Budi Santoso", "ORGANIZATION"}}), text, "id");
    // every Indonesian city is listed, so a known city after the title stays the office's place; the office's body
    // is typed by its cue word before a known name (Kota Medan a place, Pengadilan Jakarta a body)
    assertEquals(List.of("PERSON#tri-rismaharini", "PERSON#whisnu-sakti-buana", "LOCATION#sibolga",
        "LOCATION#medan", "PERSON#bobby-nasution", "ORGANIZATION#pengadilan-jakarta", "PERSON#budi-santoso"), keys);
  }

  @Test
  void aRegencyOpeningASpanIsThePlaceAndTheNameAfterItThePerson() {
    String text = "Bupati Bantaeng Nurdin Abdullah hadir. Wakil Wali Kota Bogor Usmar Hariman datang. Dana mengalir ke "
        + "Rote Ndao dan Kabupaten Takalar. Kapolres Purwakarta mengimbau warga. Wali Kota Batu Dewanti Rumpoko tiba. "
        + "Wali Kota Tasikmalaya Budi Budiman ditahan. Siswa diajarkan budi pekerti oleh guru yang budiman. Ucap "
        + "Bupati Lamongan Fadeli. Bupati Pati Senin meninjau Kudus.";
    List<String> keys = keys(typing(new String[][] {{"Bantaeng Nurdin Abdullah", "LOCATION"},
        {"Kota Bogor Usmar Hariman", "LOCATION"}, {"Rote Ndao", "PERSON"}, {"Takalar", "PERSON"},
        {"Purwakarta", "PERSON"}, {"Kota Batu Dewanti Rumpoko", "LOCATION"},
        {"Kota Tasikmalaya Budi Budiman", "LOCATION"}, {"Lamongan Fadeli", "LOCATION"}, {"Pati Senin", "LOCATION"}}),
        text, "id");
    // a one-word regency is the place where the finder typed a place or the text puts one (Kabupaten, Kapolres);
    // a city listed with its Kota keeps it after Wali (Kota Batu: batu is a word); after an office, a name of words
    // the article writes small is still a person (Budi Budiman), and so is one name after the office and its place;
    // a weekday there is no office holder (the span stays as the finder read it)
    assertEquals(List.of("LOCATION#bantaeng", "PERSON#nurdin-abdullah", "LOCATION#bogor", "PERSON#usmar-hariman",
        "LOCATION#rote-ndao", "LOCATION#takalar", "LOCATION#purwakarta", "LOCATION#kota-batu",
        "PERSON#dewanti-rumpoko", "LOCATION#tasikmalaya", "PERSON#budi-budiman", "LOCATION#lamongan",
        "PERSON#fadeli", "LOCATION#pati-senin"), keys);
    // not in English, nor where the place is also a given name: the person's
    List<String> english = keys(typing(new String[][] {{"Houston Nutt", "PERSON"}}), "Coach Houston Nutt said.", "en");
    assertEquals(List.of("PERSON#houston-nutt"), english);
    List<String> given = keys(typing(new String[][] {{"Jordan Henderson", "PERSON"}}),
        "Kapten Jordan Henderson cedera.", "id");
    assertEquals(List.of("PERSON#jordan-henderson"), given);
    // a province's office too; any other title is no place's (a lecturer's name may open with one)
    List<String> offices = keys(typing(new String[][] {{"Jawa Timur Soekarwo", "LOCATION"},
        {"Intan Jaya Kusuma", "PERSON"}}), "Gubernur Jawa Timur Soekarwo hadir. Dosen Intan Jaya Kusuma mengajar.",
        "id");
    assertEquals(List.of("LOCATION#jawa-timur", "PERSON#soekarwo", "PERSON#intan-jaya-kusuma"), offices);
  }

  @Test
  void aOneWordRegencyIsNoPlaceWhereNothingPutsOne() {
    String text = "Anggota Komisi, Ronald Samosir, hadir. Samosir menegaskan sikapnya. Menurut Sarmi, medan curam. "
        + "Kejaksaan menahan Kaur Keuangan desa itu. Striker Agam Rizky Pratama mencetak gol. Saham Toba Bara Sejahtra "
        + "naik. Pesisir selatan Jawa dilanda gelombang tinggi. Warga Samosir dan Tuban bergembira.";
    List<String> keys = keys(typing(new String[][] {{"Ronald Samosir", "PERSON"}, {"Sarmi", "PERSON"},
        {"Agam Rizky Pratama", "PERSON"}, {"Toba Bara Sejahtra", "ORGANIZATION"}}), text, "id");
    // a surname, a given name, a village officer (Kaur, Kepala Urusan), a company and a lower-case phrase name no
    // place; after a place's word (warga) a regency does, and so does the next one in its list (Tuban)
    assertEquals(List.of("PERSON#ronald-samosir", "PERSON#sarmi", "PERSON#agam-rizky-pratama",
        "ORGANIZATION#toba-bara-sejahtra", "LOCATION#java", "LOCATION#samosir", "LOCATION#tuban"), keys);
    // a list after a known place is of places, one of people stays people
    String lists = "Dana mengalir ke Rote Ndao, Takalar dan Sigi. Hadir pula Ronald Sinaga, Agam dan Sarmi.";
    List<String> listed = keys(typing(new String[][] {{"Rote Ndao", "LOCATION"}, {"Takalar", "PERSON"},
        {"Sigi", "PERSON"}, {"Ronald Sinaga", "PERSON"}, {"Agam", "PERSON"}, {"Sarmi", "PERSON"}}), lists, "id");
    assertEquals(List.of("LOCATION#rote-ndao", "LOCATION#takalar", "LOCATION#sigi", "PERSON#ronald-sinaga",
        "PERSON#agam", "PERSON#sarmi"), listed);
  }

  @Test
  void aHeadlinesWordsAfterAKnownPlaceAreNoPerson() {
    String text = "Baca juga: Tiga Desa di Jawa Timur Terkena Puting Beliung. Rumah warga yang terkena puting "
        + "beliung rusak. Warga Jawa Timur Ahmad Fauzi Purnama melapor saat bulan purnama.";
    List<Entity> entities = extracted(typed(new String[][] {{"Jawa Timur Terkena Puting Beliung", "LOCATION"},
        {"Jawa Timur Ahmad Fauzi Purnama", "LOCATION"}}), text, "id");
    // the article writes terkena, puting and beliung in lower case: a headline's words, so no person starts there; a
    // name after the place is still split off, though one of its words (purnama) is a word too
    assertEquals(List.of("LOCATION Jawa Timur Terkena Puting Beliung", "LOCATION Jawa Timur",
        "PERSON Ahmad Fauzi Purnama"), mentions(entities));
    String english = "Leaders of Britain Theresa May and France met. It may rain.";
    List<Entity> people = extracted(typed(new String[][] {{"Britain Theresa May", "LOCATION"}}), english, "en");
    assertEquals(List.of("LOCATION Britain", "PERSON Theresa May", "LOCATION France"), mentions(people));
  }

  @Test
  void anIndonesianCueWordAloneNamesNothing() {
    String text = "Peringkat itu dibagi di antara Kementerian, Lembaga dan Kabupaten. Kemenkes dan Bank Mandiri "
        + "setuju.";
    List<String> keys = keys(tagging(EntityType.ORGANIZATION, "Kementerian", "Lembaga", "Kabupaten", "Kemenkes",
        "Bank Mandiri"), text, "id");
    // a listed short form stays (Kemenkes is the health ministry), and so does a cue with its name
    assertEquals(List.of("ORGANIZATION#kementerian-kesehatan", "ORGANIZATION#bank-mandiri"), keys);
    List<String> english = keys(tagging(EntityType.ORGANIZATION, "Senate"), "The Senate voted.", "en");
    assertEquals(List.of("ORGANIZATION#senate"), english);
  }

  /** A finder that tags every match of each pattern as its type. */
  private static NameFinder matching(String[][] patternsAndTypes) {
    return (text, sentence, lang) -> {
      List<NameSpan> out = new ArrayList<>();
      for (String[] p : patternsAndTypes) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(p[0]).matcher(text);
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
          out.add(new NameSpan(m.start(), m.end(), EntityType.valueOf(p[1]), 1.0));
        }
      }
      out.sort(java.util.Comparator.comparingInt(NameSpan::start));
      return out;
    };
  }

  @Test
  void aCountrysPeopleInTheSingularIsNoPersonWhereNoFullNameHasIt() {
    String text = "A Rwandan refugee group called for calm. An Austrian official agreed. Mark Cuban bought a team. "
        + "Cuban said so.";
    List<Entity> entities = extracted(matching(new String[][] {{"Rwandan|Austrian|Mark Cuban|Cuban(?= said)",
        "PERSON"}}), text, "en");
    assertEquals(List.of("PERSON#mark-cuban"), entities.stream().map(Entity::key).toList());
    assertEquals(List.of("Mark Cuban", "Cuban"), mentionTexts(entities, "PERSON#mark-cuban"));
    // after a title the word is a man's name
    List<Entity> titled = extracted(matching(new String[][] {{"(?<=Mr\\. )Cuban", "PERSON"}}), "Mr. Cuban left.",
        "en");
    assertEquals(List.of("Cuban"), mentionTexts(titled, "PERSON#cuban"));
    // so does one with an age or a reporting verb after it, and a listed given name
    List<Entity> aged = extracted(matching(new String[][] {{"Omani|Irani|Malin", "PERSON"}}), "Omani, 31, was held. "
        + "Irani said no. Malin left.", "en");
    assertEquals(List.of("PERSON#omani", "PERSON#irani", "PERSON#malin"), aged.stream().map(Entity::key).toList());
  }

  @Test
  void aOneWordPersonTradedInSharesIsACompany() {
    String text = "Ruch shares rose. Investors bid for 40 percent of Ruch, and Ruch said no. Cofinec's shares fell. "
        + "Pollsters reached 40 percent of Clinton voters. Clinton said no. Buffett's stake in Smith's firm grew. "
        + "Frater sold his stake in Petofi. Funds hold shares in Sainsbury's.";
    List<Entity> entities = extracted(matching(new String[][] {{"Ruch|Cofinec|Clinton|Smith|Petofi|Sainsbury",
        "PERSON"}}), text,
        "en");
    assertEquals(List.of("Ruch", "Ruch", "Ruch"), mentionTexts(entities, "ORGANIZATION#ruch"));
    assertEquals(List.of("Cofinec"), mentionTexts(entities, "ORGANIZATION#cofinec"));
    assertEquals(List.of("Petofi"), mentionTexts(entities, "ORGANIZATION#petofi"));
    assertEquals(List.of("Sainsbury"), mentionTexts(entities, "ORGANIZATION#sainsbury"));
    // a noun after the name makes it the noun's owner, not the thing owned; a possessive does too
    assertEquals(List.of("Clinton", "Clinton"), mentionTexts(entities, "PERSON#clinton"));
    assertEquals(List.of("Smith"), mentionTexts(entities, "PERSON#smith"));
    // a full name's last word is the person's, whatever the market's words say
    List<Entity> player = extracted(matching(new String[][] {{"Kylian Mbappe|Mbappe", "PERSON"}}), "Kylian Mbappe "
        + "scored twice. Mbappe's stock has never been higher.", "en");
    assertEquals(List.of("Kylian Mbappe", "Mbappe"), mentionTexts(player, "PERSON#kylian-mbappe"));
    // Indonesian is not read so
    List<Entity> indonesian = extracted(matching(new String[][] {{"Ruch", "PERSON"}}), "Ruch shares naik.", "id");
    assertEquals(List.of("PERSON#ruch"), indonesian.stream().map(Entity::key).toList());
  }

  @Test
  void anAcronymThatActsAsABodyIsAnOrganisationInEnglish() {
    String text = "The OSCE said the vote was fair. OSCE monitors left, and KDP fighters stayed. The HVAC system "
        + "failed. GDP grew. The EKG, though, was normal. NOTE said nothing.\nVOTE WAS FAIR , SAYS THE OSCE.\n"
        + "TEMPE, Ariz.\n"
        + "Officials of the TEMPE said so. The III said no; Germany III and AMR Corp rose; the 20 MWH plant.";
    List<Entity> entities = extracted(tagging(EntityType.PERSON), text, "en");
    // after "the" with no small word after it, or before a reporting verb, an acronym is a body, in all its mentions
    assertEquals(List.of("The OSCE said the vote was fair.".indexOf("OSCE"), text.indexOf("OSCE monitors")),
        entities.stream().filter(e -> e.key().equals("ORGANIZATION#osce")).flatMap(e -> e.mentions().stream())
            .map(Mention::start).toList());
    // not one the article never shows acting (KDP fighters), a thing's (the HVAC system, the EKG: listed), a word
    // written small in the dictionary (NOTE), a headline's or a dateline's word (TEMPE, Ariz.: only the body the
    // next line names so is one), a Roman numeral or a name's part
    assertEquals(List.of("ORGANIZATION#osce", "ORGANIZATION#tempe"), entities.stream().map(Entity::key)
        .filter(k -> k.startsWith("ORGANIZATION#")).toList());
    assertEquals(List.of(text.indexOf("the TEMPE") + 4), entities.stream()
        .filter(e -> e.key().equals("ORGANIZATION#tempe")).flatMap(e -> e.mentions().stream()).map(Mention::start)
        .toList());
    assertEquals(List.of(), extracted(tagging(EntityType.PERSON), "The OSCE said no.", "id"));
    // a law after "under the", and a listed law, weapon or title, are no bodies
    assertEquals(List.of(), extracted(tagging(EntityType.PERSON), "He was charged under the FCPA. The FCPA is old. "
        + "Critics blamed the GDPR. The MSP said no.", "en"));
    assertEquals(List.of(), extracted(tagging(EntityType.PERSON), "On Monday, OSCE said no.", "fr"));
  }

  @Test
  void aLargeCityTheFinderCalledAPersonIsThePlaceWhereNothingMakesItAPerson() {
    String text = "Fighting broke out in Brno. Brno was calm. Norman agreed. Lafayette left, and Mr. Lafayette spoke. "
        + "Mobile rose. Clinton agreed. Airports in Arad, Oradea and Sibiu closed. Troops reached Ostrava. In Bolton, "
        + "Medina said no. Facundo Medina left Medina. Guilin is near, in Rodriguez, Rodriguez said. Ships left "
        + "Maracaibo, Venezuela.";
    List<Entity> entities = extracted(matching(new String[][] {{"Brno|Norman|Lafayette|Mobile|Clinton|Arad|Oradea|"
        + "Sibiu|Ostrava|Bolton|Facundo Medina|Medina|Rodriguez|Maracaibo", "PERSON"}}), text, "en");
    assertEquals(List.of("Brno", "Brno"), mentionTexts(entities, "LOCATION#brno"));
    // a list after a place's preposition is places too, and so is a city a comma and a known place follow
    for (String city : List.of("arad", "oradea", "sibiu", "bolton", "maracaibo")) {
      assertEquals(1, mentionTexts(entities, "LOCATION#" + city).size(), city);
    }
    // no mention where a place stands (Troops reached Ostrava), a reporting verb after one (Rodriguez said), a full
    // name ending in it (Facundo Medina): the finder's person
    for (String person : List.of("ostrava", "rodriguez")) {
      assertFalse(mentionTexts(entities, "PERSON#" + person).isEmpty(), person);
    }
    assertEquals(List.of("Medina", "Facundo Medina", "Medina"), mentionTexts(entities, "PERSON#facundo-medina"));
    // a given name, a title before any of its mentions, a dictionary word, a town too small for the list: the finder's
    // person
    for (String person : List.of("norman", "lafayette", "mobile", "clinton")) {
      assertFalse(mentionTexts(entities, "PERSON#" + person).isEmpty(), person);
    }
  }

  @Test
  void aFullNameOpeningWithAWorldNewsGivenNameIsAPerson() {
    List<Entity> entities = extracted(matching(new String[][] {{"Mikhail Gorbachev|Muammar Gaddafi",
        "ORGANIZATION"}}), "Mikhail Gorbachev resigned, and Muammar Gaddafi spoke.", "en");
    assertEquals(List.of("PERSON#mikhail-gorbachev", "PERSON#muammar-gaddafi"),
        entities.stream().map(Entity::key).toList());
  }

  @Test
  void aCompanysShortFormIsTheCompanyWhateverTheFinderTypedIt() {
    String text = "Barrick Gold Corp and Newmont Mining Corp will talk. Barrick said it had no comment. Talks with "
        + "Newmont went on. The bid from Newmont stands. Michael Kors spoke for Kors Holdings Ltd. Kors said nothing. "
        + "Poso Energy Ltd built a plant in Poso. Poso lies inland. Cebu Air Inc flies to Cebu. Zorvan Mining Corp "
        + "ships from the port of Zorvan. Kelso Steel Corp hires Kelso county people.";
    NameFinder finder = matching(new String[][] {{"Barrick Gold Corp|Newmont Mining Corp|Kors Holdings Ltd|"
        + "Poso Energy Ltd|Cebu Air Inc|Zorvan Mining Corp|Kelso Steel Corp", "ORGANIZATION"},
        {"Michael Kors|\\bBarrick(?= said)|\\bKors(?= said)", "PERSON"},
        {"(?<=in )Poso|Poso(?= lies)|Newmont(?= stands)|(?<=to )Cebu|(?<=of )Zorvan|Kelso(?= county)", "LOCATION"}});
    List<Entity> entities = extracted(finder, text, "en");
    // the short form the finder called a person, and the one it left untagged, are the companies
    assertEquals(List.of("Barrick Gold Corp", "Barrick"), mentionTexts(entities, "ORGANIZATION#barrick-gold"));
    // and so is one the finder called a place where no place's preposition stands before it
    assertEquals(List.of("Newmont Mining Corp", "Newmont", "Newmont"),
        mentionTexts(entities, "ORGANIZATION#newmont-mining"));
    // but a word of a person's full name is the person's, and a place named so (in Poso) stays a place
    assertEquals(List.of("Michael Kors", "Kors"), mentionTexts(entities, "PERSON#michael-kors"));
    assertEquals(List.of("Poso", "Poso"), mentionTexts(entities, "LOCATION#poso"));
    assertEquals(List.of("Cebu"), mentionTexts(entities, "LOCATION#cebu"));
    assertEquals(List.of("Zorvan"), mentionTexts(entities, "LOCATION#zorvan"));
    assertEquals(List.of("Kelso"), mentionTexts(entities, "LOCATION#kelso"));
    // no short form opens with a dictionary word, an acronym, or a word the article also writes small
    String more = "Shares of Sterling Drilling Ltd and AI Ltd rose. Sterling gained, AI too. Kereta Cepat "
        + "Ltd runs the kereta line, and Kereta said so.";
    List<Entity> others = extracted(matching(new String[][] {{"Sterling Drilling Ltd|AI Ltd|Kereta Cepat Ltd",
        "ORGANIZATION"}, {"\\bKereta(?= said)", "PERSON"}}), more, "en");
    assertEquals(List.of("Sterling Drilling Ltd"), mentionTexts(others, "ORGANIZATION#sterling-drilling"));
    assertEquals(List.of("AI Ltd"), mentionTexts(others, "ORGANIZATION#ai-ltd"));
    assertEquals(List.of("Kereta"), mentionTexts(others, "PERSON#kereta"));
    // a title before it or an age after it makes the word a person's in the whole article; a short form the finder
    // called a body joins the company; an untagged word followed by a name's word or a number stays alone
    String people = "Tata Motors Ltd and Boyd Gaming Corp and Garuda Indonesia Tbk and Phillips Edison Inc reported. "
        + "Mr Tata attended. Tata said no. Police charged Boyd, 41, on Monday. Boyd said no. Garuda flew. "
        + "Phillips spoke. Shares of Phillips 66 rose.";
    List<Entity> titled = extracted(matching(new String[][] {{"Tata Motors Ltd|Boyd Gaming Corp|Garuda Indonesia "
        + "Tbk|Phillips Edison Inc|Garuda(?= flew)", "ORGANIZATION"}, {"(?<=Mr )Tata|Tata(?= said)|Boyd(?=, 41)"
        + "|Boyd(?= said)", "PERSON"}}), people, "en");
    assertEquals(List.of("Tata Motors Ltd"), mentionTexts(titled, "ORGANIZATION#tata-motors"));
    assertEquals(List.of("Tata", "Tata"), mentionTexts(titled, "PERSON#tata"));
    assertEquals(List.of("Boyd", "Boyd"), mentionTexts(titled, "PERSON#boyd"));
    assertEquals(List.of("Garuda Indonesia Tbk", "Garuda"), mentionTexts(titled, "ORGANIZATION#garuda-indonesia"));
    assertEquals(List.of("Phillips Edison Inc", "Phillips"), mentionTexts(titled, "ORGANIZATION#phillips-edison"));
  }

  @Test
  void aPeopleRightBeforeABodyOpensItsName() {
    String text = "Three Irish Republican Army bombs were found. South African Breweries Ltd bought stakes. The "
        + "Chinese F1 driver won. Polish brewer Zywiec fell. Refugees fled Zaire. Japanese SoftBank Group Corp rose.";
    List<String> keys = keys(matching(new String[][] {{"Republican Army|Breweries Ltd|F1|Zywiec|SoftBank Group Corp",
        "ORGANIZATION"}, {"Zaire", "PERSON"}}), text, "en");
    // the people belongs to the body's name, a dictionary word's; not before an acronym or a company's own name, nor
    // across a small word; a former name is its country's
    assertEquals(List.of("ORGANIZATION#irish-republican-army", "ORGANIZATION#south-african-breweries",
        "ORGANIZATION#f1", "ORGANIZATION#zywiec", "LOCATION#cd", "ORGANIZATION#softbank-group"), keys);
    // English only: Indonesian writes the people after the body (Partai Komunis China)
    assertEquals(List.of("ORGANIZATION#republican-army"),
        keys(matching(new String[][] {{"Republican Army", "ORGANIZATION"}}), "Irish Republican Army", "id"));
  }

  @Test
  void noOneIsInAPersonInIndonesian() {
    String text = "Kereta akan berakhir di Yew Tee dan Ang Mo Kio. Budi Santoso tiba di Jakarta. Harapan kini ada di "
        + "Rizky Ridho.";
    List<Entity> entities = extracted(matching(new String[][] {{"Yew Tee|Budi Santoso|Rizky Ridho", "PERSON"}}), text,
        "id");
    // but hope rests on a person (ada di, bertumpu di)
    assertEquals(List.of("LOCATION#yew-tee", "PERSON#budi-santoso", "LOCATION#jakarta", "PERSON#rizky-ridho"),
        entities.stream().map(Entity::key).toList());
    // English's in is no such sign: believe in Jesus, interest in Kenny Pickett
    assertEquals(List.of("PERSON#kenny-pickett"), keys(matching(new String[][] {{"Kenny Pickett", "PERSON"}}),
        "Teams showed interest in Kenny Pickett.", "en"));
  }

  @Test
  void aBodyNounWrittenSmallBeforeANameMakesItABodyAcrossTheArticle() {
    String text = "Polish brewer Zywiec lost money. Zywiec said prices fell. Zywiec will cut jobs. Chipmaker rival "
        + "Vexaro and chipmaker Qorvix gained. Master brewer Jim Koch and the company Elon Musk bought spoke.";
    List<Entity> entities = extracted(matching(new String[][] {{"Zywiec|Qorvix|Vexaro|Jim Koch|Elon Musk",
        "PERSON"}}), text, "en");
    // the noun types the name, and the finder's other mentions of it follow
    assertEquals(List.of("Zywiec", "Zywiec", "Zywiec"), mentionTexts(entities, "ORGANIZATION#zywiec"));
    assertEquals(List.of("Qorvix"), mentionTexts(entities, "ORGANIZATION#qorvix"));
    // not after another word (rival), nor a person's full name, nor after company (the company Musk bought)
    assertEquals(List.of("Vexaro"), mentionTexts(entities, "PERSON#vexaro"));
    assertEquals(List.of("Jim Koch"), mentionTexts(entities, "PERSON#jim-koch"));
    assertEquals(List.of("Elon Musk"), mentionTexts(entities, "PERSON#elon-musk"));
    // people's -maker words are no body's nouns; a verb after the name makes it a relative clause's subject
    String more = "Democratic lawmaker Vexler spoke. Virgin Atlantic, the airline Branson founded, flew.";
    List<Entity> others = extracted(matching(new String[][] {{"Vexler|Branson", "PERSON"}}), more, "en");
    assertEquals(List.of("Vexler"), mentionTexts(others, "PERSON#vexler"));
    assertEquals(List.of("Branson"), mentionTexts(others, "PERSON#branson"));
  }

  @Test
  void aKoreanFamilyNameAndTwoSyllablesAreAPerson() {
    String text = "Yoo Si Jin diperankan oleh Song Joong Ki dan Kang Mo Yeon oleh Song Hye-kyo. Kim Bank Plaza dibuka. "
        + "Aktor Lee Min Ho, Lee Jae-myung, Park Hyatt Tokyo dan Hong Kong Land juga. Penggemar memanggil Ki.";
    List<String> keys = keys(matching(new String[][] {{"Song Joong Ki|Song Hye-kyo|Kim Bank Plaza|Lee Min Ho|"
        + "Lee Jae-myung|Park Hyatt Tokyo|Hong Kong Land", "ORGANIZATION"}, {"(?<=memanggil )Ki", "PERSON"}}), text,
        "id");
    // not where a word is a body's word or a known name (Bank, Tokyo, Hong Kong); the last syllable is no one's short
    // form (Ki)
    assertEquals(List.of("PERSON#song-joong-ki", "PERSON#song-hye-kyo", "ORGANIZATION#kim-bank-plaza",
        "PERSON#lee-min-ho", "PERSON#lee-jae-myung", "ORGANIZATION#park-hyatt-tokyo", "ORGANIZATION#hong-kong-land",
        "PERSON#ki"), keys);
  }

  private static List<Entity> extracted(NameFinder finder, String text, String lang) {
    return EntityExtractor.withFinder(finder).extract(text, SPLITTER.split(text, lang), lang, null);
  }

  private static List<String> keys(NameFinder finder, String text, String lang) {
    return extracted(finder, text, lang).stream()
        .map(Entity::key).toList();
  }
}
