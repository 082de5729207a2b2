package io.kabar.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fixed benchmark inputs, built deterministically (seeded) from the bundled sample articles, so
 * figures compare across commits without shipping third-party pages.
 *
 * <p>The typical page follows the make-up of the 60-160 KB pages of the extraction dev sets
 * (news4k and WCXB, measured 2026-11-26 over their first 400 pages each, medians): about 600-670
 * elements, about 105 links, 17-23 % of the bytes in inline scripts and 1-6 % in inline styles,
 * 26-44 {@code <p>} elements, and an article of about 4-10 KB of text (gold main text: news4k
 * median 4.1 KB, WCXB 9.7 KB). The rest of a real page's weight is attributes: long class lists,
 * absolute URLs, image {@code srcset}s and inline SVG icons.
 */
public final class BenchPages {
  private static final String[] WORDS = ("berita terkini politik ekonomi olahraga hiburan teknologi kesehatan "
      + "nasional internasional daerah opini video foto infografik indeks populer terbaru topik pilihan").split(" ");
  private static final String[] PEOPLE = {"Rina Hartono", "Bambang Sutrisno", "Siti Aminah", "Hadi Santoso",
      "Laila Rahmawati", "Anton Siregar", "Dewi Lestari", "Agus Prasetyo"};
  private static final String[] ROLES = {"Kepala dinas", "Juru bicara pemerintah kota", "Warga setempat",
      "Pengamat kebijakan publik", "Ketua RW", "Petugas posko"};
  private static final String[] PLACES = {"Cawang", "Kampung Melayu", "Bekasi Timur", "Cipinang", "Bidara Cina",
      "Jatinegara", "Kebon Pala", "Rawajati"};
  private static final String[] CLAUSES = {"air mulai surut pada sore hari", "warga masih bertahan di posko pengungsian",
      "bantuan makanan dan obat-obatan sudah disalurkan", "jalan utama belum bisa dilalui kendaraan",
      "pompa air dikerahkan ke titik yang paling parah", "sekolah di wilayah itu diliburkan sementara",
      "listrik dipadamkan untuk mencegah korsleting", "petugas membuka dapur umum bagi para pengungsi"};
  private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" width=\"20\" "
      + "height=\"20\" aria-hidden=\"true\"><path d=\"M18 2h-3a5 5 0 0 0-5 5v3H7v4h3v8h4v-8h3l1-4h-4V7a1 1 0 0 1 1-1h3z"
      + "M4 4h16v16H4z\" fill=\"currentColor\"/></svg>";
  private static final String SITE = "https://www.kabar-contoh.example";

  private BenchPages() {}

  /** The bundled Indonesian sample article (about 1.5 KB of text with portal boilerplate). */
  public static byte[] sampleText() {
    return resource("/io/kabar/local/samples/Banjir Jakarta – Bekasi.txt");
  }

