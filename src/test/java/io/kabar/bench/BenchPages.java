package io.kabar.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Fixed benchmark inputs, built deterministically (seeded) from the bundled sample articles, so
 * figures compare across commits without shipping third-party pages.
 */
public final class BenchPages {
  private static final String[] WORDS = ("berita terkini politik ekonomi olahraga hiburan teknologi kesehatan "
      + "nasional internasional daerah opini video foto infografik indeks populer terbaru topik pilihan").split(" ");

  private BenchPages() {}

  /** The bundled Indonesian sample article (about 1.5 KB of text with portal boilerplate). */
  public static byte[] sampleText() {
    return resource("/io/kabar/local/samples/Banjir Jakarta – Bekasi.txt");
  }

  /**
   * A news page of about {@code targetBytes}, shaped like a portal's: head with metadata and
   * inline scripts, a navigation bar, the article (twelve paragraphs from the sample), share
   * bar, related links, comments, sidebar and footer.
   */
  public static byte[] typicalNewsPage(int targetBytes) {
    Random random = new Random(42);
    String[] body = new String(sampleText(), StandardCharsets.UTF_8).split("\n");
    StringBuilder page = new StringBuilder(targetBytes + 4096);
    page.append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">")
        .append("<title>Banjir Rendam 14 Kelurahan di Jakarta Timur dan Bekasi | Kabar Contoh</title>")
        .append("<meta property=\"og:site_name\" content=\"Kabar Contoh\">")
        .append("<meta property=\"article:published_time\" content=\"2026-02-10T08:30:00+07:00\">")
        .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Banjir Rendam 14 Kelurahan\",")
        .append("\"author\":{\"@type\":\"Person\",\"name\":\"Dewi Lestari\"}}</script>");
    page.append("<script>");
    while (page.length() < targetBytes / 5) {
      page.append("window.__cfg").append(random.nextInt(1000)).append("={a:").append(random.nextInt()).append("};");
    }
    page.append("</script></head><body><header><nav><ul>");
    for (int i = 0; i < 60; i++) {
      page.append("<li><a href=\"/k/").append(i).append("\">").append(words(random, 2)).append("</a></li>");
    }
    page.append("</ul></nav></header><main><div class=\"row\"><div class=\"col-8\"><article class=\"detail\">")
        .append("<h1>Banjir Rendam 14 Kelurahan di Jakarta Timur dan Bekasi</h1>")
        .append("<div class=\"author\">Dewi Lestari - detikNews</div>")
        .append("<div class=\"share\"><a href=\"#\">Bagikan</a> <a href=\"#\">Tweet</a></div><div class=\"detail__body\">");
    for (int i = 0; i < 12; i++) {
      page.append("<p>").append(escape(body[i % body.length])).append("</p>");
      if (i == 5) {
        page.append("<div class=\"ads\"><p>ADVERTISEMENT</p><p>SCROLL TO CONTINUE WITH CONTENT</p></div>");
      }
    }
    page.append("</div></article><section class=\"related\"><h3>Berita Terkait</h3><ul>");
    for (int i = 0; i < 30; i++) {
      page.append("<li><a href=\"/r/").append(i).append("\">").append(words(random, 8)).append("</a></li>");
    }
    page.append("</ul></section><section class=\"comments\">");
    for (int i = 0; i < 20; i++) {
      page.append("<div class=\"comment\"><b>pembaca").append(i).append("</b><p>").append(words(random, 25))
          .append("</p></div>");
    }
    page.append("</section></div><aside class=\"col-4\"><h3>Terpopuler</h3><ol>");
    for (int i = 0; i < 20; i++) {
      page.append("<li><a href=\"/p/").append(i).append("\">").append(words(random, 9)).append("</a></li>");
    }
    page.append("</ol></aside></div></main><footer>");
    while (page.length() < targetBytes - 200) {
      page.append("<a href=\"/f/").append(random.nextInt(500)).append("\">").append(words(random, 2)).append("</a> ");
    }
    page.append("<p>Copyright © 2026 Kabar Contoh. All rights reserved.</p></footer></body></html>");
    return page.toString().getBytes(StandardCharsets.UTF_8);
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
