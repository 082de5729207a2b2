package io.kabar.analysis;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;

/**
 * One real-world thing named in an article, all its mentions merged under one {@code key}.
 * Measure types (QUANTITY, MONEY, PERCENT) carry {@code value/low/high/unit/approximate};
 * DATE carries {@code normalized} (e.g. {@code 2024-06}). Other types leave those fields null
 * and they are not serialised.
 *
 * @param key        {@code TYPE#slug}, stable across articles where the thing is known
 * @param type       the entity type
 * @param canonical  the name chosen to stand for the entity
 * @param aliases    the other surface forms seen, without the canonical one
 * @param salience   importance in the article, in [0,1]
 * @param mentions   every occurrence, in text order
 * @param normalized DATE only: ISO-8601 form, else null
 * @param value      measure types only
 * @param low        measure types only
 * @param high       measure types only
 * @param unit       measure types only
 * @param approximate measure types only; null for other types
 */
@JsonSerialize(using = AnalysisJson.EntitySerializer.class)
public record Entity(
    String key,
    EntityType type,
    String canonical,
    List<String> aliases,
    double salience,
    List<Mention> mentions,
    String normalized,
    Double value,
    Double low,
    Double high,
    String unit,
    Boolean approximate) {

  public Entity {
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }

  /** A named entity (PERSON, ORGANIZATION, LOCATION, EVENT): no date or measure fields. */
  public static Entity named(String key, EntityType type, String canonical, List<String> aliases,
      double salience, List<Mention> mentions) {
    return new Entity(key, type, canonical, aliases, salience, mentions, null, null, null, null, null, null);
  }
}