  /**
   * A news page of about {@code targetBytes} (at least about 60 KB), shaped like a portal's: a head
   * with metadata, JSON-LD, an inline style sheet and inline scripts; a navigation bar; the article
   * (title, byline, photo with caption, share bar, about 5 KB of body text in 24 paragraphs with a
   * sub-heading, a "Baca juga" link, an ad slot and pagination, then tags); related-article cards,
   * comments, a most-read sidebar, a footer, tag-manager scripts at the end of the body, and an
   * inline SVG icon sprite that absorbs the rest of the target size.
   */
  public static byte[] typicalNewsPage(int targetBytes) {
    Random random = new Random(42);
    StringBuilder page = new StringBuilder(targetBytes + 4096);
    String title = "Banjir Rendam 14 Kelurahan di Jakarta Timur dan Bekasi";
    String url = SITE + "/metro/2026/02/10/banjir-rendam-14-kelurahan";
    page.append("<!DOCTYPE html><html lang=\"id\" class=\"no-js\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(title).append(" | Kabar Contoh</title>")
        .append("<meta name=\"description\" content=\"Banjir merendam sedikitnya 14 kelurahan di Jakarta Timur dan ")
        .append("Bekasi setelah hujan deras mengguyur sejak Minggu malam.\">")
        .append("<meta name=\"keywords\" content=\"banjir, jakarta timur, bekasi, bpbd, hujan\">")
        .append("<link rel=\"canonical\" href=\"").append(url).append("\">");
    for (String[] meta : new String[][] {{"og:type", "article"}, {"og:site_name", "Kabar Contoh"},
        {"og:title", title}, {"og:url", url}, {"og:image", SITE + "/img/2026/02/10/banjir-cawang-1200x675.jpg"},
        {"article:published_time", "2026-02-10T08:30:00+07:00"}, {"article:section", "Metro"},
        {"twitter:card", "summary_large_image"}, {"twitter:site", "@kabarcontoh"}, {"twitter:title", title}}) {
      page.append("<meta property=\"").append(meta[0]).append("\" content=\"").append(meta[1]).append("\">");
    }
    for (String css : new String[] {"main", "article", "vendor"}) {
      page.append("<link rel=\"stylesheet\" href=\"").append(SITE).append("/assets/css/").append(css)
          .append(".min.css?v=20260210\">");
    }
    page.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
        .append("\"headline\":\"").append(title).append("\",\"datePublished\":\"2026-02-10T08:30:00+07:00\",")
        .append("\"author\":{\"@type\":\"Person\",\"name\":\"Dewi Lestari\"},\"publisher\":{\"@type\":\"Organization\",")
        .append("\"name\":\"Kabar Contoh\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"").append(SITE)
        .append("/img/logo.png\"}},\"mainEntityOfPage\":\"").append(url).append("\"}</script>");
    page.append("<style>");
    for (int i = 0; page.length() < targetBytes * 8 / 100; i++) {
      page.append(".c").append(i).append("{margin:0 ").append(random.nextInt(24)).append("px;color:#")
          .append(Integer.toHexString(0x100000 + random.nextInt(0xEFFFFF))).append(";display:flex}");
    }
    page.append("</style><script>");
    int scriptEnd = page.length() + targetBytes / 10;
    while (page.length() < scriptEnd) {
      page.append("window.__cfg").append(random.nextInt(1000)).append("={a:").append(random.nextInt()).append("};");
    }
    page.append("</script></head><body class=\"page-article theme-light\"><header class=\"site-header\">")
        .append("<a class=\"logo\" href=\"").append(SITE).append("/\"><img src=\"").append(SITE)
        .append("/img/logo.svg\" alt=\"Kabar Contoh\" width=\"160\" height=\"40\"></a><nav class=\"nav-main\"><ul>");
    for (int i = 0; i < 36; i++) {
      link(page.append("<li class=\"nav-item\">"), "/kanal/" + i, "nav-link", words(random, 1)).append("</li>");
    }
    page.append("</ul></nav></header><main class=\"container\"><div class=\"row\"><div class=\"col-lg-8\">")
        .append("<ol class=\"breadcrumb\"><li><a href=\"").append(SITE).append("/\">Beranda</a></li><li><a href=\"")
        .append(SITE).append("/metro\">Metro</a></li></ol>")
        .append("<article class=\"detail\"><h1 class=\"detail__title\">").append(title).append("</h1>")
        .append("<div class=\"detail__author\"><a href=\"").append(SITE).append("/penulis/dewi-lestari\">Dewi Lestari</a>")
        .append(" - <time datetime=\"2026-02-10T08:30:00+07:00\">Selasa, 10 Feb 2026 08:30 WIB</time></div>")
        .append("<figure class=\"detail__media\"><img src=\"").append(SITE).append("/img/2026/02/10/banjir-cawang-800.jpg\"")
        .append(" srcset=\"").append(SITE).append("/img/2026/02/10/banjir-cawang-400.jpg 400w, ").append(SITE)
        .append("/img/2026/02/10/banjir-cawang-800.jpg 800w, ").append(SITE)
        .append("/img/2026/02/10/banjir-cawang-1200.jpg 1200w\" alt=\"Banjir di Cawang\" loading=\"lazy\">")
        .append("<figcaption>Warga melintasi genangan di Cawang, Jakarta Timur. (ANTARA/Rahmat Hidayat)</figcaption>")
        .append("</figure><div class=\"share-bar\">");
    for (String net : new String[] {"facebook", "twitter", "whatsapp", "telegram", "copy-link"}) {
      page.append("<a class=\"share share--").append(net).append("\" href=\"#\" rel=\"nofollow\">").append(SVG)
          .append("</a>");
    }
    page.append("</div><div class=\"detail__body\" itemprop=\"articleBody\">");
    List<String> body = articleParagraphs(random);
    for (int i = 0; i < body.size(); i++) {
      page.append("<p>").append(escape(body.get(i))).append("</p>");
      if (i == 4) {
        page.append("<p><strong>Baca juga:</strong> <a href=\"").append(SITE)
            .append("/metro/2026/02/09/tips-rumah-musim-hujan\">Lima Tips Menyiapkan Rumah Menghadapi Musim Hujan</a></p>");
      } else if (i == 9) {
        page.append("<div class=\"ads ads--inarticle\" data-slot=\"div-gpt-ad-1\"><p>ADVERTISEMENT</p>")
            .append("<p>SCROLL TO CONTINUE WITH CONTENT</p></div>");
      } else if (i == 14) {
        page.append("<h2>Posko pengungsian</h2>");
      }
    }
    page.append("<p class=\"pagination\"><a href=\"").append(url).append("?page=2\">Halaman Selanjutnya</a></p>")
        .append("</div><div class=\"detail__tags\">");
    for (String tag : new String[] {"banjir", "jakarta-timur", "bekasi", "bpbd-dki", "musim-hujan"}) {
      link(page, "/tag/" + tag, "tag", tag.replace('-', ' '));
    }
    page.append("</div></article><section class=\"related\"><h3>Berita Terkait</h3>");
    for (int i = 0; i < 8; i++) {
      card(page, random, "/r/" + i, 8);
    }
    page.append("</section><section class=\"comments\" id=\"komentar\"><h3>Komentar</h3>");
    for (int i = 0; i < 5; i++) {
      page.append("<div class=\"comment\"><b class=\"comment__name\">pembaca").append(i).append("</b><p>")
          .append(words(random, 25)).append("</p></div>");
    }
    page.append("</section></div><aside class=\"col-lg-4 sidebar\"><h3>Terpopuler</h3>");
    for (int i = 0; i < 10; i++) {
      card(page, random, "/p/" + i, 9);
    }
    page.append("</aside></div></main><footer class=\"site-footer\"><ul class=\"footer-links\">");
    for (int i = 0; i < 24; i++) {
      link(page.append("<li>"), "/info/" + i, "footer-link", words(random, 2)).append("</li>");
    }
    page.append("</ul><p>Copyright © 2026 Kabar Contoh. All rights reserved.</p></footer>");
    int tagManagerEnd = page.length() + targetBytes / 10;
    while (page.length() < tagManagerEnd) {
      page.append("<script>(function(w,d){w.dataLayer=w.dataLayer||[];w.dataLayer.push({event:'view',id:")
          .append(random.nextInt()).append(",ts:").append(random.nextInt(Integer.MAX_VALUE)).append("});})(window,document);")
          .append("</script>");
    }
    page.append("<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display:none\">");
    for (int i = 0; page.length() < targetBytes - 220; i++) {
      page.append("<symbol id=\"icon-").append(i).append("\" viewBox=\"0 0 24 24\"><path d=\"M");
      for (int k = 0; k < 80; k++) {
        page.append(random.nextInt(24)).append('.').append(random.nextInt(10)).append(k % 2 == 0 ? ' ' : 'L');
      }
      page.append("Z\"/><path d=\"M4 4h16v16H4z\" opacity=\".2\"/></symbol>");
    }
    page.append("</svg></body></html>");
    return page.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The article body: the sample's prose paragraphs, then generated ones; about 5 KB in 24 paragraphs. */
  private static List<String> articleParagraphs(Random random) {
    List<String> out = new ArrayList<>();
    for (String line : new String(sampleText(), StandardCharsets.UTF_8).split("\n")) {
      if (line.length() > 120 && !out.contains(line)) {
        out.add(line);
      }
    }
    while (out.size() < 24) {
      String person = PEOPLE[random.nextInt(PEOPLE.length)];
      out.add(ROLES[random.nextInt(ROLES.length)] + " " + person + " mengatakan bahwa di " + PLACES[random.nextInt(
          PLACES.length)] + " " + CLAUSES[random.nextInt(CLAUSES.length)] + ", sementara di " + PLACES[random.nextInt(
          PLACES.length)] + " " + CLAUSES[random.nextInt(CLAUSES.length)] + ". Menurut dia, sekitar "
          + (10 + random.nextInt(490)) + " keluarga masih membutuhkan bantuan hingga pekan depan.");
    }
    return out;
  }

  private static StringBuilder link(StringBuilder page, String path, String cls, String text) {
    return page.append("<a class=\"").append(cls).append(" js-track\" href=\"").append(SITE).append(path)
        .append("\" data-track-category=\"").append(cls).append("\" data-track-action=\"click\" data-track-label=\"")
        .append(path).append("\">").append(text).append("</a>");
  }

  private static void card(StringBuilder page, Random random, String path, int words) {
    page.append("<div class=\"col-12 col-md-6\"><div class=\"card card--small card--horizontal\">")
        .append("<a class=\"card__media\" href=\"").append(SITE).append(path)
        .append("\"><img src=\"").append(SITE).append("/img/thumb").append(path).append("-320.jpg\" srcset=\"")
        .append(SITE).append("/img/thumb").append(path).append("-320.jpg 320w, ").append(SITE).append("/img/thumb")
        .append(path).append("-640.jpg 640w\" alt=\"\" loading=\"lazy\" width=\"320\" height=\"180\"></a>")
        .append("<h4 class=\"card__title\">");
    link(page, path, "card__link", words(random, words)).append("</h4><div class=\"card__meta\">")
        .append("<span class=\"card__channel\">Metro</span><span class=\"card__date\">10 Feb 2026</span>")
        .append("</div></div></div>");
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] resource(String name) {
    try (InputStream in = BenchPages.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
