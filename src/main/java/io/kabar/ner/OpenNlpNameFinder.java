package io.kabar.ner;

import io.kabar.analysis.Background;
import io.kabar.analysis.EntityType;
import io.kabar.extract.NameFinder;
import io.kabar.extract.NameSpan;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.Token;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The trained OpenNLP name finders for Indonesian and English (models under
 * {@code src/main/resources/io/kabar/ner}, made by {@code kabar train ner}). Thread-safe: a model is
 * loaded once, on first use of its language, and each thread gets its own {@link NameFinderME}
 * (which is not thread-safe). A sentence is tokenised by {@link NerTokenizer}, the way the training
 * files are, and the names are mapped back to character offsets in the article text.
 */
public final class OpenNlpNameFinder implements NameFinder {
  /** Languages with a shipped model. */
  public static final Set<String> LANGUAGES = Set.of("id", "en");

  private static final Map<String, EntityType> NAME_TYPES = Map.of("PERSON", EntityType.PERSON,
      "ORGANIZATION", EntityType.ORGANIZATION, "LOCATION", EntityType.LOCATION, "EVENT", EntityType.EVENT);
  private static final String MODEL_DIR = "/io/kabar/ner/";
  private static final OpenNlpNameFinder STANDARD = new OpenNlpNameFinder(OpenNlpNameFinder::loadShipped);

  private final Function<String, TokenNameFinderModel> loader;
  /** One slot per language asked for; the model is read outside the map's locks (see {@link Slot}). */
  private final Map<String, Slot> finders = new ConcurrentHashMap<>();

  OpenNlpNameFinder(Function<String, TokenNameFinderModel> loader) {
    this.loader = loader;
  }

  /** The finder backed by the shipped models; models load lazily, once per process. */
  public static OpenNlpNameFinder standard() {
    return STANDARD;
  }

  /** A finder over given models, keyed by language (tests, evaluation of a fresh model). */
  public static OpenNlpNameFinder of(Map<String, TokenNameFinderModel> models) {
    Map<String, TokenNameFinderModel> copy = Map.copyOf(models);
    return new OpenNlpNameFinder(lang -> {
      TokenNameFinderModel m = copy.get(lang);
      if (m == null) {
        throw new IllegalArgumentException("no model for " + lang);
      }
      return m;
    });
  }

  /**
   * This finder for the languages it has a model for, {@code fallback} (the capitalisation baseline)
   * for every other language, {@code und} included.
   */
  public NameFinder orElse(NameFinder fallback) {
    return (text, sentence, lang) -> supports(lang) ? find(text, sentence, lang) : fallback.find(text, sentence, lang);
  }

  /** Whether a model exists for {@code lang}. */
  public boolean supports(String lang) {
    return this == STANDARD ? LANGUAGES.contains(lang) : finders.containsKey(lang) || canLoad(lang);
  }

