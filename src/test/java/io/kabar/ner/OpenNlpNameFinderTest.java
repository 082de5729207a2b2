package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.EntityType;
import io.kabar.extract.NameSpan;
import io.kabar.ner.train.NerTrainer;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tiny model trained here on a few sentences: tokenisation, offsets, thread-safety, model round trip. */
class OpenNlpNameFinderTest {
  private static TokenNameFinderModel model;

  private static final String[] PEOPLE = {"Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari", "Rudi Hartono"};
  private static final String[] CITIES = {"Bandung", "Medan", "Surabaya", "Makassar", "Padang"};

  @BeforeAll
  static void train() throws Exception {
    List<NameSample> samples = new ArrayList<>();
    for (int rep = 0; rep < 4; rep++) {
      for (int i = 0; i < PEOPLE.length; i++) {
        String person = PEOPLE[(i + rep) % PEOPLE.length];
        String city = CITIES[(i + 2 * rep) % CITIES.length];
        samples.add(sample(person, city));
      }
    }
    Map<String, Object> resources = Map.of("t-c4.clusters", new WordClusterFeatureGeneratorFactory.Clusters(
        Map.of("bandung", "1 4", "medan", "1 4", "surabaya", "1 5", "budi", "2 6", "siti", "2 7", "tiba", "3 8")));
    String clusters = "<generator class=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
        + "<int name=\"prevLength\">1</int><int name=\"nextLength\">1</int>"
        + "<generator class=\"io.kabar.ner.WordClusterFeatureGeneratorFactory\"><str name=\"dict\">t-c4.clusters</str>"
        + "</generator></generator>";
    model = NerTrainer.trainModel("id", samples, resources, clusters, 30, 0, 1);
  }

  /** "Kemarin, PERSON tiba di CITY." */
  private static NameSample sample(String person, String city) {
    List<String> tokens = new ArrayList<>(List.of("Kemarin", ","));
    int p = tokens.size();
    tokens.addAll(List.of(person.split(" ")));
    int pe = tokens.size();
    tokens.addAll(List.of("tiba", "di"));
    int c = tokens.size();
    tokens.add(city);
    tokens.add(".");
    return new NameSample(tokens.toArray(String[]::new),
        new Span[] {new Span(p, pe, "PERSON"), new Span(c, c + 1, "LOCATION")}, true);
  }

