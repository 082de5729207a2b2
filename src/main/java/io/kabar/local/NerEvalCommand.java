package io.kabar.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kabar.analysis.EntityType;
import io.kabar.extract.CapitalizedNameFinder;
import io.kabar.extract.EntityExtractor;
import io.kabar.extract.NameFinder;
import io.kabar.ner.Conll;
import io.kabar.ner.LabelledSentence;
import io.kabar.ner.NerEvaluation;
import io.kabar.ner.NameFinders;
import io.kabar.ner.NerScore;
import io.kabar.ner.OpenNlpNameFinder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kabar eval ner FILE… --lang id|en}: the names the entity step finds (by default: what the pipeline
 * stores), or the shipped (or a given) name finder model alone ({@code --system model}), on CoNLL-style files,
 * exact-span micro P/R/F1 and per type.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {"Score the entity step's names (default) or a name finder on CoNLL-style files (token first, "
        + "tag last; BIO, IO or bare tags), each dataset's labels mapped onto ours (PERSON/PER/PPL, "
        + "ORGANIZATION/ORGANISATION/ORG/IND/corporation/group, LOCATION/PLACE/LOC/PLC, EVENT/EVT; other types "
        + "ignored).",
        "Exact span and type match; micro precision, recall and F1 over the scored types, and per type.",
        "Example:", "  kabar eval ner ../shared/data/ner/id/nergrit/valid.txt --lang id"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the evaluation ran", "1:internal error", "2:bad usage or unreadable file"})
final class NerEvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "CoNLL-style files, or Universal NER .iob2 files (their OTH names are not scored).")
  List<Path> files;

  @Option(names = "--lang", required = true, description = "Model language: id or en.")
  String lang;

  @Option(names = "--model", paramLabel = "FILE", description = "A model file instead of the shipped one.")
  Path model;

  @Option(names = "--types", split = ",", paramLabel = "TYPE",
      description = "Types scored (default PERSON,ORGANIZATION,LOCATION, the issue's convention; add EVENT for NERP).")
  List<EntityType> types = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  @Option(names = "--json", description = "Print one JSON object instead of the tables.")
  boolean json;

  @Option(names = "--sent-id-prefix", paramLabel = "PREFIX",
      description = ".iob2 files: score only the sentences whose sent_id starts with PREFIX (English PUD: n for its news "
          + "sentences, w for Wikipedia's).")
  String sentIdPrefix = "";

  @Option(names = "--documents", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = {"The entity step (entities, entities_model) reads each document whole, as the pipeline reads an "
          + "article (a short form meets its full name), where the file marks documents (CoNLL -DOCSTART- lines, "
          + ".iob2 # newdoc id lines); the default. --no-documents: each sentence on its own. A file that marks no "
          + "document, and every other system, is read sentence by sentence."})
  boolean documents;

  /** What is scored. */
  enum SystemUnderTest { model, baseline, union, entities_union_people, entities, entities_model, entities_baseline }

  @Option(names = "--system", paramLabel = "SYSTEM", defaultValue = "entities",
      description = {"entities (default): the whole entity step as the pipeline runs it, i.e. the names Kabar stores "
          + "(io.kabar.ner.NameFinders, gazetteer keying and typing, filters); with --model, entities_model;",
          "model: the OpenNLP model alone, on the file's tokens (the model cards' figures);",
          "baseline: the capitalisation baseline finder alone;",
          "union: the model's spans plus the baseline's where the model has none;",
          "entities_model: the whole entity step over the model alone;",
          "entities_union_people: the whole entity step over the model plus the baseline's multi-word PERSON spans;",
          "entities_baseline: the whole entity step over the baseline finder.",
          "The last three see each sentence as its tokens joined by single spaces."})
  SystemUnderTest system;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    OpenNlpNameFinder finder;
    if (model != null) {
      TokenNameFinderModel read;
      try (java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(model))) {
        read = OpenNlpNameFinder.readModel(in);
      }
      finder = OpenNlpNameFinder.of(Map.of(lang, read));
    } else {
      finder = OpenNlpNameFinder.standard();
    }
    if (!finder.supports(lang)) {
      spec.commandLine().getErr().println("kabar: no name finder model for language " + lang);
      return CommandLine.ExitCode.USAGE;
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        spec.commandLine().getErr().println("kabar: cannot read " + file);
        return CommandLine.ExitCode.USAGE;
      }
      List<EntityType> keep = types;
      List<List<LabelledSentence>> docs = Conll.readDocuments(file, label -> Conll.standardLabels().apply(label)
          .filter(keep::contains), id -> id.startsWith(sentIdPrefix));
      List<LabelledSentence> gold = docs.stream().flatMap(List::stream).toList();
      List<List<LabelledSentence>> read = documents ? docs : gold.stream().map(List::of).toList();
      // a given model is scored inside the entity step, not swapped for the shipped one
      SystemUnderTest scored = model != null && system == SystemUnderTest.entities ? SystemUnderTest.entities_model
          : system;
      NerScore score = switch (scored) {
        case model -> NerEvaluation.score(finder, lang, gold);
        case baseline -> NerEvaluation.score((NameFinder) CapitalizedNameFinder.standard(), lang, gold);
        case union -> NerEvaluation.score(NameFinders.union(finder, CapitalizedNameFinder.standard()), lang, gold);
        case entities_union_people -> NerEvaluation.score(EntityExtractor.withFinder(
            NameFinders.unionPeople(finder, CapitalizedNameFinder.standard())), lang, gold);
        case entities -> NerEvaluation.scoreDocuments(EntityExtractor.withFinder(NameFinders.standard()), lang, read);
        case entities_model -> NerEvaluation.scoreDocuments(EntityExtractor.withFinder(finder), lang, read);
        case entities_baseline -> NerEvaluation.score(EntityExtractor.standard(), lang, gold);
      };
      if (json) {
        root.set(file.toString(), json(mapper, score, types));
      } else {
        out.println(table(file.toString(), gold.size(), score, types));
      }
    }
    if (json) {
      out.println(mapper.writeValueAsString(root));
    }
    return 0;
  }

  /** A Markdown table: one row per type, then the micro average. */
  static String table(String title, int sentences, NerScore score, List<EntityType> types) {
    StringBuilder sb = new StringBuilder();
    sb.append(title).append(" (").append(sentences).append(" sentences)\n\n");
    sb.append("| type | gold | P | R | F1 |\n|---|---:|---:|---:|---:|\n");
    for (EntityType t : types) {
      row(sb, t.name(), score.counts(t));
    }
    row(sb, "micro", micro(score, types));
    return sb.toString();
  }

  /** Micro counts over {@code types} only. */
  static NerScore.Counts micro(NerScore score, List<EntityType> types) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (EntityType t : types) {
      NerScore.Counts c = score.counts(t);
      tp += c.tp();
      fp += c.fp();
      fn += c.fn();
    }
    return new NerScore.Counts(tp, fp, fn);
  }

  private static void row(StringBuilder sb, String name, NerScore.Counts c) {
    sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", name, c.gold(),
        100 * c.precision(), 100 * c.recall(), 100 * c.f1()));
  }

  static ObjectNode json(ObjectMapper mapper, NerScore score, List<EntityType> types) {
    ObjectNode node = mapper.createObjectNode();
    List<EntityType> all = new ArrayList<>(types);
    for (EntityType t : all) {
      node.set(t.name(), counts(mapper, score.counts(t)));
    }
    node.set("micro", counts(mapper, micro(score, types)));
    return node;
  }

  private static ObjectNode counts(ObjectMapper mapper, NerScore.Counts c) {
    ObjectNode n = mapper.createObjectNode();
    n.put("gold", c.gold()).put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn())
        .put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1());
    return n;
  }
}
