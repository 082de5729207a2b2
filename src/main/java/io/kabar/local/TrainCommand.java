package io.kabar.local;

import io.kabar.analysis.EntityType;
import io.kabar.ner.LabelledSentence;
import io.kabar.ner.NerEvaluation;
import io.kabar.ner.NerScore;
import io.kabar.ner.OpenNlpNameFinder;
import io.kabar.ner.train.NerTrainer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kabar train}: trains the models shipped in the jar. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train the models shipped with Kabar.",
    subcommands = {TrainCommand.Ner.class, LanguageWordsCommand.class, CommandLine.HelpCommand.class})
final class TrainCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code kabar train ner --lang id|en}. */
  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = {"Train the OpenNLP name finder for one language from ../shared/data/ner, with word clusters "
          + "induced from unlabelled news text (id: IndoSum articles; en: news4k and WCXB article bodies), "
          + "write it to src/main/resources/io/kabar/ner/LANG-ner.bin and score it on the held-out splits "
          + "(id: NERGrit valid, idner-news-2k dev; en: every fifth wikigold document and re3d file), which "
          + "are also written as CoNLL files to the work folder for `kabar eval ner`.",
          "Example:", "  kabar train ner --lang id"})
  static final class Ner implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--lang", required = true, description = "id or en.")
    String lang;

    @Option(names = "--shared", defaultValue = "../shared", description = "The shared folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--out", defaultValue = "src/main/resources/io/kabar/ner",
        description = "Where the model goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--work", defaultValue = "target/ner", description = "Cluster files and held-out splits (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--iterations", defaultValue = "150", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "2", description = "Feature count cutoff (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Option(names = "--clusters", split = ",", defaultValue = "64,256,1024",
        description = "Numbers of word clusters, one feature family each (default: ${DEFAULT-VALUE}).")
    int[] clusters;

    @Option(names = "--cluster-window", defaultValue = "1", description = "Tokens either side given cluster features (default: ${DEFAULT-VALUE}).")
    int clusterWindow;

    @Option(names = "--cluster-min-count", defaultValue = "3",
        description = "Words seen fewer times in the unlabelled text get no cluster (default: ${DEFAULT-VALUE}).")
    int clusterMinCount;

    @Option(names = "--beam", defaultValue = "2",
        description = "Decoder beam width stored in the written model (default: ${DEFAULT-VALUE}; OpenNLP's 3 "
            + "found the same names within noise on the dev sets and cost 7 %% of the entity step; 1 = greedy). "
            + "The passes that tag text during training keep OpenNLP's 3.")
    int beam;

    @Option(names = "--with-nerp", description = "id: also train on NERP (lower-cased text).")
    boolean withNerp;

    @Option(names = "--with-wnut", description = "en: also train on WNUT17 (social media).")
    boolean withWnut;

    @Option(names = "--only", split = ",", paramLabel = "SET",
        description = "Train only on these sets (e.g. nergrit-train); default all of the language's sets.")
    List<String> only = List.of();

    @Option(names = "--auto-features", split = ",", paramLabel = "COL",
        description = "Self-trained word features from a first-pass model's tags on the unlabelled text: "
            + "tag (dominant automatic tag), inside (share inside a name); default none.")
    List<String> autoFeatures = List.of();

    @Option(names = "--auto-min-count", defaultValue = "5",
        description = "Auto features only for words tagged at least this often (default: ${DEFAULT-VALUE}).")
    int autoMinCount;

    @Option(names = "--auto-share", defaultValue = "0.8",
        description = "The tag column names a tag only if its share is at least this (default: ${DEFAULT-VALUE}).")
    double autoShare;

    @Option(names = "--auto-buckets", defaultValue = "5",
        description = "Buckets of the inside column's share (default: ${DEFAULT-VALUE}).")
    int autoBuckets;

    @Option(names = "--auto-rounds", defaultValue = "1",
        description = "Self-training rounds: round r+1 tags the text with round r's model (default: ${DEFAULT-VALUE}).")
    int autoRounds;

    @Option(names = "--algorithm", defaultValue = "PERCEPTRON",
        description = "Learner of the final model: PERCEPTRON, MAXENT_QN (L-BFGS) or MAXENT (GIS) (default: ${DEFAULT-VALUE}). "
            + "Perceptron and MAXENT_QN models get the fast decoder; MAXENT (GIS) models fall back to OpenNLP's NameFinderME.")
    String algorithm;

    @Option(names = "--final-iterations", defaultValue = "0",
        description = "Iterations of the final model only (self-training passes keep --iterations); 0 = --iterations.")
    int finalIterations;

    @Option(names = "--l1", defaultValue = "0", description = "MAXENT_QN L1 cost (default: ${DEFAULT-VALUE}).")
    double l1;

    @Option(names = "--l2", defaultValue = "1", description = "MAXENT_QN L2 cost (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--min-weight", defaultValue = "0",
        description = "MAXENT_QN: save the model without weights smaller than this in absolute value (default: ${DEFAULT-VALUE}: only zeros).")
    double minWeight;

    @Option(names = "--repeat", paramLabel = "SET=N",
        description = "Weigh a training set N times (its sentences repeated), e.g. wikigold-train=2; default every set once.")
    Map<String, Integer> repeat = Map.of();

    @Option(names = "--held-out-fold", defaultValue = "4", paramLabel = "K",
        description = "en: which fifth of the wikigold, re3d and GUM news documents (sorted) is held out, 0-4, for "
            + "cross-validation (default: ${DEFAULT-VALUE}, as the shipped model; the clusters see the other folds' text, "
            + "so give each fold its own --work unless comparing arms on the same clusters).")
    int heldOutFold;

    @Option(names = "--extra-train", paramLabel = "FILE",
        description = "Also train on this CoNLL file (token, then a BIO or IO tag per line; PERSON, ORGANIZATION, LOCATION "
            + "and the datasets' other spellings of them) or Universal NER .iob2 file (the shipped English model: "
            + "UNER_English-EWT's dev and test files), whatever --only says; repeatable.")
    List<Path> extraTrain = List.of();

    @Option(names = "--document-silver", defaultValue = "0", paramLabel = "RATIO",
        description = "Train once, tag the unlabelled news articles with that model, correct its tags by document-level "
            + "propagation (a name keeps its article's majority type; a surname alone after the full name is the person), "
            + "add the clean sentences, at most RATIO x the gold training samples (evenly spaced), and train again "
            + "(see DocumentSilver; default ${DEFAULT-VALUE}: off).")
    double documentSilver;

    @Option(names = "--silver-non-names", defaultValue = "0", paramLabel = "K",
        description = "With --document-silver: a capitalised word seen at least K times mid-sentence in the news and "
            + "inside a first-pass name in at most a tenth of them may stay O in a kept sentence (default "
            + "${DEFAULT-VALUE}: a capitalised word outside every name drops its sentence).")
    int silverNonNames;

    @Option(names = "--reuse-clusters", description = "Reuse cluster files already in the work folder.")
    boolean reuseClusters;

    @Option(names = "--first-names",
        description = "en only, off by default: gazetteer features from the English first-name list "
            + "(io/kabar/ner/train/first-names-en.txt), stored in the model.")
    boolean firstNames;

    @Option(names = "--cities",
        description = "Off by default: gazetteer features from GeoNames city names "
            + "(io/kabar/ner/train/cities-geonames.txt, places of 15,000 people or more), stored in the model.")
    boolean cities;

    @Option(names = "--known-names", defaultValue = "0", paramLabel = "SHARE",
        description = "Gazetteer features (people, bodies and places, one feature each) from the entity step's "
            + "curated name lists (io/kabar/extract/gazetteer-*.txt and its aliases; the CLDR countries have their own "
            + "feature), "
            + "stored in the model. The model trains with a fixed SHARE of each list (by hash) and stores the whole "
            + "list, so it learns not to lean on the list alone (gazetteer dropout); 1 trains with the whole lists "
            + "(default ${DEFAULT-VALUE}: off).")
    double knownNames;

    @Option(names = "--keep-unlabelled-countries", negatable = true, defaultValue = "false",
        description = "id: keep idner-news-2k training sentences where a country name is labelled O, as the "
            + "shipped model does since session 29 (dropped by default, as NERGrit labels every country LOCATION; "
            + "the entity step adds the countries the model leaves out).")
    boolean keepUnlabelledCountries;

    @Override
    public Integer call() throws Exception {
      PrintWriter log = spec.commandLine().getOut();
      if (!Files.isDirectory(shared.resolve("data/ner"))) {
        spec.commandLine().getErr().println("kabar: no data/ner under " + shared);
        return CommandLine.ExitCode.USAGE;
      }
      NerTrainer trainer = new NerTrainer(new NerTrainer.Options(lang, shared, out, work, iterations, cutoff,
          clusters, clusterWindow, withNerp, withWnut, only, reuseClusters, !keepUnlabelledCountries, clusterMinCount, beam,
          new NerTrainer.AutoFeatures(autoFeatures, autoMinCount, autoShare, autoBuckets, autoRounds),
          new NerTrainer.Learner(algorithm, l1, l2, finalIterations, minWeight), repeat, heldOutFold, extraTrain,
          new NerTrainer.Silver(documentSilver, silverNonNames), firstNames, cities, knownNames), log);
      NerTrainer.Result result = trainer.train();
      OpenNlpNameFinder finder = OpenNlpNameFinder.of(Map.of(lang, result.model()));
      List<EntityType> types = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
      for (NerTrainer.Split split : result.heldOut()) {
        NerTrainer.writeConll(split.sentences(), work.resolve(lang + "-" + split.name() + ".conll"));
        NerScore score = NerEvaluation.score(finder, lang, split.sentences());
        log.println(NerEvalCommand.table(split.name(), split.sentences().size(), score, types));
        if (score.counts(EntityType.EVENT).gold() > 0) {
          log.println(NerEvalCommand.table(split.name() + " incl. EVENT", split.sentences().size(), score,
              List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.EVENT)));
        }
      }
      List<LabelledSentence> all = result.heldOut().stream().flatMap(s -> s.sentences().stream()).toList();
      log.println(NerEvalCommand.table("all held-out", all.size(), NerEvaluation.score(finder, lang, all), types));
      return 0;
    }
  }
}
