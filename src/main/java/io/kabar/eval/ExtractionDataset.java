package io.kabar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A folder of HTML pages with gold extraction results, in one of the two layouts we know:
 * <ul>
 *   <li>{@link Layout#NEWS4K}: {@code html/<id>.html.gz} and one {@code ground-truth.json} object
 *       keyed by {@code <id>} with {@code title}, {@code authors}, {@code date}, {@code articleBody},
 *       {@code url} (the newspaper4k author's article-extraction-dataset);</li>
 *   <li>{@link Layout#WCXB}: {@code html/<id>.html.gz} and {@code ground-truth/<id>.json} with
 *       {@code url} and {@code ground_truth.title}, {@code .author}, {@code .publish_date},
 *       {@code .main_content} (WCXB, the Web Content eXtraction Benchmark).</li>
 * </ul>
 * A page is listed only when both its HTML and its gold record exist. Plain {@code .html} files are
 * read as well as gzipped ones. Pages are listed in id order; the HTML is read (and decompressed in
 * memory) only by {@link Page#html()}.
 */
public final class ExtractionDataset {
  /** The recognised folder layouts. */
  public enum Layout { NEWS4K, WCXB }

  /**
   * One page's gold record. Any field may be null or blank when the gold data lacks it.
   *
   * @param id     the file name without {@code .html[.gz]}
   * @param file   the HTML file
   * @param url    the page's URL, or null
   * @param title  gold title
   * @param author gold author(s), as one string
   * @param date   gold publication date, as the dataset writes it
   * @param text   gold main text
   */
  public record Page(String id, Path file, String url, String title, String author, String date, String text) {
    /** The raw HTML bytes, decompressed when the file ends in {@code .gz}. */
    public byte[] html() throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        if (file.getFileName().toString().endsWith(".gz")) {
          try (InputStream gz = new GZIPInputStream(in, 1 << 16)) {
            return gz.readAllBytes();
          }
        }
        return in.readAllBytes();
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;
  private final Layout layout;
  private final List<Page> pages;
  private final int goldWithoutHtml;

  private ExtractionDataset(Path folder, Layout layout, List<Page> pages, int goldWithoutHtml) {
    this.folder = folder;
    this.layout = layout;
    this.pages = List.copyOf(pages);
    this.goldWithoutHtml = goldWithoutHtml;
  }

  /**
   * Reads a dataset folder's gold records.
   *
   * @throws IllegalArgumentException when the folder does not exist or has neither layout (the
   *     message says what was expected)
   * @throws IOException when a gold file cannot be read or parsed
   */
  public static ExtractionDataset open(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no such dataset folder: " + folder);
    }
    Path html = folder.resolve("html");
    if (!Files.isDirectory(html)) {
      throw new IllegalArgumentException(folder + " has no recognised layout: expected an html/ folder with "
          + "ground-truth.json (news4k) or ground-truth/*.json (WCXB) next to it");
    }
    if (Files.isRegularFile(folder.resolve("ground-truth.json"))) {
      return readNews4k(folder, html);
    }
    if (Files.isDirectory(folder.resolve("ground-truth"))) {
      return readWcxb(folder, html);
    }
    throw new IllegalArgumentException(folder + " has no recognised layout: html/ is there but neither "
        + "ground-truth.json (news4k) nor ground-truth/ (WCXB)");
  }

  private static ExtractionDataset readNews4k(Path folder, Path html) throws IOException {
    JsonNode gold = JSON.readTree(folder.resolve("ground-truth.json").toFile());
    if (!gold.isObject()) {
      throw new IOException(folder.resolve("ground-truth.json") + " is not a JSON object keyed by page id");
    }
    List<Page> pages = new ArrayList<>();
    int missing = 0;
    for (Iterator<String> ids = gold.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      Path file = htmlFile(html, id);
      if (file == null) {
        missing++;
        continue;
      }
      JsonNode g = gold.get(id);
      pages.add(new Page(id, file, text(g, "url"), text(g, "title"), text(g, "authors"), text(g, "date"),
          text(g, "articleBody")));
    }
    pages.sort((a, b) -> a.id().compareTo(b.id()));
    return new ExtractionDataset(folder, Layout.NEWS4K, pages, missing);
  }

  private static ExtractionDataset readWcxb(Path folder, Path html) throws IOException {
    List<Path> goldFiles;
    try (Stream<Path> files = Files.list(folder.resolve("ground-truth"))) {
      goldFiles = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<Page> pages = new ArrayList<>();
    int missing = 0;
    for (Path goldFile : goldFiles) {
      String name = goldFile.getFileName().toString();
      String id = name.substring(0, name.length() - ".json".length());
      Path file = htmlFile(html, id);
      if (file == null) {
        missing++;
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(goldFile.toFile());
      } catch (UncheckedIOException | IOException e) {
        throw new IOException("cannot read gold file " + goldFile + ": " + e.getMessage(), e);
      }
      JsonNode g = root.path("ground_truth");
      pages.add(new Page(id, file, text(root, "url"), text(g, "title"), text(g, "author"), text(g, "publish_date"),
          text(g, "main_content")));
    }
    return new ExtractionDataset(folder, Layout.WCXB, pages, missing);
  }

  private static Path htmlFile(Path html, String id) {
    for (String ext : List.of(".html.gz", ".html", ".htm")) {
      Path f = html.resolve(id + ext);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.asText()));
      return String.join(", ", parts);
    }
    return v.isValueNode() && !v.isNull() ? v.asText() : null;
  }

  /** The folder this dataset was read from. */
  public Path folder() {
    return folder;
  }

  /** The detected layout. */
  public Layout layout() {
    return layout;
  }

  /** The layout's name in reports: {@code news4k} or {@code wcxb}. */
  public String layoutName() {
    return layout.name().toLowerCase(Locale.ROOT);
  }

  /** The pages with both HTML and a gold record, in id order. */
  public List<Page> pages() {
    return pages;
  }

  /** Gold records whose HTML file is absent (not listed in {@link #pages()}). */
  public int goldWithoutHtml() {
    return goldWithoutHtml;
  }
}
