package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.ner.train.NerTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FastNameTagger} gives {@link NameFinderME}'s spans, types and probabilities for the same model:
 * on a tiny model trained here (always), and on the shipped models over dev sentences from ../shared
 * (skipped when ../shared is absent).
 */
class FastNameTaggerTest {
  private static final Path NER_DATA = Path.of("..", "shared", "data", "ner");
  private static TokenNameFinderModel tiny;
  /** The same data and features learned by L-BFGS maxent ({@code MAXENT_QN}, L1 and L2 costs). */
  private static TokenNameFinderModel tinyQn;

  private static final String[] PEOPLE = {"Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari", "Rudi Hartono"};
  private static final String[] CITIES = {"Bandung", "Medan", "Surabaya", "Makassar", "Padang"};
  private static final String[] WORDS = {"Kemarin", ",", "tiba", "di", ".", "Presiden", "bertemu", "dengan", "PBB",
      "Korea", "Utara", "Jakarta", "2024", "yang", "dan", "Bank", "Indonesia", "Mc-Cain", "(", ")"};

  @BeforeAll
  static void train() throws Exception {
    List<NameSample> samples = new ArrayList<>();
    for (int rep = 0; rep < 4; rep++) {
      for (int i = 0; i < PEOPLE.length; i++) {
        List<String> tokens = new ArrayList<>(List.of("Kemarin", ","));
        int p = tokens.size();
        tokens.addAll(List.of(PEOPLE[(i + rep) % PEOPLE.length].split(" ")));
        int pe = tokens.size();
        tokens.addAll(List.of("tiba", "di"));
        int c = tokens.size();
        tokens.add(CITIES[(i + 2 * rep) % CITIES.length]);
        tokens.add(".");
        samples.add(new NameSample(tokens.toArray(String[]::new),
            new Span[] {new Span(p, pe, "PERSON"), new Span(c, c + 1, "LOCATION")}, true));
      }
    }
    Map<String, Object> resources = Map.of("t-c4.clusters", new WordClusterFeatureGeneratorFactory.Clusters(
        Map.of("bandung", "1 4", "medan", "1 4", "surabaya", "1 5", "budi", "2 6", "siti", "2 7", "tiba", "3 8")));
    String clusters = "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
        + "<int name=\"prevLength\">1</int><int name=\"nextLength\">1</int>"
        + "<generator class=\"io.kabar.ner.WordClusterFeatureGeneratorFactory\"><str name=\"dict\">t-c4.clusters</str>"
        + "</generator></generator>";
    tiny = NerTrainer.trainModel("id", samples, resources, clusters, 30, 0, 3);
    tinyQn = NerTrainer.trainModel("id", samples, resources, clusters, 50, 0, 3,
        new NerTrainer.Learner("MAXENT_QN", 0.05, 0.02, 0));
  }