  private boolean canLoad(String lang) {
    try {
      perLanguage(lang);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Loads the model for {@code lang} now (to move the cost to start-up). */
  public void preload(String lang) {
    if (supports(lang)) {
      perLanguage(lang);
    }
  }

  /**
   * Starts loading the models for {@code langs} on threads of their own (one per model) and returns at
   * once. A {@link #find} for a language whose model is still loading waits for that load (never loads it
   * twice); a load that failed in the background is tried again, and fails, on the finder's thread.
   */
  public void preloadInBackground(Iterable<String> langs) {
    for (String lang : langs) {
      Background.start("kabar-init-ner-" + lang, () -> {
        preload(lang);
        return null;
      });
    }
  }

  @Override
  public List<NameSpan> find(String text, Sentence sentence, String lang) {
    if (lang == null || !supports(lang)) {
      return List.of();
    }
    List<Token> tokens;
    if (sentence.end() <= text.length() && sentence.start() >= 0 && sentence.start() <= sentence.end()) {
      tokens = NerTokenizer.tokens(text, sentence.start(), sentence.end(), lang);
    } else {
      tokens = new ArrayList<>();
      for (Token t : NerTokenizer.tokens(sentence.text(), lang)) {
        tokens.add(new Token(t.text(), t.start() + sentence.start(), t.end() + sentence.start()));
      }
    }
    if (tokens.isEmpty()) {
      return List.of();
    }
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    Span[] spans = find(words, lang);
    List<NameSpan> out = new ArrayList<>(spans.length);
    for (Span s : spans) {
      // The perceptron's outcome "probabilities" are not calibrated (a confident span averages about 0.33
      // over seven outcomes), so they would fail any fixed threshold downstream: the model's decision is
      // the confidence, reported as 1 as NameSpan documents for a finder without one.
      EntityType type = NAME_TYPES.get(s.getType());
      if (type == null) { // a type we do not model (MISC from another model): skipped, not fatal
        continue;
      }
      out.add(new NameSpan(tokens.get(s.getStart()).start(), tokens.get(s.getEnd() - 1).end(), type, 1.0));
    }
    return out;
  }

  /** The names in a tokenised sentence, as token spans typed with {@link EntityType} names. */
  public Span[] find(String[] tokens, String lang) {
    PerLanguage p = perLanguage(lang);
    if (p.fast != null) {
      return p.fast.find(tokens);
    }
    NameFinderME finder = p.local.get();
    Span[] spans = finder.find(tokens);
    finder.clearAdaptiveData();
    return spans;
  }

  private PerLanguage perLanguage(String lang) {
    Slot slot = finders.computeIfAbsent(lang, Slot::new);
    try {
      return slot.get();
    } catch (RuntimeException | Error e) {
      finders.remove(lang, slot); // not a supported language (or unreadable): no slot left behind
      throw e;
    }
  }

  /**
   * A language's finder, loaded once by the first caller while later callers wait on this slot only:
   * two languages load in parallel (a load inside {@code ConcurrentHashMap.computeIfAbsent} would hold a
   * lock of the map's for the whole read).
   */
  private final class Slot {
    private final String lang;
    private volatile PerLanguage value;

    Slot(String lang) {
      this.lang = lang;
    }

    PerLanguage get() {
      PerLanguage v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            v = new PerLanguage(loader.apply(lang));
            value = v;
          }
        }
      }
      return v;
    }
  }

  /** Reads the shipped model for {@code lang} (a fresh copy; {@link #standard()} keeps one per process). */
  public static TokenNameFinderModel loadShipped(String lang) {
    if (!LANGUAGES.contains(lang)) {
      throw new IllegalArgumentException("no model for " + lang);
    }
    String path = MODEL_DIR + lang + "-ner.bin";
    try (InputStream in = OpenNlpNameFinder.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing model resource " + path);
      }
      // OpenNLP reads the file twice (mark, then reset): from an array, not through a buffer grown to hold it
      return readModel(readAll(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * All of {@code in}, in an array sized by {@link InputStream#available} (a file's or a jar entry's remaining
   * length), grown only if more comes.
   */
  static ByteArrayInputStream readAll(InputStream in) throws IOException {
    byte[] bytes = new byte[Math.max(in.available(), 1 << 13)];
    int n = 0;
    while (true) {
      if (n == bytes.length) {
        int next = in.read();
        if (next < 0) {
          break;
        }
        bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
        bytes[n++] = (byte) next;
      }
      int read = in.read(bytes, n, bytes.length - n);
      if (read < 0) {
        break;
      }
      n += read;
    }
    return new ByteArrayInputStream(bytes, 0, n);
  }

  /**
   * Reads an OpenNLP name finder model file: the same model {@code new TokenNameFinderModel(in)} gives, with
   * its weights read by {@link ModelFileReader} (a fresh JVM loads the Indonesian model about a quarter faster).
   */
  public static TokenNameFinderModel readModel(InputStream in) throws IOException {
    return new ModelFileReader.NameFinderModel(in);
  }

  /** {@link FastNameTagger} when it can decode the model exactly, else a {@link NameFinderME} per thread. */
  private static final class PerLanguage {
    final FastNameTagger fast;
    final ThreadLocal<NameFinderME> local;

    PerLanguage(TokenNameFinderModel model) {
      this.fast = FastNameTagger.of(model);
      this.local = fast != null ? null : ThreadLocal.withInitial(() -> new NameFinderME(model));
    }
  }
}
