package io.kabar.ner.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kabar.analysis.EntityType;
import io.kabar.ner.Conll;
import io.kabar.ner.CountryGazetteerFeatureGeneratorFactory;
import io.kabar.ner.LabelledSentence;
import io.kabar.ner.NerTokenizer;
import io.kabar.ner.WordClusterFeatureGeneratorFactory;
import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Token;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the Indonesian and English name finder models from the labelled data in
 * {@code ../shared/data/ner} and word clusters induced from unlabelled news text. Deterministic:
 * the same data and options give the same model. Training-only: not in the Lambda jar.
 */
public final class NerTrainer {
  /** Where the models are read from at run time, relative to the project. */
  public static final Path MODEL_DIR = Path.of("src/main/resources/io/kabar/ner");

  /**
   * The beam of the models that tag unlabelled text during training (auto features, document silver): OpenNLP's
   * default, with which the shipped models were made; the written model's own beam is {@link Options#beam}.
   */
  static final int TAGGING_BEAM = NameFinderME.DEFAULT_BEAM_SIZE;

  /** English documents are split in this many folds; one is held out (see {@link Options#heldOutFold}). */
  public static final int FOLDS = 5;

  /** Options. */
  public record Options(String lang, Path shared, Path out, Path work, int iterations, int cutoff,
      int[] clusterSizes, int clusterWindow, boolean withNerp, boolean withWnut, List<String> only,
      boolean reuseClusters, boolean dropUnlabelledCountries, int clusterMinCount, int beam,
      AutoFeatures auto, Learner learner, Map<String, Integer> repeat, int heldOutFold, List<Path> extraTrain,
      Silver documentSilver, boolean firstNames, boolean cities, double knownNames) {
    public Options {
      if (heldOutFold < 0 || heldOutFold >= FOLDS) {
        throw new IllegalArgumentException("held-out fold must be 0-" + (FOLDS - 1) + ": " + heldOutFold);
      }
    }

    /** Iterations of the final model: the learner's own if set, else {@link #iterations()}. */
    public int finalIterations() {
      return learner.iterations() > 0 ? learner.iterations() : iterations;
    }
  }

  /**
   * The learner of the final model: OpenNLP's {@code PERCEPTRON} (shipped), {@code MAXENT_QN} (L-BFGS
   * maxent with {@code l1}/{@code l2} costs) or {@code MAXENT} (GIS); {@code iterations} of the final model
   * (0 = the options' {@code iterations}, which the self-training passes always use); {@code minWeight}: a
   * QN model is saved without its weights smaller than this in absolute value (0: only the zeros). Issue 4
   * experiment, see docs/NER.md.
   */
  public record Learner(String algorithm, double l1, double l2, int iterations, double minWeight) {
    public static final Learner PERCEPTRON = new Learner("PERCEPTRON", 0, 0, 0);

    /** A learner whose QN models keep every non-zero weight. */
    public Learner(String algorithm, double l1, double l2, int iterations) {
      this(algorithm, l1, l2, iterations, 0);
    }

    public Learner {
      if (!List.of("PERCEPTRON", "MAXENT_QN", "MAXENT").contains(algorithm)) {
        throw new IllegalArgumentException("unknown algorithm " + algorithm);
      }
    }
  }

  /**
   * Self-trained features: a first-pass model tags the unlabelled text and every lower-cased word seen
   * at least {@code minCount} times there gets extra cluster-file columns: {@code tag} = its dominant
   * automatic tag ({@code B-PERSON}, {@code O}, ...) when that tag's share is at least {@code share};
   * {@code inside} = the share of its occurrences inside any name, in {@code buckets} equal buckets
   * (values 1..buckets). Off when {@code columns} is empty. With {@code rounds} > 1 the self-training is
   * iterated: the model trained with round r's columns tags the text again for round r + 1's columns.
   */
  public record AutoFeatures(List<String> columns, int minCount, double share, int buckets, int rounds) {
    public static final AutoFeatures OFF = new AutoFeatures(List.of(), 0, 0);

    /** Five buckets for the {@code inside} share. */
    public AutoFeatures(List<String> columns, int minCount, double share) {
      this(columns, minCount, share, 5);
    }

    /** One round of self-training. */
    public AutoFeatures(List<String> columns, int minCount, double share, int buckets) {
      this(columns, minCount, share, buckets, 1);
    }

    public boolean on() {
      return !columns.isEmpty();
    }
  }

  /**
   * Document silver ({@link DocumentSilver}): off when {@code ratio} is 0; else at most {@code ratio} x the gold
   * training samples (repeats included) of propagated news sentences join the training data; with
   * {@code nonNameMinCount} > 0 a capitalised word seen at least that many times mid-sentence in the news and inside
   * a first-pass name in at most {@link #NON_NAME_MAX_SHARE} of them may stay O in a kept sentence.
   */
  public record Silver(double ratio, int nonNameMinCount) {
    public static final Silver OFF = new Silver(0, 0);
    public static final double NON_NAME_MAX_SHARE = 0.1;

    public boolean on() {
      return ratio > 0;
    }
  }

  /** The automatic tags the {@code tag} column encodes (value = index + 1; 0 = no dominant tag). */
  static final List<String> AUTO_TAGS = List.of("O", "B-PERSON", "I-PERSON", "B-ORGANIZATION", "I-ORGANIZATION",
      "B-LOCATION", "I-LOCATION", "B-EVENT", "I-EVENT");