  @Test
  void findsNamesWithOffsetsIntoTheArticleTextPunctuationExcluded() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(Map.of("id", model));
    String text = "Judul berita.\n\nKemarin, Dewi Lestari tiba di Padang.";
    int start = text.indexOf("Kemarin");
    List<NameSpan> spans = finder.find(text, new Sentence(text.substring(start), start, text.length()), "id");
    assertEquals(List.of("Dewi Lestari", "Padang"), spans.stream().map(s -> text.substring(s.start(), s.end())).toList());
    assertEquals(List.of(EntityType.PERSON, EntityType.LOCATION), spans.stream().map(NameSpan::type).toList());
  }

  @Test
  void orElseRoutesLanguagesWithoutAModelToTheFallbackAndReportsFullConfidence() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(Map.of("id", model));
    NameSpan marker = new NameSpan(0, 7, EntityType.EVENT, 0.25);
    io.kabar.extract.NameFinder routed = finder.orElse((text, sentence, lang) -> List.of(marker));
    String text = "Kemarin, Dewi Lestari tiba di Padang.";
    Sentence whole = new Sentence(text, 0, text.length());
    List<NameSpan> id = routed.find(text, whole, "id");
    assertEquals(List.of("Dewi Lestari", "Padang"), id.stream().map(s -> text.substring(s.start(), s.end())).toList());
    assertTrue(id.stream().allMatch(s -> s.score() == 1.0), "perceptron scores are not calibrated: " + id);
    assertEquals(List.of(marker), routed.find(text, whole, "und"));
    assertEquals(List.of(marker), routed.find(text, whole, "fr"));
  }

  @Test
  void unsupportedLanguageGivesNothing() {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(Map.of("id", model));
    assertTrue(finder.find("Kemarin, Dewi Lestari tiba di Padang.", new Sentence("x", 0, 37), "fr").isEmpty());
    assertTrue(!finder.supports("fr") && finder.supports("id"));
  }

  @Test
  void modelSurvivesSerialisationWithItsClusters() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel reread = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    String[] tokens = {"Kemarin", ",", "Agus", "Salim", "tiba", "di", "Medan", "."};
    Span[] a = OpenNlpNameFinder.of(Map.of("id", model)).find(tokens, "id");
    Span[] b = OpenNlpNameFinder.of(Map.of("id", reread)).find(tokens, "id");
    assertEquals(List.of(a), List.of(b));
    assertEquals(2, a.length);
  }

  @Test
  void threadsGetTheSameAnswers() throws Exception {
    OpenNlpNameFinder finder = OpenNlpNameFinder.of(Map.of("id", model));
    List<String> sentences = new ArrayList<>();
    for (String p : PEOPLE) {
      for (String c : CITIES) {
        sentences.add("Kemarin, " + p + " tiba di " + c + ".");
      }
    }
    List<List<NameSpan>> expected = sentences.stream()
        .map(s -> finder.find(s, new Sentence(s, 0, s.length()), "id")).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<NameSpan>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(pool.submit(() -> sentences.stream()
            .map(s -> finder.find(s, new Sentence(s, 0, s.length()), "id")).toList()));
      }
      for (Future<List<List<NameSpan>>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void backgroundLoadIsWaitedForAndNeverRepeated() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    OpenNlpNameFinder finder = new OpenNlpNameFinder(lang -> {
      loads.incrementAndGet();
      loading.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return model;
    });
    finder.preloadInBackground(List.of("id"));
    loading.await(); // the background thread is inside the load
    String text = "Kemarin, Dewi Lestari tiba di Padang.";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<NameSpan>>> finds = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        finds.add(pool.submit(() -> finder.find(text, new Sentence(text, 0, text.length()), "id")));
      }
      release.countDown();
      List<NameSpan> expected = OpenNlpNameFinder.of(Map.of("id", model))
          .find(text, new Sentence(text, 0, text.length()), "id");
      assertEquals(2, expected.size());
      for (Future<List<NameSpan>> f : finds) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, loads.get(), "one load, shared by the background thread and both finders");
  }

  @Test
  void aFailedBackgroundLoadFailsAgainOnTheFindersThread() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CountDownLatch failed = new CountDownLatch(1);
    OpenNlpNameFinder finder = new OpenNlpNameFinder(lang -> {
      loads.incrementAndGet();
      failed.countDown();
      throw new IllegalStateException("unreadable model " + lang);
    });
    finder.preloadInBackground(List.of("id"));
    failed.await();
    String text = "Kemarin, Dewi Lestari tiba di Padang.";
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> finder.find(text, new Sentence(text, 0, text.length()), "id"));
    assertEquals("unreadable model id", e.getMessage());
    assertTrue(loads.get() >= 2, "the caller's find tried again: " + loads.get());
  }

  @Test
  void countryGazetteerMarksLongestMatch() {
    String[] tokens = NerTokenizer.tokens("Rusia dan Korea Utara serta North Korea", "id").stream()
        .map(Token::text).toArray(String[]::new);
    String[] tags = CountryGazetteerFeatureGeneratorFactory.tag(tokens,
        CountryGazetteerFeatureGeneratorFactory.countryNames("id", "en"));
    assertEquals(List.of("ctry=B", "-", "ctry=B", "ctry=I", "-", "ctry=B", "ctry=I"),
        java.util.Arrays.stream(tags).map(t -> t == null ? "-" : t).toList());
  }

  @Test
  void readAllReturnsEveryByteWhateverTheStreamSaysIsAvailable() throws java.io.IOException {
    java.util.Random random = new java.util.Random(12);
    for (int size : new int[] {0, 1, 8_191, 8_192, 8_193, 50_000}) {
      byte[] data = new byte[size];
      random.nextBytes(data);
      for (int claimed : new int[] {0, size / 2, size, size + 10}) {
        ByteArrayInputStream in = new ByteArrayInputStream(data) {
          @Override
          public synchronized int available() {
            return claimed; // a stream may under- or over-state what is left
          }

          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1_000)); // and hand it out in short reads
          }
        };
        ByteArrayInputStream all = OpenNlpNameFinder.readAll(in);
        assertTrue(java.util.Arrays.equals(data, all.readAllBytes()), size + " bytes, " + claimed + " claimed");
      }
    }
  }
}
