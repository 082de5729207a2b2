package io.kabar.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.ArticleException;
import io.kabar.analysis.Pipeline;
import io.kabar.analysis.Source;
import io.kabar.eval.ExtractionDataset;
import io.kabar.eval.ExtractionScore;
import io.kabar.eval.MetadataMatch;
import io.kabar.eval.ShingleScorer;
import io.kabar.parse.ParsedArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kabar eval}: measurements on labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure the pipeline on labelled data.",
    subcommands = {EvalCommand.Extraction.class, NerEvalCommand.class, ClaimsEvalCommand.class, LanguageEvalCommand.class, SummaryEvalCommand.class,
        CommandLine.HelpCommand.class})
final class EvalCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code kabar eval extraction DATASET…}: our parse stage and Readability4J on the same HTML pages,
   * scored against the gold main text (word 4-gram shingles, see {@link ShingleScorer}), title,
   * date and author (see {@link MetadataMatch}).
   */
  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = {"Score main-text and metadata extraction of our parser (Pipeline.parse) and of "
          + "Readability4J on dataset folders in the news4k layout (html/*.html.gz + ground-truth.json) or the "
          + "WCXB layout (html/NNNN.html.gz + ground-truth/NNNN.json).",
          "Main text: word 4-gram shingles over \\w+ tokens, case-sensitive; per-page precision and recall "
              + "averaged over pages (empty output left out of precision), F1 from the two averages.",
          "Example:", "  kabar eval extraction ../shared/data/extraction/news4k ../shared/data/extraction/wcxb-dev-articles"},
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the evaluation ran (page failures are counted, not fatal)",
          "1:internal error", "2:a dataset folder is missing or has no recognised layout"})
  static final class Extraction implements Callable<Integer> {
    static final String OURS = "kabar";
    static final String THEIRS = "readability4j";
    static final String OURS_LABEL = "Kabar parser " + Pipeline.VERSION;
    static final String THEIRS_LABEL = "Readability4J 1.0.8";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "Dataset folders.")
    List<Path> datasets;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N pages (in id order) of each dataset.")
    Integer limit;

    @Option(names = "--json", description = "Print one JSON object instead of the tables.")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the results as a Markdown report to FILE.")
    Path out;

    @Option(names = "--pages", paramLabel = "FILE",
        description = "Also write one JSON line per page to FILE: both systems' scores and metadata next to the gold values.")
    Path pagesOut;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
        description = "List the N pages where our parser scores the lowest F1 (default: ${DEFAULT-VALUE}; 0 for none).")
    int worst;

    @Override
    public Integer call() throws IOException {
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter stderr = spec.commandLine().getErr();
      if (limit != null && limit < 1) {
        stderr.println("kabar eval extraction: --limit must be at least 1, got " + limit);
        return CommandLine.ExitCode.USAGE;
      }
      List<ExtractionDataset> opened = new ArrayList<>();
      for (Path folder : datasets) {
        try {
          opened.add(ExtractionDataset.open(folder));
        } catch (IllegalArgumentException e) {
          stderr.println("kabar eval extraction: " + e.getMessage());
          return CommandLine.ExitCode.USAGE;
        }
      }
      Pipeline pipeline = Pipeline.standard(); // loads its data files before any timing starts
      List<DatasetResult> results = new ArrayList<>();
      for (ExtractionDataset dataset : opened) {
        long start = System.nanoTime();
        DatasetResult result = evaluate(dataset, pipeline);
        results.add(result);
        stderr.printf(Locale.ROOT, "%s: %d pages in %.1f s%n", dataset.folder(), result.pages.size(),
            (System.nanoTime() - start) / 1e9);
        stderr.flush();
      }
      if (json) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        stdout.println(mapper.writeValueAsString(toJson(results)));
      } else {
        for (DatasetResult r : results) {
          printTable(r, stdout);
        }
      }
      stdout.flush();
      if (pagesOut != null) {
        writePages(results, pagesOut);
        stderr.println("per-page results written to " + pagesOut);
      }
      if (out != null) {
        Files.writeString(out, markdown(results), StandardCharsets.UTF_8);
        stderr.println("report written to " + out);
      }
      return 0;
    }

    /** What one system extracted from one page. */
    record Extracted(String text, String title, String author, String date, String failure, long nanos) {}

    /** One system's outcome on one page. */
    record Outcome(Extracted extracted, ShingleScorer.PageScore score, Optional<Boolean> title,
        Optional<Boolean> date, Optional<Boolean> author) {}

    /** Both systems on one page. */
    record PageResult(ExtractionDataset.Page page, Outcome ours, Outcome theirs, int goldTokens) {}

    /** One system's totals over a dataset. */
    static final class Totals {
      final ExtractionScore text = new ExtractionScore();
      final int[] title = new int[2];
      final int[] date = new int[2];
      final int[] author = new int[2];
      final Map<String, Integer> failures = new LinkedHashMap<>();
      final List<Long> nanos = new ArrayList<>();

      void add(Outcome o) {
        text.add(o.score());
        tally(title, o.title());
        tally(date, o.date());
        tally(author, o.author());
        if (o.extracted().failure() != null) {
          failures.merge(o.extracted().failure(), 1, Integer::sum);
        }
        nanos.add(o.extracted().nanos());
      }

      private static void tally(int[] counts, Optional<Boolean> match) {
        match.ifPresent(m -> {
          counts[1]++;
          if (m) {
            counts[0]++;
          }
        });
      }

      int failureCount() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
      }

      double meanMillis() {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
      }

      double medianMillis() {
        if (nanos.isEmpty()) {
          return 0;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int mid = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
        return median / 1e6;
      }
    }

    /** Both systems over one dataset. */
    record DatasetResult(ExtractionDataset dataset, List<PageResult> pages, Totals ours, Totals theirs) {
      String name() {
        return dataset.folder().getFileName() == null ? dataset.folder().toString()
            : dataset.folder().getFileName().toString();
      }
    }

    private DatasetResult evaluate(ExtractionDataset dataset, Pipeline pipeline) {
      List<ExtractionDataset.Page> pages = dataset.pages();
      if (limit != null && limit < pages.size()) {
        pages = pages.subList(0, limit);
      }
      Totals ours = new Totals();
      Totals theirs = new Totals();
      List<PageResult> results = new ArrayList<>();
      for (ExtractionDataset.Page page : pages) {
        byte[] html;
        try {
          html = page.html();
        } catch (IOException | RuntimeException e) {
          Extracted none = new Extracted("", null, null, null, "UNREADABLE_FILE", 0);
          PageResult r = new PageResult(page, outcome(page, none, true), outcome(page, none, false),
              ShingleScorer.tokens(page.text()).size());
          ours.add(r.ours());
          theirs.add(r.theirs());
          results.add(r);
          continue;
        }
        Outcome o = outcome(page, runOurs(pipeline, page, html), true);
        Outcome t = outcome(page, runReadability(page, html), false);
        ours.add(o);
        theirs.add(t);
        results.add(new PageResult(page, o, t, ShingleScorer.tokens(page.text()).size()));
      }
      return new DatasetResult(dataset, results, ours, theirs);
    }

    private static Outcome outcome(ExtractionDataset.Page page, Extracted e, boolean hasDate) {
      return new Outcome(e, ShingleScorer.score(page.text(), e.text()),
          MetadataMatch.title(page.title(), e.title()),
          hasDate ? MetadataMatch.date(page.date(), e.date()) : Optional.empty(),
          MetadataMatch.author(page.author(), e.author()));
    }

    /** The page's file name as our parser sees it: {@code <id>.html}, so the format reads as HTML. */
    static String sourceName(ExtractionDataset.Page page) {
      return page.id() + ".html";
    }

    static Extracted runOurs(Pipeline pipeline, ExtractionDataset.Page page, byte[] html) {
      long start = System.nanoTime();
      try {
        ParsedArticle parsed = pipeline.parse(new Source(page.id(), sourceName(page), html,
            Optional.of("text/html"), Optional.empty()));
        return new Extracted(parsed.mainText(), parsed.title(), parsed.byline(), parsed.publishedAt(), null,
            System.nanoTime() - start);
      } catch (ArticleException e) {
        return new Extracted("", null, null, null, e.code().name(), System.nanoTime() - start);
      } catch (Exception | StackOverflowError e) {
        return new Extracted("", null, null, null, e.getClass().getSimpleName(), System.nanoTime() - start);
      }
    }

    static Extracted runReadability(ExtractionDataset.Page page, byte[] html) {
      String url = baseUrl(page);
      long start = System.nanoTime();
      try {
        // jsoup finds the charset from the BOM or <meta charset>, else UTF-8, as a browser would
        Document doc = Jsoup.parse(new ByteArrayInputStream(html), null, url);
        Article article = new Readability4J(url, doc).parse();
        String text = article.getTextContent();
        return new Extracted(text == null ? "" : text, article.getTitle(), article.getByline(), null, null,
            System.nanoTime() - start);
      } catch (Exception | StackOverflowError e) {
        return new Extracted("", null, null, null, e.getClass().getSimpleName(), System.nanoTime() - start);
      }
    }

    private static String baseUrl(ExtractionDataset.Page page) {
      if (page.url() != null) {
        try {
          URI uri = URI.create(page.url().trim());
          if (uri.getScheme() != null && uri.getHost() != null) {
            return uri.toString();
          }
        } catch (IllegalArgumentException e) {
          // fall through to a neutral base
        }
      }
      return "http://localhost/" + sourceName(page);
    }

    // ---- output ----

    private static String pct(int[] counts) {
      return counts[1] == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * counts[0] / counts[1],
          counts[0], counts[1]);
    }

    private static String f3(double v) {
      return String.format(Locale.ROOT, "%.3f", v);
    }

    private List<PageResult> worstPages(DatasetResult r) {
      return r.pages().stream()
          .filter(p -> p.ours().score().recall().isPresent())
          .sorted(Comparator.comparingDouble((PageResult p) -> p.ours().score().f1())
              .thenComparing(p -> p.page().id()))
          .limit(Math.max(0, worst))
          .toList();
    }

    private void printTable(DatasetResult r, PrintWriter w) {
      Totals o = r.ours();
      Totals t = r.theirs();
      w.printf(Locale.ROOT, "%s  (%s layout, %s)%n", r.name(), r.dataset().layoutName(), r.dataset().folder());
      w.printf(Locale.ROOT, "pages %d scored %d (no gold text: %d; gold records without HTML: %d)%n",
          r.pages().size(), o.text.scoredPages(), o.text.unscoredPages(), r.dataset().goldWithoutHtml());
      String format = "%-28s %9s %7s %7s  %-20s %-20s %-20s %8s %6s %14s%n";
      w.printf(Locale.ROOT, format, "system", "precision", "recall", "F1", "title", "date", "author",
          "failures", "empty", "ms/page mean/median");
      for (String which : List.of(OURS, THEIRS)) {
        Totals x = which.equals(OURS) ? o : t;
        w.printf(Locale.ROOT, format, which.equals(OURS) ? OURS_LABEL : THEIRS_LABEL, f3(x.text.precision()),
            f3(x.text.recall()), f3(x.text.f1()), pct(x.title), which.equals(OURS) ? pct(x.date) : "n/a",
            pct(x.author), x.failureCount(), x.text.emptyOutputPages(),
            String.format(Locale.ROOT, "%.1f / %.1f", x.meanMillis(), x.medianMillis()));
      }
      w.printf(Locale.ROOT, "ours minus Readability4J: F1 %+.3f, precision %+.3f, recall %+.3f; F1 ratio %.3f%n",
          o.text.f1() - t.text.f1(), o.text.precision() - t.text.precision(), o.text.recall() - t.text.recall(),
          t.text.f1() == 0 ? Double.NaN : o.text.f1() / t.text.f1());
      if (!o.failures.isEmpty() || !t.failures.isEmpty()) {
        w.printf("failures by reason: ours %s; Readability4J %s%n", o.failures, t.failures);
      }
      List<PageResult> worstList = worstPages(r);
      if (!worstList.isEmpty()) {
        w.printf("our %d lowest-F1 pages (id, our F1 P R, Readability4J F1, our/gold tokens, failure, url):%n",
            worstList.size());
        for (PageResult p : worstList) {
          w.println("  " + worstLine(p));
        }
      }
      w.println();
    }

    static String worstLine(PageResult p) {
      ShingleScorer.PageScore s = p.ours().score();
      return String.format(Locale.ROOT, "%s  F1 %.3f  P %s  R %.3f  R4J F1 %.3f  tokens %d/%d  %s  %s",
          p.page().id(), s.f1(), s.precision().isPresent() ? f3(s.precision().getAsDouble()) : "-",
          s.recall().orElse(0), p.theirs().score().f1(), ShingleScorer.tokens(p.ours().extracted().text()).size(),
          p.goldTokens(), p.ours().extracted().failure() == null ? "-" : p.ours().extracted().failure(),
          p.page().url() == null ? "" : p.page().url());
    }

    private ObjectNode toJson(List<DatasetResult> results) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode root = mapper.createObjectNode();
      ObjectNode convention = root.putObject("convention");
      convention.put("mainText", "word " + ShingleScorer.N + "-gram shingles (multiset) over [\\p{L}\\p{N}_]+ tokens, "
          + "case-sensitive; per-page precision and recall averaged over pages (empty output left out of precision, "
          + "pages without gold text left out of both); F1 from the two averages");
      convention.put("title", "exact after whitespace normalisation");
      convention.put("date", "YYYY-MM-DD date part at the gold value's precision");
      convention.put("author", "case-insensitive name-token F1 > 0.5");
      ArrayNode sets = root.putArray("datasets");
      for (DatasetResult r : results) {
        ObjectNode d = sets.addObject();
        d.put("name", r.name());
        d.put("path", r.dataset().folder().toString());
        d.put("layout", r.dataset().layoutName());
        d.put("pages", r.pages().size());
        d.put("scoredPages", r.ours().text.scoredPages());
        d.put("pagesWithoutGoldText", r.ours().text.unscoredPages());
        d.put("goldRecordsWithoutHtml", r.dataset().goldWithoutHtml());
        ObjectNode systems = d.putObject("systems");
        systemJson(systems.putObject(OURS), OURS_LABEL, r.ours(), true);
        systemJson(systems.putObject(THEIRS), THEIRS_LABEL, r.theirs(), false);
        ObjectNode diff = d.putObject("oursMinusTheirs");
        diff.put("f1", r.ours().text.f1() - r.theirs().text.f1());
        diff.put("precision", r.ours().text.precision() - r.theirs().text.precision());
        diff.put("recall", r.ours().text.recall() - r.theirs().text.recall());
        if (r.theirs().text.f1() > 0) {
          d.put("f1Ratio", r.ours().text.f1() / r.theirs().text.f1());
        }
        ArrayNode worstArray = d.putArray("worstPagesOurs");
        for (PageResult p : worstPages(r)) {
          ObjectNode w = worstArray.addObject();
          w.put("id", p.page().id());
          w.put("url", p.page().url());
          w.put("f1", p.ours().score().f1());
          w.put("readability4jF1", p.theirs().score().f1());
          w.put("ourTokens", ShingleScorer.tokens(p.ours().extracted().text()).size());
          w.put("goldTokens", p.goldTokens());
          w.put("failure", p.ours().extracted().failure());
        }
      }
      return root;
    }

    private static void writePages(List<DatasetResult> results, Path file) throws IOException {
      ObjectMapper mapper = new ObjectMapper();
      try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (DatasetResult r : results) {
          for (PageResult p : r.pages()) {
            ObjectNode line = mapper.createObjectNode();
            line.put("dataset", r.name());
            line.put("id", p.page().id());
            line.put("url", p.page().url());
            line.put("goldTokens", p.goldTokens());
            ObjectNode gold = line.putObject("gold");
            gold.put("title", p.page().title());
            gold.put("author", p.page().author());
            gold.put("date", p.page().date());
            pageJson(line.putObject(OURS), p.ours());
            pageJson(line.putObject(THEIRS), p.theirs());
            w.write(mapper.writeValueAsString(line));
            w.write('\n');
          }
        }
      }
    }

    private static void pageJson(ObjectNode node, Outcome o) {
      ShingleScorer.PageScore s = o.score();
      node.put("f1", s.f1());
      if (s.precision().isPresent()) {
        node.put("precision", s.precision().getAsDouble());
      } else {
        node.putNull("precision");
      }
      if (s.recall().isPresent()) {
        node.put("recall", s.recall().getAsDouble());
      } else {
        node.putNull("recall");
      }
      node.put("tokens", ShingleScorer.tokens(o.extracted().text()).size());
      node.put("failure", o.extracted().failure());
      node.put("title", o.extracted().title());
      node.put("author", o.extracted().author());
      node.put("date", o.extracted().date());
      o.title().ifPresent(m -> node.put("titleMatch", m));
      o.date().ifPresent(m -> node.put("dateMatch", m));
      o.author().ifPresent(m -> node.put("authorMatch", m));
      node.put("ms", o.extracted().nanos() / 1e6);
    }

    private static void systemJson(ObjectNode s, String label, Totals x, boolean hasDate) {
      s.put("label", label);
      s.put("precision", x.text.precision());
      s.put("recall", x.text.recall());
      s.put("f1", x.text.f1());
      s.put("emptyOutputPages", x.text.emptyOutputPages());
      accuracy(s.putObject("title"), x.title);
      if (hasDate) {
        accuracy(s.putObject("date"), x.date);
      } else {
        s.putNull("date");
      }
      accuracy(s.putObject("author"), x.author);
      s.put("failures", x.failureCount());
      ObjectNode reasons = s.putObject("failuresByReason");
      x.failures.forEach(reasons::put);
      s.put("msPerPageMean", x.meanMillis());
      s.put("msPerPageMedian", x.medianMillis());
    }

    private static void accuracy(ObjectNode node, int[] counts) {
      node.put("correct", counts[0]);
      node.put("total", counts[1]);
      if (counts[1] > 0) {
        node.put("accuracy", (double) counts[0] / counts[1]);
      }
    }

    private String markdown(List<DatasetResult> results) {
      StringBuilder md = new StringBuilder("# Extraction evaluation\n\n");
      md.append("Main text: word 4-gram shingles over `\\w+` tokens, case-sensitive; per-page precision and recall "
          + "averaged over pages (empty output left out of precision), F1 from the two averages. Title: exact after "
          + "whitespace normalisation. Date: the date part, at the gold value's precision. Author: case-insensitive "
          + "name-token F1 above 0.5. Metadata accuracies count only pages whose gold value is present.\n\n");
      md.append("| dataset | pages | system | precision | recall | F1 | title | date | author | failures | "
          + "empty output | ms/page (mean / median) |\n");
      md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (DatasetResult r : results) {
        for (String which : List.of(OURS, THEIRS)) {
          Totals x = which.equals(OURS) ? r.ours() : r.theirs();
          md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | **%s** | %s | %s | %s | %d | %d | %.1f / %.1f |%n",
              r.name(), r.pages().size(), which.equals(OURS) ? OURS_LABEL : THEIRS_LABEL, f3(x.text.precision()),
              f3(x.text.recall()), f3(x.text.f1()), pct(x.title), which.equals(OURS) ? pct(x.date) : "n/a",
              pct(x.author), x.failureCount(), x.text.emptyOutputPages(), x.meanMillis(), x.medianMillis()));
        }
      }
      md.append('\n');
      for (DatasetResult r : results) {
        md.append(String.format(Locale.ROOT, "- %s: ours minus Readability4J F1 %+.3f (ratio %.3f); %d pages scored, "
                + "%d without gold text, %d gold records without HTML%s%n",
            r.name(), r.ours().text.f1() - r.theirs().text.f1(),
            r.theirs().text.f1() == 0 ? Double.NaN : r.ours().text.f1() / r.theirs().text.f1(),
            r.ours().text.scoredPages(), r.ours().text.unscoredPages(), r.dataset().goldWithoutHtml(),
            r.ours().failures.isEmpty() && r.theirs().failures.isEmpty() ? ""
                : "; failures: ours " + r.ours().failures + ", Readability4J " + r.theirs().failures));
      }
      md.append("\nCommand: `kabar eval extraction ")
          .append(String.join(" ", results.stream().map(r -> r.dataset().folder().toString()).toList()))
          .append(limit == null ? "" : " --limit " + limit).append("`\n");
      return md.toString();
    }
  }
}