  /**
   * The auto columns per lower-cased word from BIO-tagged sentences ({@code tags[i]} as in
   * {@link #AUTO_TAGS}): words seen fewer than {@code minCount} times get none; otherwise one value
   * per requested column, space-separated, each a non-negative integer (cluster-file format).
   */
  public static Map<String, String> autoColumns(List<String[]> tokens, List<String[]> tags, AutoFeatures auto) {
    Map<String, int[]> counts = new HashMap<>();
    for (int s = 0; s < tokens.size(); s++) {
      String[] toks = tokens.get(s);
      String[] tg = tags.get(s);
      for (int i = 0; i < toks.length; i++) {
        int t = AUTO_TAGS.indexOf(tg[i]);
        if (t < 0) {
          throw new IllegalArgumentException("unknown tag " + tg[i]);
        }
        counts.computeIfAbsent(toks[i].toLowerCase(java.util.Locale.ROOT), w -> new int[AUTO_TAGS.size()])[t]++;
      }
    }
    Map<String, String> out = new java.util.TreeMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      int total = 0;
      int best = 0;
      for (int t = 0; t < c.length; t++) {
        total += c[t];
        if (c[t] > c[best]) {
          best = t;
        }
      }
      if (total < auto.minCount() || e.getKey().indexOf(' ') >= 0) {
        continue;
      }
      StringBuilder v = new StringBuilder();
      for (String col : auto.columns()) {
        v.append(v.length() == 0 ? "" : " ");
        switch (col) {
          case "tag" -> v.append((double) c[best] / total >= auto.share() ? best + 1 : 0);
          case "inside" -> v.append(1 + Math.min(auto.buckets() - 1, (int) ((double) (total - c[0]) / total * auto.buckets())));
          default -> throw new IllegalArgumentException("unknown auto column " + col);
        }
      }
      out.put(e.getKey(), v.toString());
    }
    return out;
  }

  /** BIO tags of {@code tokens} by {@code finder}. */
  static String[] bio(NameFinderME finder, String[] tokens) {
    return bio(tokens.length, finder.find(tokens));
  }

  /** BIO tags of a sentence of {@code length} tokens holding {@code names} (typed spans). */
  static String[] bio(int length, Span[] names) {
    String[] tags = new String[length];
    java.util.Arrays.fill(tags, "O");
    for (Span sp : names) {
      tags[sp.getStart()] = "B-" + sp.getType();
      for (int i = sp.getStart() + 1; i < sp.getEnd(); i++) {
        tags[i] = "I-" + sp.getType();
      }
    }
    return tags;
  }

  /**
   * Cluster-file lines ({@code word c1 c2 ...}) with the auto columns appended; a word without auto
   * values gets 0 in each (so columns stay aligned); words only in {@code auto} are not added.
   */
  static String appendColumns(String clusterFile, Map<String, String> auto, int columns) {
    String none = String.join(" ", java.util.Collections.nCopies(columns, "0"));
    StringBuilder out = new StringBuilder(clusterFile.length() * 2);
    for (String line : clusterFile.split("\n")) {
      int sp = line.indexOf(' ');
      if (sp <= 0) {
        continue;
      }
      out.append(line).append(' ').append(auto.getOrDefault(line.substring(0, sp), none)).append('\n');
    }
    return out.toString();
  }

  /** A named set of labelled sentences. */
  public record Split(String name, List<LabelledSentence> sentences) {}

  /** What training produced. */
  public record Result(TokenNameFinderModel model, Path modelFile, List<Split> train, List<Split> heldOut) {}

  private final Options options;
  private final PrintWriter log;

  public NerTrainer(Options options, PrintWriter log) {
    this.options = options;
    this.log = log;
  }

  /** The country gazetteer stored in every model (CLDR names in Indonesian, English, Malay). */
  static final CountryGazetteerFeatureGeneratorFactory.NameList COUNTRIES =
      CountryGazetteerFeatureGeneratorFactory.countryNames("id", "en", "ms");

  /** The resource name of the first-name gazetteer inside a model trained with {@link Options#firstNames}. */
  public static final String FIRST_NAMES = "first-names.names";

  /**
   * The first-name gazetteer of a language ({@code train/first-names-LANG.txt}: one lower-case name a line,
   * {@code #} comments), or null when there is none.
   */
  public static CountryGazetteerFeatureGeneratorFactory.NameList firstNames(String lang) {
    String path = DataFiles.perLanguage("io/kabar/ner/train", "first-names", lang);
    return DataFiles.exists(path) ? new CountryGazetteerFeatureGeneratorFactory.NameList(DataFiles.lines(path)) : null;
  }

  /** The resource name of the city gazetteer inside a model trained with {@link Options#cities}. */
  public static final String CITIES = "cities.names";

  /**
   * The city gazetteer ({@code train/cities-geonames.txt}: GeoNames places of 15,000 people or more, names as
   * written, {@code #} comments), lower-cased and split as the name finder splits tokens in {@code lang}.
   */
  public static CountryGazetteerFeatureGeneratorFactory.NameList cities(String lang) {
    return CountryGazetteerFeatureGeneratorFactory.NameList.of(DataFiles.lines(CITY_LIST), lang, Integer.MAX_VALUE);
  }

  private static final String CITY_LIST = "io/kabar/ner/train/cities-geonames.txt";

  /** A name list a model may store, its feature prefix, and whether only a token not in lower case starts a match. */
  private record GazetteerFeature(String resource, String prefix, boolean cased) {}

  /** The resource names of the known-name lists inside a model trained with {@link Options#knownNames}, by type. */
  public static final Map<EntityType, String> KNOWN_NAMES = java.util.Collections.unmodifiableMap(
      new java.util.EnumMap<>(Map.of(EntityType.PERSON, "known-people.names",
          EntityType.ORGANIZATION, "known-bodies.names", EntityType.LOCATION, "known-places.names")));

  /**
   * The entity step's curated gazetteer files ({@code io/kabar/extract/gazetteer-*.txt}) by the type their names
   * have: the names the entity step knows, as a model feature. The CLDR countries are left out (the country feature
   * has them); {@code gazetteer-aliases.txt} adds each alias under its key's type.
   */
  private static final Map<String, EntityType> KNOWN_NAME_FILES = Map.ofEntries(
      Map.entry("gazetteer-countries-common.txt", EntityType.LOCATION),
      Map.entry("gazetteer-locations.txt", EntityType.LOCATION),
      Map.entry("gazetteer-regions.txt", EntityType.LOCATION),
      Map.entry("gazetteer-places-id.txt", EntityType.LOCATION),
      Map.entry("gazetteer-organizations.txt", EntityType.ORGANIZATION),
      Map.entry("gazetteer-institutions-id.txt", EntityType.ORGANIZATION),
      Map.entry("gazetteer-institutions.txt", EntityType.ORGANIZATION),
      Map.entry("gazetteer-companies.txt", EntityType.ORGANIZATION),
      Map.entry("gazetteer-clubs.txt", EntityType.ORGANIZATION),
      Map.entry("gazetteer-people.txt", EntityType.PERSON));

  /**
   * The entity step's known names of one type ({@link #KNOWN_NAME_FILES} and the aliases), lower-cased and split as
   * the name finder splits tokens in {@code lang}. An alias restricted to other languages is left out.
   */
  public static CountryGazetteerFeatureGeneratorFactory.NameList knownNames(EntityType type, String lang) {
    List<String> written = new ArrayList<>();
    KNOWN_NAME_FILES.forEach((file, t) -> {
      if (t == type) {
        DataFiles.rows("io/kabar/extract/" + file).forEach(row -> written.add(row[0]));
      }
    });
    for (String[] row : DataFiles.rows("io/kabar/extract/gazetteer-aliases.txt")) {
      boolean here = row.length < 4 || List.of(row[3].split(",")).contains(lang);
      if (here && row[1].startsWith(type.name() + "#")) {
        written.add(row[0]);
      }
    }
    return CountryGazetteerFeatureGeneratorFactory.NameList.of(written, lang, Integer.MAX_VALUE);
  }

  /**
   * The names of {@code list} whose {@link String#hashCode()}, modulo 1,000, is under {@code share} × 1,000: a fixed
   * part of the list, the same in every run.
   */
  static CountryGazetteerFeatureGeneratorFactory.NameList share(CountryGazetteerFeatureGeneratorFactory.NameList list,
      double share) {
    if (share >= 1) {
      return list;
    }
    return new CountryGazetteerFeatureGeneratorFactory.NameList(list.names().stream()
        .filter(n -> Math.floorMod(n.hashCode(), 1000) < share * 1000).toList());
  }

  /**
   * {@code model} with some of its name lists replaced ({@code lists}: resource name to list): the model trained with
   * part of each known-name list stores the whole list, so a name it never saw listed in training still gets the
   * feature at run time (gazetteer dropout: the model learns not to lean on the list alone).
   */
  static TokenNameFinderModel withResources(TokenNameFinderModel model, Map<String, Object> lists) throws IOException {
    java.io.ByteArrayOutputStream original = new java.io.ByteArrayOutputStream();
    model.serialize(original);
    java.io.ByteArrayOutputStream replaced = new java.io.ByteArrayOutputStream();
    CountryGazetteerFeatureGeneratorFactory.NameListSerializer serializer =
        new CountryGazetteerFeatureGeneratorFactory.NameListSerializer();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
            new ByteArrayInputStream(original.toByteArray()));
        java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(replaced)) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        Object list = lists.get(e.getName());
        if (list instanceof CountryGazetteerFeatureGeneratorFactory.NameList names) {
          serializer.serialize(names, out);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return read(replaced.toByteArray());
  }

  private static final List<GazetteerFeature> GAZETTEER_FEATURES = List.of(
      new GazetteerFeature(FIRST_NAMES, "fn", false), new GazetteerFeature(CITIES, "city", true),
      new GazetteerFeature(KNOWN_NAMES.get(EntityType.PERSON), "kper", true),
      new GazetteerFeature(KNOWN_NAMES.get(EntityType.ORGANIZATION), "korg", true),
      new GazetteerFeature(KNOWN_NAMES.get(EntityType.LOCATION), "kloc", true));

  /** Model file name for a language. */
  public static String modelFileName(String lang) {
    return lang + "-ner.bin";
  }

  /** Reads the training and held-out splits for the language. */
  public Map<String, List<Split>> splits() throws IOException {
    Path ner = options.shared().resolve("data/ner");
    Function<String, Optional<EntityType>> noEvent = Conll.standardLabels(EntityType.EVENT);
    List<Split> train = new ArrayList<>();
    List<Split> held = new ArrayList<>();
    if (options.lang().equals("id")) {
      train.add(new Split("nergrit-train", Conll.read(ner.resolve("id/nergrit/train.txt"), noEvent)));
      List<LabelledSentence> idner = Conll.read(ner.resolve("id/idner-news-2k/train.txt"), noEvent);
      if (options.dropUnlabelledCountries()) {
        int before = idner.size();
        idner = idner.stream().filter(s -> !hasUnlabelledCountry(s)).toList();
        log.printf("idner-news-2k-train: dropped %d of %d sentences with a country name labelled O%n",
            before - idner.size(), before);
      }
      train.add(new Split("idner-news-2k-train", idner));
      held.add(new Split("nergrit-valid", Conll.read(ner.resolve("id/nergrit/valid.txt"), noEvent)));
      held.add(new Split("idner-news-2k-dev", Conll.read(ner.resolve("id/idner-news-2k/dev.txt"), noEvent)));
      if (options.withNerp()) {
        train.add(new Split("nerp-train", Conll.read(ner.resolve("id/nerp/train.txt"), Conll.standardLabels())));
        held.add(new Split("nerp-valid", Conll.read(ner.resolve("id/nerp/valid.txt"), Conll.standardLabels())));
      }
    } else if (options.lang().equals("en")) {
      // documents: every fifth (by position; which fifth: --held-out-fold, the shipped models 4) is held out, so
      // held-out sentences come from unseen documents
      List<List<LabelledSentence>> wiki = wikigoldDocuments(ner.resolve("en/wikigold/wikigold.conll.txt"), noEvent);
      List<LabelledSentence> wikiTrain = new ArrayList<>();
      List<LabelledSentence> wikiHeld = new ArrayList<>();
      for (int i = 0; i < wiki.size(); i++) {
        (i % FOLDS == options.heldOutFold() ? wikiHeld : wikiTrain).addAll(wiki.get(i));
      }
      // re3d and GUM news (Wikinews) mark mentions, not names: both are reduced to proper names
      Split[] re3d = documentSplits("re3d", ner.resolve("en/re3d_open"), ".conll", noEvent, options.heldOutFold());
      Split[] gum = documentSplits("gum-news", ner.resolve("en/GUM_news"), ".tsv", noEvent, options.heldOutFold());
      train.add(new Split("wikigold-train", wikiTrain));
      train.add(re3d[0]);
      train.add(gum[0]);
      held.add(new Split("wikigold-heldout", wikiHeld));
      held.add(re3d[1]);
      held.add(gum[1]);
      if (options.withWnut()) {
        train.add(new Split("wnut17-train", Conll.read(ner.resolve("en/WNUT17/wnut17train.conll"), noEvent)));
      }
    } else {
      throw new IllegalArgumentException("no training data for language " + options.lang());
    }
    if (!options.only().isEmpty()) {
      train.removeIf(s -> !options.only().contains(s.name()));
    }
    // extra CoNLL files (--extra-train) train whatever --only says: they were asked for by name
    for (Path extra : options.extraTrain()) {
      train.add(new Split("extra-" + extra.getFileName(), Conll.read(extra, noEvent)));
    }
    return Map.of("train", train, "heldout", held);
  }

  /**
   * Whether a country name (CLDR, Indonesian/English/Malay) in the sentence is outside every gold
   * name: idner-news-2k leaves countries unlabelled when they act as a government or modifier
   * ({@code Inggris ingin ...}, {@code PM Inggris}), where NERGrit (and our users) want LOCATION.
   */
  static boolean hasUnlabelledCountry(LabelledSentence s) {
    String[] tags = CountryGazetteerFeatureGeneratorFactory.tag(s.tokens().toArray(String[]::new), COUNTRIES);
    boolean[] inside = new boolean[tags.length];
    for (LabelledSentence.Name n : s.names()) {
      for (int i = n.start(); i < n.end(); i++) {
        inside[i] = true;
      }
    }
    for (int i = 0; i < tags.length; i++) {
      if ("ctry=B".equals(tags[i]) && !inside[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code NAME-train} and {@code NAME-heldout}: the files under {@code dir} ending in {@code suffix}, every
   * fifth (sorted paths; the one at {@code fold}, 4 for the shipped models) held out, each reduced to
   * {@link #properNamesOnly(List) proper names}.
   */
  static Split[] documentSplits(String name, Path dir, String suffix,
      Function<String, Optional<EntityType>> labels, int fold) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
    List<LabelledSentence> train = new ArrayList<>();
    List<LabelledSentence> held = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      (i % FOLDS == fold ? held : train).addAll(properNamesOnly(Conll.read(files.get(i), labels)));
    }
    return new Split[] {new Split(name + "-train", train), new Split(name + "-heldout", held)};
  }

  private static final java.util.Set<String> STOP_WORDS = io.kabar.nlp.DataFiles.lowerCaseSet(
      io.kabar.nlp.DataFiles.perLanguage("io/kabar/nlp", "stopwords", "en"));
  private static final java.util.Set<String> TITLES = io.kabar.nlp.DataFiles.lowerCaseSet(
      io.kabar.nlp.DataFiles.perLanguage("io/kabar/extract", "person-titles", "en"));

  /**
   * Sentences whose annotation marks mentions (re3d: {@code the Iraqi Foreign Minister}, {@code the city of
   * Mosul}, {@code They}) reduced to proper names, see {@link #properNamesOnly(LabelledSentence)}; the
   * sentences it drops are left out.
   */
  static List<LabelledSentence> properNamesOnly(List<LabelledSentence> sentences) {
    return sentences.stream().map(NerTrainer::properNamesOnly).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * One sentence reduced to proper names: a person's mention keeps what follows its last title; each span
   * loses leading lower-case words, titles and stop words, and is kept only if what is left ends with a
   * capitalised non-title word and {@link #oneName reads as one name}. Null (sentence dropped) when a
   * capitalised word, other than the first, one after a full stop or a title word, would be left outside
   * every name: the model is never taught that a name-like word is not one.
   */
  static LabelledSentence properNamesOnly(LabelledSentence s) {
    List<String> t = s.tokens();
    List<LabelledSentence.Name> kept = new ArrayList<>();
    boolean[] inName = new boolean[t.size()];
    for (LabelledSentence.Name n : s.names()) {
      int a = n.start();
      if (n.type() == EntityType.PERSON) {
        // a person's name follows the last title of the mention (German Chancellor Angela Merkel)
        for (int i = n.end() - 2; i >= a; i--) {
          if (isTitle(t.get(i))) {
            a = i + 1;
            break;
          }
        }
      }
      while (a < n.end() && (!capitalised(t.get(a)) || isTitle(t.get(a))
          || STOP_WORDS.contains(t.get(a).toLowerCase(java.util.Locale.ROOT)))) {
        a++;
      }
      int b = n.end();
      if (a < b && capitalised(t.get(b - 1)) && !isTitle(t.get(b - 1))
          && oneName(t, a, b, n.type())) {
        kept.add(new LabelledSentence.Name(a, b, n.type()));
        for (int i = a; i < b; i++) {
          inName[i] = true;
        }
      }
    }
    for (int i = 1; i < t.size(); i++) {
      String w = t.get(i);
      boolean afterStop = t.get(i - 1).equals(".") || t.get(i - 1).equals("\"");
      boolean titled = isTitle(w) || i + 1 < t.size() && isTitle(t.get(i + 1)); // Foreign Minister
      if (!inName[i] && capitalised(w) && !afterStop && !titled && !w.equals("I")) {
        return null;
      }
    }
    return new LabelledSentence(t, kept);
  }

  /** Particles inside people's names ({@code al}, {@code bin}, {@code van}): the extractor's own list. */
  private static final java.util.Set<String> PERSON_PARTICLES =
      io.kabar.nlp.DataFiles.lowerCaseSet(io.kabar.nlp.DataFiles.perLanguage("io/kabar/extract", "name-connectors", "common"));
  /** Words English organisation and place names hold inside ({@code Bank of the Philippines}). */
  private static final java.util.Set<String> NAME_CONNECTORS = java.util.Set.of("of", "the", "for", "and", "&");

  /**
   * Whether tokens {@code [a,b)} read as one name rather than a mention holding several (GUM and re3d mark
   * {@code Cheng Chung-tai of Civic Passion, ... and Andrew Wan} as one person): capitalised words, hyphens
   * and dots, with name particles inside a person ({@code Ibrahim al-Jaafari}) and {@code of}/{@code the}/
   * {@code for}/{@code and} inside an organisation or place, never a comma or a possessive.
   */
  private static boolean oneName(List<String> t, int a, int b, EntityType type) {
    for (int i = a; i < b; i++) {
      String w = t.get(i);
      if (capitalised(w) || w.equals("-") || w.equals(".") || Character.isDigit(w.charAt(0))) {
        continue;
      }
      boolean inner = i > a && i < b - 1;
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (!inner || !(type == EntityType.PERSON ? PERSON_PARTICLES : NAME_CONNECTORS).contains(lower)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitle(String word) {
    return TITLES.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  private static List<List<LabelledSentence>> wikigoldDocuments(Path file,
      Function<String, Optional<EntityType>> labels) throws IOException {
    List<List<LabelledSentence>> docs = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("-DOCSTART-")) {
        if (doc.length() > 0) {
          docs.add(Conll.read(new BufferedReader(new java.io.StringReader(doc.toString())), labels));
        }
        doc.setLength(0);
      } else {
        doc.append(line).append('\n');
      }
    }
    if (doc.length() > 0) {
      docs.add(Conll.read(new BufferedReader(new java.io.StringReader(doc.toString())), labels));
    }
    return docs;
  }

  /** Unlabelled text for the clusters, as token lists (one list a paragraph). */
  List<List<String>> unlabelled(List<Split> train) throws IOException {
    List<List<String>> out = unlabelledText();
    for (Split s : train) {
      for (LabelledSentence ls : s.sentences()) {
        out.add(ls.tokens());
      }
    }
    return out;
  }

  /** The unlabelled news text alone (no labelled sentences), one token list a paragraph. */
  List<List<String>> unlabelledText() throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String text : unlabelledArticles()) {
      for (String para : text.split("\n+")) {
        List<String> toks = new ArrayList<>();
        for (Token t : NerTokenizer.tokens(para, options.lang())) {
          toks.add(t.text());
        }
        if (!toks.isEmpty()) {
          out.add(toks);
        }
      }
    }
    return out;
  }

  /** The unlabelled articles' plain text (IndoSum for {@code id}; news4k and WCXB dev for {@code en}). */
  List<String> unlabelledArticles() throws IOException {
    List<String> texts = newsArticles();
    if (options.lang().equals("en")) {
      ObjectMapper json = new ObjectMapper();
      List<Path> wcxb;
      try (Stream<Path> files = Files.list(options.shared().resolve("data/extraction/wcxb-dev-articles/ground-truth"))) {
        wcxb = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path p : wcxb) {
        JsonNode gtNode = json.readTree(p.toFile()).path("ground_truth");
        if (gtNode.isTextual()) {
          // stored as a Python dict literal: take the main_content value loosely (text only feeds counts)
          texts.add(gtNode.asText());
        } else {
          texts.add(gtNode.path("main_content").asText());
        }
      }
    }
    return texts;
  }

  /**
   * The unlabelled <em>news</em> articles' plain text: IndoSum for {@code id}, news4k for {@code en}. WCXB's
   * article pages (product pages, blogs, how-tos) feed the English clusters but not the document silver: as silver
   * they cost the newswire estimate 2.7 points (docs/NER.md, "Document silver").
   */
  List<String> newsArticles() throws IOException {
    Path data = options.shared().resolve("data");
    List<String> texts = new ArrayList<>();
    if (options.lang().equals("id")) {
      for (String f : List.of("summaries/indosum-dev/pairs.jsonl", "summaries/indosum-more/pairs.jsonl")) {
        texts.addAll(articleBodies(data.resolve(f)));
      }
    } else {
      texts.addAll(articleBodies(data.resolve("extraction/news4k/ground-truth.json")));
    }
    return texts;
  }

  /**
   * The article texts of an IndoSum {@code pairs.jsonl} (field {@code article}, one object a line) or of news4k's
   * {@code ground-truth.json} (field {@code articleBody} of each page), in file order.
   */
  public static List<String> articleBodies(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    if (file.toString().endsWith(".jsonl")) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          texts.add(json.readTree(line).path("article").asText());
        }
      }
    } else {
      json.readTree(file.toFile()).forEach(page -> texts.add(page.path("articleBody").asText()));
    }
    return texts;
  }

  /** Induces clusters, trains, writes the model; returns it with the splits. */
  public Result train() throws IOException {
    CountryGazetteerFeatureGeneratorFactory.NameList firstNames = options.firstNames() ? firstNames(options.lang()) : null;
    if (options.firstNames() && firstNames == null) { // before hours of cluster induction, not after
      throw new IllegalArgumentException("no first-name list for language " + options.lang());
    }
    CountryGazetteerFeatureGeneratorFactory.NameList cities = options.cities() ? cities(options.lang()) : null;
    if (cities != null && cities.size() == 0) {
      throw new IllegalArgumentException("the city list " + CITY_LIST + " is missing or empty");
    }
    Map<String, List<Split>> splits = splits();
    List<Split> train = splits.get("train");
    long t0 = System.nanoTime();
    Map<String, Object> resources = new HashMap<>();
    Files.createDirectories(options.work());
    StringBuilder ks = new StringBuilder();
    for (int k : options.clusterSizes()) {
      ks.append(ks.length() == 0 ? "" : "-").append(k);
    }
    String name = options.lang() + "-" + ks + "-min" + options.clusterMinCount() + ".clusters";
    Path file = options.work().resolve(name);
    if (!(options.reuseClusters() && Files.exists(file))) {
      // clusters see the unlabelled text and all labelled training text (never the held-out splits)
      List<List<String>> corpus = unlabelled(train);
      long tokens = corpus.stream().mapToLong(List::size).sum();
      log.printf("unlabelled corpus: %d paragraphs, %d tokens%n", corpus.size(), tokens);
      WordClusters clusters = WordClusters.build(corpus, options.clusterMinCount(), 1000);
      log.printf("cluster vocabulary: %d words%n", clusters.size());
      List<int[]> assigns = new ArrayList<>();
      for (int k : options.clusterSizes()) {
        assigns.add(clusters.cluster(k, 12, 42L + k));
        log.printf("clusters k=%d done (%.0f s)%n", k, (System.nanoTime() - t0) / 1e9);
      }
      clusters.write(assigns, file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      resources.put(name, WordClusterFeatureGeneratorFactory.Clusters.read(in));
    }
    if (firstNames != null) {
      resources.put(FIRST_NAMES, firstNames);
      log.printf("first-name gazetteer: %d names%n", firstNames.size());
    }
    if (cities != null) {
      resources.put(CITIES, cities);
      log.printf("city gazetteer: %d names%n", cities.size());
    }
    Map<String, Object> wholeLists = new HashMap<>();
    if (options.knownNames() > 0) {
      KNOWN_NAMES.forEach((type, resource) -> {
        CountryGazetteerFeatureGeneratorFactory.NameList all = knownNames(type, options.lang());
        CountryGazetteerFeatureGeneratorFactory.NameList share = share(all, options.knownNames());
        resources.put(resource, share);
        wholeLists.put(resource, all);
        log.printf("known %s names: %d, trained with %d%n", type, all.size(), share.size());
      });
    }
    List<NameSample> samples = samples(train, options.repeat());
    String trainedOn = String.join(", ", train.stream()
        .map(s -> s.name() + (options.repeat().getOrDefault(s.name(), 1) > 1 ? " x" + options.repeat().get(s.name()) : ""))
        .toList());
    // a model that tags text for the next pass decodes with OpenNLP's default beam, as the shipped models' passes did;
    // only the model written carries --beam
    TokenNameFinderModel model = fit(samples, trainedOn, resources, name, t0,
        options.documentSilver().on() ? TAGGING_BEAM : options.beam());
    if (options.documentSilver().on()) {
      // the model as trained so far tags the unlabelled articles; document-level propagation corrects its tags
      // there, and the clean sentences join the training data for the final model (never held-out text)
      NameFinderME finder = new NameFinderME(model);
      DocumentSilver propagation = new DocumentSilver(options.lang(), options.documentSilver().nonNameMinCount(),
          Silver.NON_NAME_MAX_SHARE);
      DocumentSilver.Result silver = propagation.propagate(newsArticles(), words -> {
        Span[] names = finder.find(words);
        finder.clearAdaptiveData();
        return names;
      });
      // the silver must not outweigh the gold: at most ratio x the gold samples, evenly spaced
      List<LabelledSentence> used = DocumentSilver.evenly(silver.sentences(),
          (int) Math.round(options.documentSilver().ratio() * samples.size()));
      Path silverFile = options.work().resolve(options.lang() + "-document-silver.conll");
      writeConll(used, silverFile);
      log.printf("document silver: %d of %d sentences clean, %d used, %d names added, %d retyped, in %s (%.0f s)%n",
          silver.sentences().size(), silver.seen(), used.size(), silver.added(), silver.retyped(), silverFile,
          (System.nanoTime() - t0) / 1e9);
      List<NameSample> more = new ArrayList<>(samples);
      used.forEach(ls -> more.add(toSample(ls)));
      model = fit(more, trainedOn + ", document silver", resources, name, t0, options.beam());
    }
    if (!wholeLists.isEmpty()) {
      model = withResources(model, wholeLists);
    }
    Files.createDirectories(options.out());
    Path modelFile = options.out().resolve(modelFileName(options.lang()));
    model.serialize(modelFile);
    log.printf("wrote %s (%d bytes) in %.0f s%n", modelFile, Files.size(modelFile), (System.nanoTime() - t0) / 1e9);
    return new Result(model, modelFile, train, splits.get("heldout"));
  }

  /**
   * Trains the model on {@code samples} with the cluster file {@code name} (in {@code resources}): with auto
   * features, a first pass tags the unlabelled text for the extra cluster columns first. {@code resources} is
   * not changed. The first-pass taggers decode with {@link #TAGGING_BEAM}; the model returned stores {@code beam}.
   */
  private TokenNameFinderModel fit(List<NameSample> samples, String trainedOn, Map<String, Object> baseResources,
      String name, long t0, int beam) throws IOException {
    Map<String, Object> resources = new HashMap<>(baseResources);
    Path file = options.work().resolve(name);
    if (options.auto().on()) {
      // first pass: the model as without auto features; it tags the unlabelled text (never held-out text).
      // Every pass but the final model uses the shipped learner (perceptron), so --algorithm changes only the
      // final model and the auto columns stay those of the shipped recipe.
      TokenNameFinderModel tagger = trainModel(options.lang(), samples, resources, clusterBlock(name),
          options.iterations(), options.cutoff(), TAGGING_BEAM, Learner.PERCEPTRON);
      log.printf("auto features: first-pass model trained (%.0f s)%n", (System.nanoTime() - t0) / 1e9);
      List<List<String>> text = unlabelledText();
      String base = Files.readString(file, StandardCharsets.UTF_8);
      String baseName = name;
      resources.remove(name);
      name = name.replace(".clusters", "-auto.clusters");
      for (int round = 1; round <= options.auto().rounds(); round++) {
        if (round > 1) {
          tagger = trainModel(options.lang(), samples, resources, clusterBlock(name),
              options.iterations(), options.cutoff(), TAGGING_BEAM, Learner.PERCEPTRON);
          log.printf("auto features: round %d tagger trained (%.0f s)%n", round, (System.nanoTime() - t0) / 1e9);
          resources.remove(name);
        }
        NameFinderME finder = new NameFinderME(tagger);
        List<String[]> toks = new ArrayList<>();
        List<String[]> tags = new ArrayList<>();
        for (List<String> para : text) {
          String[] t = para.toArray(String[]::new);
          toks.add(t);
          tags.add(bio(finder, t));
        }
        Map<String, String> auto = autoColumns(toks, tags, options.auto());
        log.printf("auto features %s k=%d p=%.2f round %d: %d words (%.0f s)%n", options.auto().columns(),
            options.auto().minCount(), options.auto().share(), round, auto.size(), (System.nanoTime() - t0) / 1e9);
        String augmented = appendColumns(base, auto, options.auto().columns().size());
        Files.writeString(options.work().resolve(name), augmented, StandardCharsets.UTF_8);
        resources.put(name, WordClusterFeatureGeneratorFactory.Clusters.read(
            new ByteArrayInputStream(augmented.getBytes(StandardCharsets.UTF_8))));
      }
      assert !resources.containsKey(baseName);
    }
    log.printf("training on %d sentences (%s)%n", samples.size(), trainedOn);
    log.printf("learner: %s%n", options.learner());
    return trainModel(options.lang(), samples, resources, clusterBlock(name),
        options.finalIterations(), options.cutoff(), beam, options.learner());
  }

  private String clusterBlock(String name) {
    StringBuilder blocks = new StringBuilder();
    blocks.append("  <generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">\n")
        .append("    <int name=\"prevLength\">").append(options.clusterWindow()).append("</int>\n")
        .append("    <int name=\"nextLength\">").append(options.clusterWindow()).append("</int>\n")
        .append("    <generator class=\"io.kabar.ner.WordClusterFeatureGeneratorFactory\">\n")
        .append("      <str name=\"dict\">").append(name).append("</str>\n")
        .append("    </generator>\n  </generator>\n");
    return blocks.toString();
  }

  /**
   * Trains a model with our feature descriptor; {@code resources} holds the cluster dictionaries
   * named in {@code clusterBlocks} (descriptor XML for them, may be empty).
   */
  public static TokenNameFinderModel trainModel(String lang, List<NameSample> samples,
      Map<String, Object> resources, String clusterBlocks, int iterations, int cutoff, int beam) throws IOException {
    return trainModel(lang, samples, resources, clusterBlocks, iterations, cutoff, beam, Learner.PERCEPTRON);
  }

  /** {@link #trainModel(String, List, Map, String, int, int, int)} with a chosen learner. */
  public static TokenNameFinderModel trainModel(String lang, List<NameSample> samples, Map<String, Object> resources,
      String clusterBlocks, int iterations, int cutoff, int beam, Learner learner) throws IOException {
    String descriptor;
    try (InputStream in = NerTrainer.class.getResourceAsStream("/io/kabar/ner/train/features.xml")) {
      descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${CLUSTERS}", clusterBlocks);
    }
    // membership of the token and its neighbours in the first-name and city lists (stored in the model, like the
    // countries); a city matches only from a token not written in lower case (Van, not van)
    StringBuilder gazetteers = new StringBuilder();
    for (GazetteerFeature list : GAZETTEER_FEATURES) {
      if (resources.containsKey(list.resource())) {
        gazetteers.append("""
            <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
              <int name="prevLength">1</int>
              <int name="nextLength">1</int>
              <generator class="io.kabar.ner.CountryGazetteerFeatureGeneratorFactory">
                <str name="dict">%s</str>
                <str name="prefix">%s</str>%s
              </generator>
            </generator>""".formatted(list.resource(), list.prefix(),
            list.cased() ? "\n          <bool name=\"cased\">true</bool>" : ""));
      }
    }
    descriptor = descriptor.replace("${GAZETTEERS}", gazetteers.toString());
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, learner.algorithm());
    if (learner.algorithm().equals("MAXENT_QN")) {
      params.put(opennlp.tools.ml.maxent.quasinewton.QNTrainer.L1COST_PARAM, learner.l1());
      params.put(opennlp.tools.ml.maxent.quasinewton.QNTrainer.L2COST_PARAM, learner.l2());
    }
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put("Threads", 1);
    // stored in the model's manifest: the decoder's beam width at run time (1 = greedy)
    params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, beam);
    Map<String, Object> all = new HashMap<>(resources);
    all.putIfAbsent("countries.names", COUNTRIES);
    TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
        descriptor.getBytes(StandardCharsets.UTF_8), all, new opennlp.tools.namefind.BioCodec());
    TokenNameFinderModel model = NameFinderME.train(lang, null, new ListStream(samples), params, factory);
    if (!(model.getArtifact("nameFinder.model") instanceof opennlp.tools.ml.maxent.quasinewton.QNModel qn)) {
      return model;
    }
    // the same descriptor, resources and codec the factory was made from
    return new TokenNameFinderModel(lang, withoutSmallWeights(qn, learner.minWeight()), beam, descriptor.getBytes(StandardCharsets.UTF_8),
        all, new HashMap<>(), new opennlp.tools.namefind.BioCodec(), factory);
  }

  private static boolean kept(double weight, double min) {
    return weight != 0 && Math.abs(weight) >= min;
  }

  /**
   * The same QN maxent model without its zero weights, and without the predicates left with none: L1
   * training zeroes most of them, but OpenNLP keeps every predicate seen in training (~300,000 here against
   * ~70,000 in the perceptron), and reading them made the model's load 2-3x slower. Exact: a zero weight
   * adds nothing to any score.
   */
  public static opennlp.tools.ml.maxent.quasinewton.QNModel withoutZeros(opennlp.tools.ml.maxent.quasinewton.QNModel qn) {
    return withoutSmallWeights(qn, 0);
  }

  /**
   * {@link #withoutZeros} that also drops the weights smaller than {@code min} in absolute value (not exact:
   * for the shipped Indonesian model, 0.02 drops a third of the predicates and changes no held-out score,
   * docs/NER.md).
   */
  public static opennlp.tools.ml.maxent.quasinewton.QNModel withoutSmallWeights(
      opennlp.tools.ml.maxent.quasinewton.QNModel qn, double min) {
    Object[] data = qn.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, opennlp.tools.ml.model.Context> pmap = (Map<String, opennlp.tools.ml.model.Context>) data[1];
    List<String> labels = new ArrayList<>();
    List<opennlp.tools.ml.model.Context> params = new ArrayList<>();
    for (String label : new java.util.TreeSet<>(pmap.keySet())) {
      opennlp.tools.ml.model.Context c = pmap.get(label);
      int[] os = c.getOutcomes();
      double[] ps = c.getParameters();
      int n = 0;
      for (double p : ps) {
        n += kept(p, min) ? 1 : 0;
      }
      if (n == 0) {
        continue;
      }
      int[] keptOutcomes = new int[n];
      double[] keptParams = new double[n];
      for (int i = 0, j = 0; i < ps.length; i++) {
        if (kept(ps[i], min)) {
          keptOutcomes[j] = os[i];
          keptParams[j++] = ps[i];
        }
      }
      labels.add(label);
      params.add(new opennlp.tools.ml.model.Context(keptOutcomes, keptParams));
    }
    String[] outcomes = new String[qn.getNumOutcomes()];
    for (int o = 0; o < outcomes.length; o++) {
      outcomes[o] = qn.getOutcome(o);
    }
    return new opennlp.tools.ml.maxent.quasinewton.QNModel(params.toArray(opennlp.tools.ml.model.Context[]::new),
        labels.toArray(String[]::new), outcomes);
  }

  /** Writes sentences as a BIO CoNLL file (for {@code kabar eval ner}). */
  public static void writeConll(List<LabelledSentence> sentences, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (LabelledSentence s : sentences) {
        String[] tags = bio(s.tokens().size(), toSample(s).getNames());
        for (int i = 0; i < tags.length; i++) {
          out.write(s.tokens().get(i) + "\t" + tags[i] + "\n");
        }
        out.write("\n");
      }
    }
  }

  /**
   * The training samples: each split's sentences, the whole split {@code repeat.get(name)} times (default
   * once), so a set can weigh more against the others (issue 4 experiment: a repeated sentence's events count
   * that many times in the perceptron's and maxent's sums). A name in {@code repeat} that is not a training
   * split, or a count below 1, is an error.
   */
  public static List<NameSample> samples(List<Split> train, Map<String, Integer> repeat) {
    for (Map.Entry<String, Integer> e : repeat.entrySet()) {
      if (train.stream().noneMatch(s -> s.name().equals(e.getKey()))) {
        throw new IllegalArgumentException("--repeat: no training set " + e.getKey() + " (sets: "
            + String.join(", ", train.stream().map(Split::name).toList()) + ")");
      }
      if (e.getValue() < 1) {
        throw new IllegalArgumentException("--repeat: " + e.getKey() + " needs a count of at least 1");
      }
    }
    List<NameSample> samples = new ArrayList<>();
    for (Split s : train) {
      for (int r = repeat.getOrDefault(s.name(), 1); r > 0; r--) {
        for (LabelledSentence ls : s.sentences()) {
          samples.add(toSample(ls));
        }
      }
    }
    return samples;
  }

  public static NameSample toSample(LabelledSentence ls) {
    Span[] spans = ls.names().stream().map(n -> new Span(n.start(), n.end(), n.type().name()))
        .toArray(Span[]::new);
    return new NameSample(ls.tokens().toArray(String[]::new), spans, true);
  }

  /** Reads a model from bytes (tests). */
  static TokenNameFinderModel read(byte[] bytes) {
    try {
      return new TokenNameFinderModel(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class ListStream implements ObjectStream<NameSample> {
    private final List<NameSample> samples;
    private Iterator<NameSample> it;

    ListStream(List<NameSample> samples) {
      this.samples = samples;
      this.it = samples.iterator();
    }

    @Override
    public NameSample read() {
      return it.hasNext() ? it.next() : null;
    }

    @Override
    public void reset() {
      it = samples.iterator();
    }
  }

}
