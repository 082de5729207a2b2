package io.kabar.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.eval.Rouge;
import io.kabar.nlp.SentenceSplitter;
import io.kabar.summarize.LeadSummarizer;
import io.kabar.summarize.RankedSummarizer;
import io.kabar.summarize.Summarizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kabar eval summary PAIRS.jsonl --lang id|en}: ROUGE-1/2/L F1 of our summariser and of LEAD-3 on
 * the same article/reference pairs, in the same run.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"Score our extractive summariser (RankedSummarizer) and the LEAD-3 baseline (LeadSummarizer) "
        + "against reference summaries: ROUGE-1/2/L F1 on lower-cased \\w+ tokens, averaged over articles.",
        "PAIRS.jsonl: one JSON object a line with 'article' (paragraphs separated by a blank line) and 'summary'; "
        + "'title' is used when present.",
        "Example:", "  kabar eval summary ../shared/data/summaries/indosum-dev/pairs.jsonl --lang id"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the evaluation ran", "1:internal error", "2:the pairs file is missing or empty"})
final class SummaryEvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PAIRS.jsonl", description = "Article/reference pairs.")
  Path pairs;

  @Option(names = "--lang", required = true, paramLabel = "LANG", description = "ISO 639-1 language of the articles (id, en, ...).")
  String lang;

  @Option(names = "--sentences", paramLabel = "N",
      description = "Sentences per summary (default 3 with --words 0; with a word budget the maximum, default 5).")
  Integer sentences;

  @Option(names = "--words", defaultValue = "65", paramLabel = "N",
      description = "Word budget (default ${DEFAULT-VALUE}, as the shipped summariser); 0 = a fixed --sentences count.")
  int words;

  @Option(names = "--trigram-blocking", description = "Skip candidates sharing a word trigram with a chosen sentence.")
  boolean trigramBlocking;

  @Option(names = "--no-model", description = "Hand weights (--weights) even where a learned ranker exists; for baselines.")
  boolean noModel;

  @Option(names = "--json", description = "One JSON object {pairs, lang, file, ours, lead3} (ROUGE-1/2/L F1 in percent) "
      + "instead of the table.")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N pairs.")
  Integer limit;

  @Option(names = "--weights", paramLabel = "P,D,C,T,K,L,LAMBDA",
      description = "Override RankedSummarizer weights (position, decay, centrality, title, claims, length, MMR lambda); for tuning.")
  String weightsOverride;

  /** Mean scores of both systems. */
  record Result(int pairs, Rouge.Mean ours, Rouge.Mean lead) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SentenceSplitter splitter = SentenceSplitter.standard();
    RankedSummarizer.Weights w = RankedSummarizer.DEFAULT;
    if (weightsOverride != null) {
      double[] v = java.util.Arrays.stream(weightsOverride.split(",")).mapToDouble(Double::parseDouble).toArray();
      if (v.length != 7) {
        err.println("kabar eval summary: --weights needs 7 numbers");
        return CommandLine.ExitCode.USAGE;
      }
      w = new RankedSummarizer.Weights(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }
    Summarizer ours = new RankedSummarizer(splitter, w,
        sentences != null ? sentences : RankedSummarizer.defaultSentences(words),
        !noModel, words, trigramBlocking);
    Summarizer lead = new LeadSummarizer(splitter);
    Result r;
    try {
      r = evaluate(pairs, lang, limit, ours, lead);
    } catch (NoSuchFileException e) {
      err.println("kabar eval summary: no such file " + pairs);
      return CommandLine.ExitCode.USAGE;
    }
    if (r.pairs() == 0) {
      err.println("kabar eval summary: no pairs in " + pairs);
      return CommandLine.ExitCode.USAGE;
    }
    if (json) {
      com.fasterxml.jackson.databind.node.ObjectNode node = new ObjectMapper().createObjectNode();
      node.put("pairs", r.pairs()).put("lang", lang).put("file", pairs.toString());
      node.set("ours", rouge(r.ours()));
      node.set("lead3", rouge(r.lead()));
      out.println(node);
      out.flush();
      return 0;
    }
    out.printf(Locale.ROOT, "%s  (%d pairs, lang %s)%n", pairs, r.pairs(), lang);
    out.printf(Locale.ROOT, "%-28s %8s %8s %8s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L");
    row(out, "ours (RankedSummarizer)", r.ours());
    row(out, "LEAD-3 (LeadSummarizer)", r.lead());
    out.printf(Locale.ROOT, "ours minus LEAD-3: ROUGE-1 %+.2f, ROUGE-2 %+.2f, ROUGE-L %+.2f%n",
        100 * (r.ours().rouge1() - r.lead().rouge1()), 100 * (r.ours().rouge2() - r.lead().rouge2()),
        100 * (r.ours().rougeL() - r.lead().rougeL()));
    out.flush();
    return 0;
  }

  /** ROUGE F1 in percent, as the table prints it (unrounded). */
  private static com.fasterxml.jackson.databind.node.ObjectNode rouge(Rouge.Mean m) {
    return new ObjectMapper().createObjectNode().put("rouge1", 100 * m.rouge1()).put("rouge2", 100 * m.rouge2())
        .put("rougeL", 100 * m.rougeL());
  }

  private static void row(PrintWriter out, String name, Rouge.Mean m) {
    out.printf(Locale.ROOT, "%-28s %8.2f %8.2f %8.2f%n", name, 100 * m.rouge1(), 100 * m.rouge2(), 100 * m.rougeL());
  }

  static Result evaluate(Path file, String lang, Integer limit, Summarizer ours, Summarizer lead) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Rouge.Mean o = new Rouge.Mean();
    Rouge.Mean l = new Rouge.Mean();
    int n = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        if (limit != null && n >= limit) {
          break;
        }
        JsonNode pair = mapper.readTree(line);
        String article = pair.path("article").asText("");
        String reference = pair.path("summary").asText("");
        String title = pair.hasNonNull("title") ? pair.get("title").asText() : null;
        o.add(Rouge.score(String.join(" ", ours.summarize(article, lang, title, List.of()).sentences()), reference));
        l.add(Rouge.score(String.join(" ", lead.summarize(article, lang, title, List.of()).sentences()), reference));
        n++;
      }
    }
    return new Result(n, o, l);
  }
}
