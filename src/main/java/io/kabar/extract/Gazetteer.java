package io.kabar.extract;

import io.kabar.analysis.EntityType;
import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Known names: countries (from {@link Locale#getISOCountries()} display names in English and
 * Indonesian, keyed {@code LOCATION#<iso alpha-2>}), places ({@code gazetteer-locations.txt}:
 * {@code name[<TAB>slug]}), organisations ({@code gazetteer-organizations.txt}: {@code name[<TAB>slug]})
 * and aliases ({@code gazetteer-aliases.txt}: {@code alias<TAB>TYPE#slug<TAB>canonical}). Names match
 * case-insensitively, aliases (mostly acronyms such as {@code AS}, {@code PBB}) only as written.
 * Immutable and thread-safe.
 */
public final class Gazetteer {
  /** Longest name, in tokens, that is looked up. */
  public static final int MAX_TOKENS = 5;
  private static final String DIR = "io/kabar/extract/";
  private static final Pattern PLAIN_NAME = Pattern.compile("[\\p{L} '-]+");

  /**
   * A known name.
   *
   * @param key       entity key
   * @param type      entity type
   * @param canonical preferred name when only aliases are seen, or null
   * @param alias     true when matched through the alias table
   * @param tokens    how many tokens matched
   */
  public record Entry(String key, EntityType type, String canonical, boolean alias, int tokens) {}

  private final Map<String, Entry> names = new HashMap<>();
  private final Map<String, Entry> aliases = new HashMap<>();

  private Gazetteer() {
    Locale[] displayLocales = {Locale.ENGLISH, Locale.forLanguageTag("id")};
    for (String iso : Locale.getISOCountries()) {
      String key = "LOCATION#" + iso.toLowerCase(Locale.ROOT);
      for (Locale in : displayLocales) {
        String name = new Locale("", iso).getDisplayCountry(in);
        if (PLAIN_NAME.matcher(name).matches()) {
          names.putIfAbsent(normalize(name), new Entry(key, EntityType.LOCATION, null, false, 0));
        }
      }
    }
    loadNames(DIR + "gazetteer-locations.txt", EntityType.LOCATION);
    loadNames(DIR + "gazetteer-organizations.txt", EntityType.ORGANIZATION);
    for (String[] row : DataFiles.rows(DIR + "gazetteer-aliases.txt")) {
      String[] key = row[1].split("#", 2);
      aliases.put(row[0], new Entry(row[1], EntityType.valueOf(key[0]), row.length > 2 ? row[2] : null, true, 0));
    }
  }

  private void loadNames(String path, EntityType type) {
    for (String[] row : DataFiles.rows(path)) {
      String slug = row.length > 1 ? row[1] : Slugs.slug(row[0]);
      String key = slug.contains("#") ? slug : type.name() + "#" + slug;
      names.put(normalize(row[0]), new Entry(key, type, null, false, 0));
    }
  }

  /** The shipped gazetteer. */
  public static Gazetteer standard() {
    return new Gazetteer();
  }

  /**
   * The longest known name starting at {@code tokens[from]} and ending before {@code limit}.
   * The tokens must be separated by single spaces in the source text (the caller's run).
   *
   * @return the entry with {@code tokens} set to the matched length, or empty on no match
   */
  public Optional<Entry> longest(List<Token> tokens, int from, int limit) {
    int max = Math.min(limit, from + MAX_TOKENS);
    StringBuilder written = new StringBuilder();
    Entry best = null;
    for (int end = from; end < max; end++) {
      if (end > from) {
        written.append(' ');
      }
      written.append(tokens.get(end).text());
      Entry hit = aliases.get(written.toString());
      if (hit == null) {
        hit = names.get(normalize(written.toString()));
      }
      if (hit != null) {
        best = new Entry(hit.key(), hit.type(), hit.canonical(), hit.alias(), end - from + 1);
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entry for a whole name as written (alias or name), or empty. */
  public Optional<Entry> lookup(String name) {
    Entry hit = aliases.get(name);
    return Optional.ofNullable(hit != null ? hit : names.get(normalize(name)));
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replace('-', ' ').replace('’', '\'');
  }
}
