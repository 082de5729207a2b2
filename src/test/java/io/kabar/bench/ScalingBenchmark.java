package io.kabar.bench;

import io.kabar.analysis.Analysis;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole pipeline (parse, names, measures, claims, summary) on generated articles of 10 KB to 1 MB, as
 * plain text and as an HTML page, to show how the cost grows with the input (linear: ms per KB flat).
 * Run: {@code mvn -B -o -q test-compile exec:exec@jmh -Djmh.args="ScalingBenchmark"}.
 *
 * <p>The article is generated deterministically: Indonesian news sentences with people, organisations,
 * places, numbers and quotes, every sentence different (repeated paragraphs would be removed as
 * near-duplicates and make large inputs look cheap).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScalingBenchmark {
  @Param({"10", "100", "1000"})
  public int sizeKb;

  @Param({"text", "html"})
  public String format;

  private Pipeline pipeline;
  private Source source;

  @Setup
  public void setUp() {
    pipeline = Pipeline.standard();
    String text = article(sizeKb * 1024);
    source = "html".equals(format)
        ? new Source("page", "page.html", html(text), Optional.of("text/html"), Optional.empty())
        : Source.of("article", "article.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  @Benchmark
  public Analysis analyze() throws ArticleException {
    return pipeline.analyze(source);
  }

  private static final String[] PEOPLE = {"Joko Widodo", "Sri Mulyani", "Budi Santoso", "Dewi Lestari",
      "Bambang Sutrisno", "Retno Marsudi", "Anies Baswedan", "Ahmad Fauzi", "Siti Nurhaliza", "Hendra Gunawan"};
  private static final String[] ORGS = {"Bank Indonesia", "Badan Pusat Statistik", "Kementerian Keuangan",
      "Pertamina", "BPBD DKI Jakarta", "Dinas Perdagangan", "Bulog", "PT Kereta Api Indonesia"};
  private static final String[] PLACES = {"Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Bekasi",
      "Semarang", "Denpasar", "Palembang", "Yogyakarta"};
  private static final String[] TOPICS = {"harga beras", "inflasi", "curah hujan", "ekspor batu bara",
      "jumlah penumpang", "produksi padi", "nilai tukar rupiah", "anggaran daerah", "stok pangan", "tarif listrik"};
  private static final String[] VERBS = {"mengatakan", "menjelaskan", "menegaskan", "menyebutkan", "mengungkapkan"};

  /**
   * Writes the inputs as files for whole-process runs (memory, the cold-start harness):
   * {@code java -cp target/kabar-lambda.jar:target/test-classes io.kabar.bench.ScalingBenchmark DIR KB...}
   * writes {@code DIR/article-KBkb.txt} and {@code .html}.
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      int kb = Integer.parseInt(args[i]);
      String text = article(kb * 1024);
      java.nio.file.Files.writeString(dir.resolve("article-" + kb + "kb.txt"), text);
      java.nio.file.Files.write(dir.resolve("article-" + kb + "kb.html"), html(text));
    }
  }

  /** About {@code bytes} of distinct news sentences in paragraphs of four. */
  static String article(int bytes) {
    Random r = new Random(bytes);
    StringBuilder sb = new StringBuilder(bytes + 512);
    sb.append("Laporan Ekonomi dan Cuaca Pekan Ini\n\n");
    int n = 0;
    while (sb.length() < bytes) {
      for (int s = 0; s < 4; s++, n++) {
        String person = PEOPLE[r.nextInt(PEOPLE.length)];
        String org = ORGS[r.nextInt(ORGS.length)];
        String place = PLACES[r.nextInt(PLACES.length)];
        String topic = TOPICS[r.nextInt(TOPICS.length)];
        switch (r.nextInt(3)) {
          case 0 -> sb.append(person).append(" dari ").append(org).append(' ').append(VERBS[r.nextInt(VERBS.length)])
              .append(" bahwa ").append(topic).append(" di ").append(place).append(" naik ")
              .append(1 + r.nextInt(40)).append(',').append(r.nextInt(10)).append(" persen pada pekan ke-")
              .append(n).append(". ");
          case 1 -> sb.append('"').append("Kami akan memantau ").append(topic).append(" di ").append(place)
              .append(" selama ").append(2 + r.nextInt(30)).append(" hari ke depan,\" ujar ").append(person)
              .append(" dalam laporan nomor ").append(n).append(". ");
          default -> sb.append("Menurut data ").append(org).append(", ").append(topic).append(" mencapai Rp ")
              .append(1 + r.nextInt(900)).append('.').append(100 + r.nextInt(900)).append(" per kilogram di ")
              .append(place).append(" pada laporan ke-").append(n).append(". ");
        }
      }
      sb.append("\n\n");
    }
    return sb.toString();
  }

  /** The text as a simple article page. */
  static byte[] html(String text) {
    StringBuilder sb = new StringBuilder(text.length() * 11 / 10 + 512);
    sb.append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Laporan Ekonomi</title>")
        .append("</head><body><nav><a href=\"/\">Beranda</a> <a href=\"/ekonomi\">Ekonomi</a></nav><article><h1>")
        .append("Laporan Ekonomi dan Cuaca Pekan Ini</h1>");
    for (String p : text.split("\n\n")) {
      if (!p.isBlank()) {
        sb.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
      }
    }
    sb.append("</article><footer>© Kabar Contoh</footer></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
