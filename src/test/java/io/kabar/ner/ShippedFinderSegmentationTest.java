package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Entity;
import io.kabar.extract.EntityExtractor;
import io.kabar.nlp.SentenceSplitter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The entity step over the shipped finders, as the pipeline runs it, on news prose with the shapes a finder
 * joins or splits wrongly: titles before names, offices with their body, dotted initialisms, middle initials,
 * lists of places, degrees after a name, places named after people (docs/ENTITIES.md, "Segmenting finder spans").
 */
class ShippedFinderSegmentationTest {
  private static final EntityExtractor EXTRACTOR = EntityExtractor.withFinder(NameFinders.standard());

  private static Set<String> keys(String text, String lang) {
    List<Entity> entities = EXTRACTOR.extract(text, SentenceSplitter.standard().split(text, lang), lang, null);
    return entities.stream().map(Entity::key).collect(Collectors.toSet());
  }

  @Test
  void englishWireCopy() {
    Set<String> keys = keys("U.S. President Joe Biden and Florida Governor Ron DeSantis met officials from the U.N. "
        + "and the U.K. on Monday. Talks between the U.S. and Russia would go on. Biden later thanked Sen. "
        + "Elizabeth M. Warren.", "en");
    for (String key : List.of("LOCATION#us", "PERSON#joe-biden", "LOCATION#florida", "PERSON#ron-desantis",
        "ORGANIZATION#united-nations", "LOCATION#gb", "LOCATION#ru", "PERSON#elizabeth-m-warren")) {
      assertTrue(keys.contains(key), key + " in " + keys);
    }
    assertEquals(Set.of(), keys.stream().filter(k -> k.contains("#u-") || k.contains("president")
        || k.contains("governor") || k.endsWith("#elizabeth-m")).collect(Collectors.toSet()), keys.toString());
  }

  @Test
  void indonesianNewsWithOfficesAndPlacesNamedAfterPeople() {
    Set<String> keys = keys("Juru Bicara KPK Febri Diansyah mengatakan Presiden Joko Widodo tiba di Jalan Jenderal "
        + "Sudirman. Kapolda Metro Jaya Irjen Fadil Imran hadir bersama Ahmad Syafii, M.A. dari Raja Ampat.", "id");
    for (String key : List.of("ORGANIZATION#kpk", "PERSON#febri-diansyah", "PERSON#joko-widodo",
        "LOCATION#jalan-jenderal-sudirman", "PERSON#fadil-imran", "PERSON#ahmad-syafii", "LOCATION#raja-ampat")) {
      assertTrue(keys.contains(key), key + " in " + keys);
    }
    for (String key : List.of("ORGANIZATION#mahkamah-agung", "PERSON#ma", "PERSON#sudirman", "PERSON#ampat",
        "PERSON#kpk-febri-diansyah")) {
      assertTrue(!keys.contains(key), key + " in " + keys);
    }
  }
}