  /** Random sentences over names, country names and function words: every tag sequence the model likes. */
  private static List<String[]> randomSentences(int count, long seed) {
    Random r = new Random(seed);
    List<String> vocab = new ArrayList<>(List.of(WORDS));
    for (String p : PEOPLE) {
      vocab.addAll(List.of(p.split(" ")));
    }
    vocab.addAll(List.of(CITIES));
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String[] s = new String[1 + r.nextInt(25)];
      for (int j = 0; j < s.length; j++) {
        s[j] = vocab.get(r.nextInt(vocab.size()));
      }
      out.add(s);
    }
    return out;
  }

  /**
   * {@code NameFinderME} for {@code model}, with a QN maxent model's evaluation made to start from zero scores.
   * OpenNLP 2.5.6's {@code QNModel.eval(String[], double[])} adds onto the array it is given and
   * {@code BeamSearch} hands it the same array every time, so {@code NameFinderME} adds the previous
   * evaluation's probabilities to each new score (its answers depend on what it decoded before);
   * {@code PerceptronModel.eval} clears the array first. {@code FastNameTagger} decodes the model's own
   * maths (what {@code QNModel.eval(String[])} gives), which this reference reproduces.
   */
  static NameFinderME reference(TokenNameFinderModel model) {
    if (!(model.getArtifact("nameFinder.model") instanceof opennlp.tools.ml.maxent.quasinewton.QNModel qn)) {
      return new NameFinderME(model);
    }
    try {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      model.serialize(bytes);
      TokenNameFinderModel copy = new TokenNameFinderModel(new java.io.ByteArrayInputStream(bytes.toByteArray()));
      Object[] data = qn.getDataStructures();
      @SuppressWarnings("unchecked")
      Map<String, opennlp.tools.ml.model.Context> pmap = (Map<String, opennlp.tools.ml.model.Context>) data[1];
      String[] labels = pmap.keySet().toArray(String[]::new);
      opennlp.tools.ml.model.Context[] params = Arrays.stream(labels).map(pmap::get)
          .toArray(opennlp.tools.ml.model.Context[]::new);
      String[] outcomes = new String[qn.getNumOutcomes()];
      for (int o = 0; o < outcomes.length; o++) {
        outcomes[o] = qn.getOutcome(o);
      }
      opennlp.tools.ml.maxent.quasinewton.QNModel zeroing =
          new opennlp.tools.ml.maxent.quasinewton.QNModel(params, labels, outcomes) {
            @Override
            public double[] eval(String[] context, double[] probs) {
              Arrays.fill(probs, 0);
              return super.eval(context, probs);
            }
          };
      java.lang.reflect.Field artifacts = opennlp.tools.util.model.BaseModel.class.getDeclaredField("artifactMap");
      artifacts.setAccessible(true);
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) artifacts.get(copy);
      map.put("nameFinder.model", zeroing);
      return new NameFinderME(copy);
    } catch (ReflectiveOperationException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertSame(TokenNameFinderModel model, List<String[]> sentences) {
    FastNameTagger fast = FastNameTagger.of(model);
    assertNotNull(fast, "the model should be decodable by FastNameTagger");
    assertTrue(fast.cachesWords(), "the shipped feature descriptor should be understood");
    NameFinderME reference = reference(model);
    int names = 0;
    for (String[] s : sentences) {
      Span[] expected = reference.find(s);
      reference.clearAdaptiveData();
      Span[] actual = fast.find(s);
      assertEquals(spans(expected), spans(actual), () -> String.join(" ", s));
      for (int i = 0; i < expected.length; i++) {
        // the token-local sums are added in another order than PerceptronModel.eval's: last-bit differences
        assertEquals(expected[i].getProb(), actual[i].getProb(), 1e-9, String.join(" ", s));
      }
      names += expected.length;
    }
    assertTrue(names > 0, "the sentences should contain names");
  }

  /** Start, end, type and probability of each span. */
  private static List<String> describe(Span[] spans) {
    return Arrays.stream(spans).map(s -> s.getStart() + "-" + s.getEnd() + ":" + s.getType() + "@" + s.getProb())
        .toList();
  }

  /** Start, end and type of each span. */
  private static List<String> spans(Span[] spans) {
    return Arrays.stream(spans).map(s -> s.getStart() + "-" + s.getEnd() + ":" + s.getType()).toList();
  }

  @Test
  void sameSpansAndProbabilitiesAsNameFinderMeOnATinyModel() {
    assertSame(tiny, randomSentences(400, 42));
  }

  @Test
  void sameSpansAndProbabilitiesAsNameFinderMeOnATinyQuasiNewtonMaxentModel() {
    assertTrue(tinyQn.getArtifact("nameFinder.model") instanceof opennlp.tools.ml.maxent.quasinewton.QNModel);
    assertSame(tinyQn, randomSentences(400, 43));
  }

  @Test
  void sameAnswersOnAModelWithTheFirstNameGazetteerReadBackFromItsBytes() throws Exception {
    // train ner --first-names: a gazetteer generator the plan does not know, run per token; the list travels in
    // the model, so the bytes read back by our reader must give the same tagger
    List<NameSample> samples = new ArrayList<>();
    String[] people = {"Dewi Lestari", "Mary Jones", "Budi Santoso", "John Smith", "Bank Indonesia"};
    for (int i = 0; i < 40; i++) {
      String[] p = people[i % people.length].split(" ");
      String type = p[0].equals("Bank") ? "ORGANIZATION" : "PERSON";
      samples.add(new NameSample(new String[] {"Kemarin", p[0], p[1], "tiba", "di", CITIES[i % CITIES.length], "."},
          new Span[] {new Span(1, 3, type), new Span(5, 6, "LOCATION")}, true));
    }
    TokenNameFinderModel model = NerTrainer.trainModel("en", samples,
        Map.of(NerTrainer.FIRST_NAMES, NerTrainer.firstNames("en")), "", 30, 0, 3);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel read = OpenNlpNameFinder.readModel(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    List<String> features = new ArrayList<>();
    read.getFactory().createFeatureGenerators().createFeatures(features, new String[] {"Mary", "Jones"}, 0, new String[0]);
    assertTrue(features.contains("fn=B"), "the list is in the model read back: " + features);
    List<String[]> sentences = randomSentences(300, 44);
    for (int i = 0; i < 100; i++) {
      sentences.add(new String[] {"Kemarin", i % 2 == 0 ? "Mary" : "Susan", i % 3 == 0 ? "Jones" : "Whitfield", "tiba",
          "di", CITIES[i % CITIES.length], "."});
    }
    assertSame(read, sentences);
  }

  @Test
  void aGisMaxentModelIsLeftToNameFinderMe() throws Exception {
    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      samples.add(new NameSample(new String[] {"Kemarin", "Budi", "Santoso", "tiba"},
          new Span[] {new Span(1, 3, "PERSON")}, true));
    }
    TokenNameFinderModel gis = NerTrainer.trainModel("id", samples, Map.of(), "", 10, 0, 3,
        new NerTrainer.Learner("MAXENT", 0, 0, 0));
    assertNull(FastNameTagger.of(gis), "GIS normalisation is not reproduced");
  }

  @Test
  void kthLargestIsWhatASortedCopyGives() {
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 2000; round++) {
      int n = 1 + random.nextInt(12);
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextDouble(); // ties too
      }
      int k = 1 + random.nextInt(5);
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      assertEquals(sorted[Math.max(0, n - k)], FastNameTagger.kthLargest(values, k, new double[n]),
          () -> Arrays.toString(values) + " k=" + k);
    }
  }

  @Test
  void emptySentenceHasNoNames() {
    assertEquals(0, FastNameTagger.of(tiny).find(new String[0]).length);
  }

  @Test
  void oneInstanceFromManyThreadsGivesEachThreadTheSingleThreadAnswer() throws Exception {
    FastNameTagger fast = FastNameTagger.of(tiny);
    List<String[]> sentences = randomSentences(200, 7);
    List<List<String>> expected = sentences.stream().map(s -> describe(fast.find(s))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> sentences.stream().map(s -> describe(fast.find(s))).toList()));
      }
      for (Future<List<List<String>>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shippedModelsGiveNameFinderMeOutputOnEveryDevSentence() throws Exception {
    Path nergrit = NER_DATA.resolve("id/nergrit/valid.txt");
    Path idner = NER_DATA.resolve("id/idner-news-2k/dev.txt");
    Path wnut = NER_DATA.resolve("en/WNUT17/emerging.dev.conll");
    Path wikigold = NER_DATA.resolve("en/wikigold/wikigold.conll.txt");
    Assumptions.assumeTrue(Files.isRegularFile(nergrit) && Files.isRegularFile(idner) && Files.isRegularFile(wnut)
        && Files.isRegularFile(wikigold), "../shared absent");
    List<String[]> id = new ArrayList<>(sentences(nergrit, Integer.MAX_VALUE));
    id.addAll(sentences(idner, Integer.MAX_VALUE));
    assertSame(OpenNlpNameFinder.loadShipped("id"), id);
    List<String[]> en = new ArrayList<>(sentences(wnut, Integer.MAX_VALUE));
    en.addAll(sentences(wikigold, Integer.MAX_VALUE));
    assertSame(OpenNlpNameFinder.loadShipped("en"), en);
  }

  private static List<String[]> sentences(Path file, int max) throws Exception {
    return Conll.read(file, Conll.standardLabels()).stream().limit(max)
        .map(s -> s.tokens().toArray(String[]::new)).toList();
  }
}
