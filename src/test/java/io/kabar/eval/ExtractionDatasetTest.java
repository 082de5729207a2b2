package io.kabar.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two dataset layouts, written small in a temporary folder. */
class ExtractionDatasetTest {

  static void gzip(Path file, String content) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A news4k-layout folder: a.html.gz, b.html (plain), and a gold record "gone" without HTML. */
  static Path news4k(Path dir) throws IOException {
    Path root = dir.resolve("n4k");
    gzip(root.resolve("html/b.html.gz"), "<html><body><p>Bee</p></body></html>");
    Files.writeString(root.resolve("html/a.html"), "<html><body><p>Ay</p></body></html>");
    Files.writeString(root.resolve("ground-truth.json"), "{"
        + "\"b\": {\"title\": \"B title\", \"authors\": \"Jo Bee\", \"date\": \"2023-12-17\", "
        + "\"articleBody\": \"Bee body\", \"url\": \"https://example.com/b\"},"
        + "\"a\": {\"title\": \"A title\", \"authors\": \"\", \"date\": \"NaT\", \"articleBody\": \"Ay body\", \"url\": \"https://example.com/a\"},"
        + "\"gone\": {\"title\": \"x\", \"articleBody\": \"y\"}}");
    return root;
  }

  /** A WCXB-layout folder with one page whose author and date are null. */
  static Path wcxb(Path dir) throws IOException {
    Path root = dir.resolve("wcxb");
    gzip(root.resolve("html/0001.html.gz"), "<html><body><article><p>Body</p></article></body></html>");
    Files.createDirectories(root.resolve("ground-truth"));
    Files.writeString(root.resolve("ground-truth/0001.json"), "{\"url\": \"https://example.org/post\", "
        + "\"ground_truth\": {\"title\": \"T\", \"author\": null, \"publish_date\": null, \"main_content\": \"Body\"}}");
    return root;
  }

  @Test
  void readsTheNews4kLayout(@TempDir Path dir) throws IOException {
    ExtractionDataset d = ExtractionDataset.open(news4k(dir));
    assertEquals(ExtractionDataset.Layout.NEWS4K, d.layout());
    assertEquals(2, d.pages().size());
    assertEquals(1, d.goldWithoutHtml());
    ExtractionDataset.Page a = d.pages().get(0);
    assertEquals("a", a.id());
    assertEquals("NaT", a.date());
    ExtractionDataset.Page b = d.pages().get(1);
    assertEquals("b", b.id());
    assertEquals("B title", b.title());
    assertEquals("Jo Bee", b.author());
    assertEquals("2023-12-17", b.date());
    assertEquals("Bee body", b.text());
    assertEquals("https://example.com/b", b.url());
    assertArrayEquals("<html><body><p>Bee</p></body></html>".getBytes(StandardCharsets.UTF_8), b.html());
    assertArrayEquals("<html><body><p>Ay</p></body></html>".getBytes(StandardCharsets.UTF_8), a.html());
  }

  @Test
  void readsTheWcxbLayout(@TempDir Path dir) throws IOException {
    ExtractionDataset d = ExtractionDataset.open(wcxb(dir));
    assertEquals(ExtractionDataset.Layout.WCXB, d.layout());
    assertEquals(1, d.pages().size());
    ExtractionDataset.Page p = d.pages().get(0);
    assertEquals("0001", p.id());
    assertEquals("T", p.title());
    assertNull(p.author());
    assertNull(p.date());
    assertEquals("Body", p.text());
    assertEquals("https://example.org/post", p.url());
  }

  @Test
  void aMissingFolderOrAnUnknownLayoutIsRefusedWithAMessage(@TempDir Path dir) throws IOException {
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> ExtractionDataset.open(dir.resolve("nope")));
    assertTrue(missing.getMessage().contains("no such dataset folder"), missing.getMessage());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> ExtractionDataset.open(dir));
    assertTrue(empty.getMessage().contains("no recognised layout"), empty.getMessage());
    Files.createDirectories(dir.resolve("html"));
    IllegalArgumentException noGold = assertThrows(IllegalArgumentException.class, () -> ExtractionDataset.open(dir));
    assertTrue(noGold.getMessage().contains("ground-truth"), noGold.getMessage());
  }
}
