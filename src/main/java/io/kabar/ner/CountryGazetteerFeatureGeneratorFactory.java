package io.kabar.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Gazetteer membership: whether a token is the beginning ({@code ctry=B}) or inside
 * ({@code ctry=I}) of a country or territory name, longest match first, case-insensitive. The
 * names are the JDK's CLDR display names of every ISO 3166 country in the languages listed in the
 * descriptor's {@code langs} argument (comma-separated, default {@code id,en,ms}), so nothing is
 * stored in the model and training and inference see the same list.
 */
public final class CountryGazetteerFeatureGeneratorFactory
    extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  private static final int MAX_TOKENS = 6;
  private static final Map<String, Map<String, List<String[]>>> CACHE = new HashMap<>();

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    return new Generator(names(getStr("langs", "id,en,ms")));
  }

  /**
   * Marks country names in {@code tokens}: {@code ctry=B} / {@code ctry=I} or null, longest match
   * first, in the languages {@code langs} (comma-separated).
   */
  public static String[] tag(String[] tokens, String langs) {
    return new Generator(names(langs)).tag(tokens);
  }

  /** The names, indexed by their first token, lower-cased; computed once per language list. */
  static synchronized Map<String, List<String[]>> names(String langs) {
    return CACHE.computeIfAbsent(langs, key -> {
      Map<String, List<String[]>> byFirst = new HashMap<>();
      for (String lang : key.split(",")) {
        Locale display = Locale.forLanguageTag(lang.strip());
        for (String country : Locale.getISOCountries()) {
          String name = new Locale("", country).getDisplayCountry(display);
          if (name.isEmpty() || name.equals(country)) {
            continue;
          }
          List<String> toks = new ArrayList<>();
          NerTokenizer.tokens(name.toLowerCase(Locale.ROOT), lang).forEach(t -> toks.add(t.text()));
          if (toks.isEmpty() || toks.size() > MAX_TOKENS) {
            continue;
          }
          byFirst.computeIfAbsent(toks.get(0), f -> new ArrayList<>()).add(toks.toArray(String[]::new));
        }
      }
      return byFirst;
    });
  }

  /** Not thread-safe: one per name finder instance, like every OpenNLP feature generator. */
  static final class Generator implements AdaptiveFeatureGenerator {
    private final Map<String, List<String[]>> names;
    private String[] lastTokens;
    private String[] tags;

    Generator(Map<String, List<String[]>> names) {
      this.names = names;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != lastTokens) {
        tags = tag(tokens);
        lastTokens = tokens;
      }
      if (tags[index] != null) {
        features.add(tags[index]);
        features.add(tags[index] + ",w=" + tokens[index].toLowerCase(Locale.ROOT));
      }
    }

    String[] tag(String[] tokens) {
      String[] out = new String[tokens.length];
      for (int i = 0; i < tokens.length; ) {
        List<String[]> candidates = names.get(tokens[i].toLowerCase(Locale.ROOT));
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
        out[i] = "ctry=B";
        for (int j = i + 1; j < i + best; j++) {
          out[j] = "ctry=I";
        }
        i += best;
      }
      return out;
    }

    private static boolean matches(String[] tokens, int at, String[] name) {
      if (at + name.length > tokens.length) {
        return false;
      }
      for (int k = 0; k < name.length; k++) {
        if (!tokens[at + k].equalsIgnoreCase(name[k])) {
          return false;
        }
      }
      return true;
    }
  }
}
