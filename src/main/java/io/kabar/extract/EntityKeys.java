package io.kabar.extract;

import io.kabar.analysis.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The entity keys a name written by a person can have in the table, by the same rules the pipeline
 * keys entities with ({@link EntityExtractor}): a name the {@link Gazetteer} knows (a country in any
 * CLDR language, a curated place, body or person, an alias such as {@code PBB}) has that entry's key,
 * e.g. {@code Putin} and {@code Vladimir Putin} are {@code PERSON#vladimir-putin} and {@code Korea Utara}
 * is {@code LOCATION#kp}; any other name is {@code TYPE#slug(name)} for each named type (people are
 * keyed by the fullest name an article gives, so a surname alone finds only articles that never gave
 * more). Used by {@code kabar query --entity NAME}.
 */
public final class EntityKeys {
  /** The types a name can have (measures and dates are keyed by value, not by name). */
  public static final List<EntityType> NAMED = List.of(EntityType.PERSON, EntityType.ORGANIZATION,
      EntityType.LOCATION, EntityType.EVENT);
  private static final Pattern KEY = Pattern.compile("(PERSON|ORGANIZATION|LOCATION|EVENT|DATE|QUANTITY|MONEY|PERCENT)#\\S+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private EntityKeys() {}

  /** True when {@code text} is already an entity key {@code TYPE#slug}. */
  public static boolean isKey(String text) {
    return KEY.matcher(text).matches();
  }

  /**
   * The candidate keys of {@code name}, most likely first: the gazetteer's key when it knows the
   * name (and its type is {@code type}, when given), else one slug key per named type (or for
   * {@code type} only). Empty when the name has no letter or digit.
   */
  public static List<String> candidates(String name, Optional<EntityType> type) {
    String written = SPACES.matcher(name.strip()).replaceAll(" ");
    Optional<Gazetteer.Entry> known = Gazetteer.standard().lookup(written);
    if (known.isPresent() && type.map(t -> t == known.get().type()).orElse(true)) {
      return List.of(known.get().key());
    }
    if (Slugs.slug(written).isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    for (EntityType t : type.map(List::of).orElse(NAMED)) {
      keys.add(Slugs.key(t.name(), written));
    }
    return keys;
  }
}
