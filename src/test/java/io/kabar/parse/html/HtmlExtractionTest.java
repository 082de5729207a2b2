package io.kabar.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.parse.Document;
import io.kabar.parse.HtmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

  static String fixture(String name) throws IOException {
    try (InputStream in = HtmlExtractionTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void keepsTheArticleInOrderAndDropsFurniture() throws IOException {
    Document d = new HtmlReader().read(fixture("furniture.html"));
    assertEquals(List.of(
        "Para petani kopi di lereng Merapi memulai panen raya pekan ini, dengan hasil yang lebih baik dari tahun lalu, kata ketua kelompok tani setempat.",
        "Harga biji kopi di tingkat petani naik menjadi sekitar Rp 60.000 per kilogram, sementara permintaan dari kedai kopi di kota terus bertambah.",
        "Cuaca mendukung",
        "Musim kemarau yang datang tepat waktu membuat buah kopi matang bersamaan, sehingga petani bisa memetik dalam waktu singkat, menurut dinas pertanian.",
        "Arabika dipetik mulai pagi hari.",
        "Robusta dijemur selama dua minggu.",
        "Jenis | Harga per kg",
        "Arabika | Rp 60.000",
        "Robusta | Rp 45.000",
        "Kelompok tani berencana membangun gudang penyimpanan baru, agar biji kopi tidak cepat rusak, dan menjual langsung ke pembeli di luar daerah."),
        d.paragraphs());
    String all = String.join("\n", d.paragraphs());
    for (String furniture : List.of("cookie", "Beranda", "Bagikan", "IKLAN", "Berita terkait", "cabai", "Komentar",
        "Terpopuler", "Hak cipta", "Oleh Sari")) {
      assertFalse(all.contains(furniture), furniture);
    }
  }

  @Test
  void readsMetadataFromJsonLdAndOpenGraph() throws IOException {
    Document d = new HtmlReader().read(fixture("furniture.html"));
    assertEquals("Petani kopi panen raya di lereng Merapi", d.title());
    assertEquals("Sari Penulis, Budi Reporter", d.byline());
    assertEquals("2025-05-12T14:30:00+07:00", d.publishedAt());
    assertEquals("Warta Contoh", d.siteName());
    assertEquals("https://warta.example/2025/05/12/petani-kopi-panen-raya", d.canonicalUrl());
    assertEquals("id", d.languageHint());
  }

  private static Document page(String head, String body) {
    return new HtmlReader().read("<html><head>" + head + "</head><body>" + body
        + "<article><p>A long enough paragraph of invented text, with commas, so that it is the article.</p></article>"
        + "</body></html>");
  }

  @Test
  void titleLosesTheSiteNameWhereverItIs() {
    assertEquals("Council approves new budget",
        page("<title>Council approves new budget – Example Times</title><meta property='og:site_name' content='Example Times'>", "").title());
    assertEquals("Council approves new budget",
        page("<title>Example Times | Council approves new budget</title><meta name='application-name' content='Example Times'>", "").title());
    assertEquals("Council approves new budget",
        page("<title>Council approves new budget - Example</title>", "").title());
  }

  @Test
  void datesFromMetaTimeUrlAndText() {
    assertEquals("2024-02-03T10:15:00Z",
        page("<meta property='article:published_time' content='2024-02-03T10:15:00.000Z'>", "").publishedAt());
    assertEquals("2024-02-03", page("<meta name='pubdate' content='2024-02-03'>", "").publishedAt());
    assertEquals("2023-12-21T15:53:11-08:00", page("", "<time datetime='2023-12-21T15:53:11-0800'>Dec 21</time>").publishedAt());
    assertEquals("2025-05-12", page("<link rel='canonical' href='https://news.example/2025/05/12/story-slug/'>", "").publishedAt());
    assertEquals("2025-05-12T14:30:00+07:00",
        page("", "<div class='date'>Senin, 12 Mei 2025 14:30 WIB</div>").publishedAt());
  }

  @Test
  void dateTextUnderstandsEnglishAndIndonesian() {
    assertEquals("2025-05-12", DateText.parse("12 May 2025"));
    assertEquals("2025-05-12", DateText.parse("Published May 12, 2025"));
    assertEquals("2025-05-12T14:30:00", DateText.parse("May 12, 2025 at 2:30 pm"));
    assertEquals("2025-08-17T09:05:00+08:00", DateText.parse("Minggu, 17 Agustus 2025 | 09:05 WITA"));
    assertEquals("2023-12-21T15:53:11Z", DateText.parse("Thu, 21 Dec 2023 15:53:11 GMT"));
    assertEquals("2025-05-12", DateText.parse("/2025/05/12/slug"));
    assertNull(DateText.parse("31 Februari 2025"));
    assertNull(DateText.parse("no date here"));
    assertNull(DateText.parse(null));
  }

  @Test
  void bylineFromMetaRelAndClasses() {
    assertEquals("Jane Writer", page("<meta name='author' content='Jane Writer'>", "").byline());
    assertEquals("Jane Writer", page("", "<a rel='author' href='/jane'>Jane Writer</a>").byline());
    assertEquals("Jane Writer", page("", "<span class='byline'>By Jane Writer</span>").byline());
    assertNull(page("<meta name='author' content='https://example.com/jane'>", "").byline());
  }

  @Test
  void deeplyNestedInputIsHandled() {
    StringBuilder sb = new StringBuilder("<html><body>");
    int depth = 50_000;
    sb.append("<div>".repeat(depth));
    sb.append("<p>Deep text, with a comma, and enough words to count as the one paragraph.</p>");
    sb.append("</div>".repeat(depth));
    Document d = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new HtmlReader().read(sb.toString()));
    assertEquals(List.of("Deep text, with a comma, and enough words to count as the one paragraph."), d.paragraphs());
  }

  @Test
  void oneVeryLongLineIsHandled() {
    String words = "word, another word and <b>bold</b> text ".repeat(50_000);
    Document d = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> new HtmlReader().read("<title>Long</title><p>" + words + "</p>"));
    assertEquals(1, d.paragraphs().size());
    assertTrue(d.paragraphs().get(0).startsWith("word, another word and bold text word,"));
  }

  @Test
  void keepsHiddenPaywalledProseAndDropsCommentArticles() {
    String para = "<p>An invented paragraph about the harbour, with commas, long enough to count as prose here.</p>";
    String comment = "<li class='comment'><article><p>An invented reader comment, with commas, that must not appear.</p>"
        + "</article></li>";
    Document d = new HtmlReader().read("<html><body><div class='wrap'><article class='post'>" + para + para
        + "<div class='locked' style='display:none'><p>The hidden rest of the story, shown after a script checks "
        + "the reader, which is part of the article and goes on for a while, with more invented words.</p></div>" + para + para + "</article>"
        + "<div id='comments' class='comments'><ol class='comment-list'>" + comment + comment + comment
        + "</ol></div></div></body></html>");
    String all = String.join("\n", d.paragraphs());
    assertTrue(all.contains("The hidden rest of the story"), all);
    assertFalse(all.contains("reader comment"), all);
  }

  private static String prose(String what) {
    return "<p>An invented paragraph about " + what + ", with commas, clauses and enough words, so that it reads "
        + "like the prose of an article and not like a caption.</p>";
  }

  @Test
  void utilityClassesOfCssFrameworksAreNotFurnitureNames() {
    // "overflow-hidden" and "hidden md:block" lay a block out; they do not hide or name it.
    Document d = new HtmlReader().read("<html><body><main><div class='article-body'>" + prose("the harbour")
        + "<div class='grid overflow-hidden'><p>The tidal table, with its hours, is part of the story too.</p></div>"
        + "<div class='hidden md:block'><p>A sidebar note, visible on larger screens, with commas, is text.</p></div>"
        + prose("the ferry") + "</div></main></body></html>");
    String all = String.join("\n", d.paragraphs());
    assertTrue(all.contains("The tidal table"), all);
    assertTrue(all.contains("A sidebar note"), all);
    assertEquals("overflow hidden", ClassHints.words("overflow-hidden"));
    assertEquals("card", ClassHints.utilityFree("card overflow-hidden md:w-[880px]"));
    assertEquals("", ClassHints.utilityFree("hidden lg:block"));
    assertEquals("hidden", ClassHints.utilityFree("hidden"));
    // scroll margin/padding utilities mark anchor targets, not scrolling widgets; a "scroller" class still counts
    assertEquals("my-8 content-center", ClassHints.utilityFree("my-8 scroll-m-28 content-center"));
    assertEquals("", ClassHints.utilityFree("scroll-mt-20 scroll-smooth"));
    assertEquals("news-scroller", ClassHints.utilityFree("news-scroller"));
    assertTrue(ClassHints.weight(org.jsoup.Jsoup.parse("<div class='scroll-mt-24'></div>").selectFirst("div")) == 0);
    assertTrue(ClassHints.weight(org.jsoup.Jsoup.parse("<div class='scroll-box'></div>").selectFirst("div")) < 0);
    // an anchor id made from a heading carries the heading's words ("popular"), not a furniture name
    assertTrue(ClassHints.slug("how-popular-are-meditation-and-mindfulness"));
    assertFalse(ClassHints.slug("related-posts-widget"));
    assertEquals(0, ClassHints.weight(org.jsoup.Jsoup.parse(
        "<div id='how-popular-are-meditation-and-mindfulness'></div>").selectFirst("div")));
    assertTrue(ClassHints.weight(org.jsoup.Jsoup.parse("<div id='popular-stories'></div>").selectFirst("div")) < 0);
    assertTrue(ClassHints.weight(org.jsoup.Jsoup.parse(
        "<div id='main-article-body-content-wrapper'></div>").selectFirst("div")) > 0, "a long id still says content");
    assertEquals("field field--name-body", ClassHints.utilityFree("field field--name-body field--label-hidden"));
  }

  @Test
  void sectionHeadersHoldingOnlyAHeadingAreKept() {
    Document d = new HtmlReader().read("<html><body><article><div class='entry-content'>" + prose("the market")
        + "<section><header class='section-header'><h2>Prices at the market</h2></header>" + prose("prices")
        + "</section><section><header class='section-header'><h2>What traders say</h2></header>" + prose("traders")
        + "</section></div></article></body></html>");
    assertTrue(d.paragraphs().contains("Prices at the market"), d.paragraphs().toString());
    assertTrue(d.paragraphs().contains("What traders say"), d.paragraphs().toString());
  }

  @Test
  void teasersOfOtherStoriesDoNotPullTheChoiceUpToThePage() {
    // Each teaser scores nearly as well as the story (its class name weighs as much as the text),
    // but holds far less text: three of them must not lift the choice to the column holding all.
    String teaser = "<article class='post teaser'><h3>Another story</h3><p>Teaser, short, with, commas, of another story.</p>"
        + "</article>";
    Document d = new HtmlReader().read("<html><body><div class='column'><article class='post single'>"
        + prose("the bridge") + prose("the council") + prose("the budget") + "</article><section class='more'>"
        + "<h2>Also in the news</h2>" + teaser + teaser + teaser + "</section></div></body></html>");
    String all = String.join("\n", d.paragraphs());
    assertTrue(all.contains("about the budget"), all);
    assertFalse(all.contains("Teaser"), all);
  }

  @Test
  void traceIsLocalToOneCall() {
    String html = "<html><body><article>" + prose("the harbour") + prose("the ferry") + "</article></body></html>";
    List<String> lines = new java.util.ArrayList<>();
    List<String> traced = ContentExtractor.extract(() -> org.jsoup.Jsoup.parse(html), java.util.Set.of(), 4, lines::add);
    assertFalse(lines.isEmpty());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("pass ")), lines.toString());
    int before = lines.size();
    List<String> plain = ContentExtractor.extract(() -> org.jsoup.Jsoup.parse(html), java.util.Set.of(), 4);
    assertEquals(traced, plain);
    assertEquals(before, lines.size());
  }

  @Test
  void embeddedBlocksOfProseAreKeptEmbeddedCardsAreNot() {
    String place = "<div class='block block--embed'><h2>The Harbour Cafe</h2>" + prose("the cafe") + prose("its menu")
        + "</div>";
    String card = "<div class='product-embed'><a href='/buy'><img src='x.jpg'></a><span>Invented Brand Blue Mug</span>"
        + "<a href='/buy'>Buy now</a></div>";
    Document d = new HtmlReader().read("<html><body><article><div class='entry-content'>" + prose("the harbour")
        + place + card + prose("the ferry") + "</div></article></body></html>");
    String all = String.join("\n", d.paragraphs());
    assertTrue(all.contains("about the cafe"), all);
    assertFalse(all.contains("Blue Mug"), all);
  }

  @Test
  void aListingOfCardsThatIsTheContentIsKept() {
    StringBuilder cards = new StringBuilder();
    // Each card (two images, a title link, a blurb) looks like an image cluster on its own.
    for (String what : List.of("harbour", "ferry", "bridge", "market", "river", "station", "museum", "garden",
        "castle", "library")) {
      cards.append("<div class='card'><img src='/").append(what).append(".jpg'><img src='/icon.svg'><h3><a href='/").append(what).append("'>The ").append(what).append("</a></h3>")
          .append("<span>A guide to the ").append(what).append(" for new visitors, with the opening hours, prices "
              + "and how to get there by bus or on foot.</span><a href='/").append(what).append("'>Start</a></div>");
    }
    Document d = new HtmlReader().read("<html><body><main><div class='guide-body'><p>Explore our growing collection "
        + "of guides to the city, each written by a local, with maps, tips and the best times to go.</p><p>Every guide "
        + "is checked each season, so that the hours, the prices and the routes stay right, and readers can tell us "
        + "what changed.</p>" + cards
        + "</div></main></body></html>");
    String all = String.join("\n", d.paragraphs());
    assertTrue(all.contains("A guide to the museum for new visitors"), all);
    assertTrue(all.contains("A guide to the harbour for new visitors"), all);
  }
  private static String teaserCards() {
    StringBuilder cards = new StringBuilder();
    for (String what : List.of("tides", "ferries", "bridges", "markets")) {
      cards.append("<div class='post-card'><h3><a href='/").append(what).append("'>All about ").append(what)
          .append("</a></h3><p>When the season turns, the ").append(what).append(" change too, and this post, "
              + "with notes from readers, says how and why, what to expect next month, and where to look.</p>"
              + "<a href='/").append(what).append("'>Read more</a></div>");
    }
    return cards.toString();
  }

  @Test
  void blurbsOfALatestPostsGridDoNotWidenTheChoice() {
    // The blurbs of the cards under the story are link-poor prose: counted as prose they made the
    // parent of story and grid look like a longer article, and the grid came out after the story.
    String cards = teaserCards();
    Document d = new HtmlReader().read("<html><body><main><section><div class='post-body'>" + prose("the harbour")
        + prose("the ferry") + prose("the bridge") + prose("the council") + prose("the budget") + prose("the school")
        + "</div></section><section><h2>Latest posts</h2><div class='grid'>" + cards
        + "</div></section></main></body></html>");
    String all = String.join("\n", d.paragraphs());
    assertTrue(all.contains("about the school"), all);
    assertFalse(all.contains("this post, with notes from readers"), all);
  }
  @Test
  void aSiblingGridOfTeaserCardsIsNotGatheredWithTheStory() {
    // The grid scores like a part of the article (its blurbs are prose) but is mostly teaser cards.
    Document d = new HtmlReader().read("<html><body><main><div class='post-body'>" + prose("the harbour")
        + prose("the ferry") + prose("the bridge") + prose("the council") + prose("the budget") + prose("the school")
        + "</div><div class='latest'>" + teaserCards() + "</div></main></body></html>");
    String all = String.join("\n", d.paragraphs());
    assertTrue(all.contains("about the school"), all);
    assertFalse(all.contains("this post, with notes from readers"), all);
  }
}
