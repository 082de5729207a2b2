package io.kabar.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Gazetteer membership: whether a token is the beginning ({@code PREFIX=B}) or inside
 * ({@code PREFIX=I}) of a listed name, longest match first, case-insensitive (with {@code cased} true,
 * only from a token not written in lower case). The list is stored
 * inside the model under the descriptor's {@code dict} name (so training and inference see the same
 * list, and loading costs no CLDR look-ups); the trainer fills it with the JDK's CLDR display names
 * of every ISO 3166 country and territory in Indonesian, English and Malay ({@link #countryNames}); the
 * same generator reads the optional first-name and city lists ({@code NerTrainer.FIRST_NAMES},
 * {@code NerTrainer.CITIES}).
 */
public final class CountryGazetteerFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  private static final int MAX_TOKENS = 6;

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    if (resourceManager == null) {
      return null;
    }
    String key = getStr("dict");
    Object resource = resourceManager.getResource(key);
    if (!(resource instanceof NameList list)) {
      throw new InvalidFormatException("not a name list resource: " + key);
    }
    return new Generator(list.byFirst, getStr("prefix", "ctry"), getBool("cased", false));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    Map<String, ArtifactSerializer<?>> mapping = new HashMap<>();
    mapping.put(getStr("dict"), new NameListSerializer());
    return mapping;
  }

  /** Country and territory names (CLDR via the JDK) in the given languages, lower-cased, tokenised, sorted. */
  public static NameList countryNames(String... langs) {
    TreeSet<String> names = new TreeSet<>();
    for (String lang : langs) {
      Locale display = Locale.forLanguageTag(lang);
      List<String> written = new ArrayList<>();
      for (String country : Locale.getISOCountries()) {
        String name = new Locale("", country).getDisplayCountry(display);
        if (!name.isEmpty() && !name.equals(country)) {
          written.add(name);
        }
      }
      names.addAll(NameList.of(written, lang, MAX_TOKENS).names());
    }
    return new NameList(List.copyOf(names));
  }

  /** Marks listed names in {@code tokens}: {@code ctry=B} / {@code ctry=I} or null. */
  public static String[] tag(String[] tokens, NameList list) {
    return new Generator(list.byFirst, "ctry", false).tag(tokens);
  }

  /** A list of names, one a line, tokens separated by single spaces, lower-cased. */
  public static final class NameList implements SerializableArtifact {
    private final List<String> names;
    private final Map<String, List<String[]>> byFirst = new HashMap<>();

    public NameList(List<String> names) {
      this.names = List.copyOf(names);
      for (String n : this.names) {
        String[] toks = n.split(" ");
        byFirst.computeIfAbsent(toks[0], f -> new ArrayList<>()).add(toks);
      }
    }

    /**
     * The names as written, lower-cased and split as the name finder splits tokens in {@code lang}, joined by single
     * spaces, sorted, without duplicates; names of more than {@code maxTokens} tokens are left out.
     */
    public static NameList of(java.util.Collection<String> written, String lang, int maxTokens) {
      TreeSet<String> names = new TreeSet<>();
      for (String name : written) {
        List<String> toks = new ArrayList<>();
        NerTokenizer.tokens(name.toLowerCase(Locale.ROOT), lang).forEach(t -> toks.add(t.text()));
        if (!toks.isEmpty() && toks.size() <= maxTokens) {
          names.add(String.join(" ", toks));
        }
      }
      return new NameList(List.copyOf(names));
    }

    public int size() {
      return names.size();
    }

    /** The names, as stored. */
    public List<String> names() {
      return names;
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
      return NameListSerializer.class;
    }
  }

  /** Reads and writes a {@link NameList} inside a model zip (UTF-8, leaves the stream open). */
  public static final class NameListSerializer implements ArtifactSerializer<NameList> {
    @Override
    public NameList create(InputStream in) throws IOException {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new NameList(text.lines().filter(l -> !l.isBlank()).toList());
    }

    @Override
    public void serialize(NameList artifact, OutputStream out) throws IOException {
      out.write((String.join("\n", artifact.names) + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
  }

  /** Not thread-safe: one per name finder instance, like every OpenNLP feature generator. */
  static final class Generator implements AdaptiveFeatureGenerator {
    private final Map<String, List<String[]>> names;
    private final String begin;
    private final String inside;
    /** Only a token whose first character is not lower case starts a match: {@code Van}, not {@code van}. */
    private final boolean cased;
    private String[] lastTokens;
    private String[] tags;
    /**
     * The names that can start at a token, by the token as written (this generator's own cache, bounded):
     * saves lower-casing every token of every sentence again.
     */
    private final Map<String, List<String[]>> byToken = new java.util.HashMap<>();
    private static final int MAX_CACHED = 50_000;

    Generator(Map<String, List<String[]>> names, String prefix, boolean cased) {
      this.names = names;
      this.cased = cased;
      this.begin = prefix + "=B";
      this.inside = prefix + "=I";
    }
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (hasFeatures(tokens, index)) {
        features.add(tags[index]);
        features.add(tags[index] + ",w=" + tokens[index].toLowerCase(Locale.ROOT));
      }
    }

    /** Whether {@link #createFeatures} gives the token any feature (it is inside a name), without making them. */
    boolean hasFeatures(String[] tokens, int index) {
      if (tokens != lastTokens) {
        tags = tag(tokens);
        lastTokens = tokens;
      }
      return tags[index] != null;
    }

    String[] tag(String[] tokens) {
      String[] out = new String[tokens.length];
      for (int i = 0; i < tokens.length; ) {
        List<String[]> candidates = cased && !tokens[i].isEmpty() && Character.isLowerCase(tokens[i].codePointAt(0))
            ? null : candidates(tokens[i]);
        int best = 0;
        if (candidates != null) {
          for (String[] name : candidates) {
            if (name.length > best && matches(tokens, i, name)) {
              best = name.length;
            }
          }
        }
        if (best == 0) {
          i++;
          continue;
        }
        out[i] = begin;
        for (int j = i + 1; j < i + best; j++) {
          out[j] = inside;
        }
        i += best;
      }
      return out;
    }

    private List<String[]> candidates(String token) {
      List<String[]> c = byToken.get(token);
      if (c == null) {
        c = names.getOrDefault(token.toLowerCase(Locale.ROOT), List.of());
        if (byToken.size() < MAX_CACHED) {
          byToken.put(token, c);
        }
      }
      return c.isEmpty() ? null : c;
    }

    private static boolean matches(String[] tokens, int at, String[] name) {
      if (at + name.length > tokens.length) {
        return false;
      }
      for (int k = 0; k < name.length; k++) {
        // lower-cased as the list is (equalsIgnoreCase misses names whose lower case is longer: İzmir)
        if (!tokens[at + k].toLowerCase(Locale.ROOT).equals(name[k])) {
          return false;
        }
      }
      return true;
    }
  }
}
