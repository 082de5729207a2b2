package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import io.kabar.analysis.Mention;
import io.kabar.nlp.Sentence;
import io.kabar.nlp.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extractor's work after detection (keying, typing, merging, credits) holds for any NameFinder. */
class AnyFinderTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.standard();

  /** A finder that returns every occurrence of fixed strings with fixed types and scores. */
  private record FixedFinder(List<Object[]> names) implements NameFinder {
    @Override
    public List<NameSpan> find(String text, Sentence sentence, String lang) {
      List<NameSpan> out = new ArrayList<>();
      String s = text.substring(sentence.start(), sentence.end());
      for (Object[] n : names) {
        String name = (String) n[0];
        for (int i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + 1)) {
          boolean wordStart = i == 0 || !Character.isLetter(s.charAt(i - 1));
          boolean wordEnd = i + name.length() == s.length() || !Character.isLetter(s.charAt(i + name.length()));
          if (wordStart && wordEnd) {
            out.add(new NameSpan(sentence.start() + i, sentence.start() + i + name.length(), (EntityType) n[1],
                (double) n[2]));
          }
        }
      }
      out.sort(java.util.Comparator.comparingInt(NameSpan::start));
      return out;
    }
  }

  private static List<Entity> extract(NameFinder finder, String text, String lang) {
    List<Entity> entities = EntityExtractor.withFinder(finder).extract(text, SPLITTER.split(text, lang), lang, null);
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        assertEquals(m.text(), text.substring(m.start(), m.end()), e.key());
      }
    }
    return entities;
  }

  private static Optional<Entity> byKey(List<Entity> entities, String key) {
    return entities.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  @Test
  void spansFromAnyFinderAreKeyedTypedAndMerged() {
    String text = "Pemimpin Korea Utara Kim Jong Un tiba. Kim Jong-un disambut. Kim tersenyum. "
        + "Korut membantah laporan pejabat AS. Nanti Budi datang.";
    NameFinder finder = new FixedFinder(List.of(
        new Object[] {"Korea Utara", EntityType.PERSON, 0.9},
        new Object[] {"Kim Jong Un", EntityType.PERSON, 0.9},
        new Object[] {"Kim Jong-un", EntityType.PERSON, 0.9},
        new Object[] {"Kim", EntityType.PERSON, 0.4},
        new Object[] {"Korut", EntityType.ORGANIZATION, 0.9},
        new Object[] {"Nanti", EntityType.PERSON, 0.2}));
    List<Entity> entities = extract(finder, text, "id");
    Entity kp = byKey(entities, "LOCATION#kp").orElseThrow(() -> new AssertionError(entities.toString()));
    assertEquals(EntityType.LOCATION, kp.type());
    assertEquals("Korea Utara", kp.canonical());
    assertEquals(List.of("Korut"), kp.aliases());
    Entity kim = byKey(entities, "PERSON#kim-jong-un").orElseThrow(() -> new AssertionError(entities.toString()));
    assertEquals(3, kim.mentions().size(), kim.toString());
    assertTrue(kim.aliases().contains("Kim"), kim.toString());
    assertTrue(byKey(entities, "LOCATION#us").isPresent(), "a known acronym the finder missed: " + entities);
    assertFalse(entities.stream().anyMatch(e -> e.canonical().equals("Nanti")), entities.toString());
    assertFalse(entities.stream().anyMatch(e -> e.key().startsWith("PERSON#korea")), entities.toString());
  }

  @Test
  void aConfidentOneWordNameIsKeptAndAnUnsureOneIsNot() {
    String text = "Budiman hadir. Selasa pagi hujan.";
    List<Entity> entities = extract(new FixedFinder(List.of(
        new Object[] {"Budiman", EntityType.PERSON, 0.9},
        new Object[] {"Selasa", EntityType.PERSON, 0.3})), text, "id");
    assertEquals(List.of("PERSON#budiman"), entities.stream().map(Entity::key).toList());
  }

  @Test
  void oneNameTypedTwoWaysInOneArticleBecomesOneEntity() {
    String text = "Talks in Port Ellery ended. Residents of Port Ellery cheered. Port Ellery is calm.";
    NameFinder finder = new FixedFinder(List.<Object[]>of(new Object[] {"Port Ellery", EntityType.LOCATION, 0.9}));
    NameFinder confused = (t, s, lang) -> {
      List<NameSpan> spans = finder.find(t, s, lang);
      return spans.stream().map(n -> n.start() < 20 ? new NameSpan(n.start(), n.end(), EntityType.PERSON, 0.5) : n)
          .toList();
    };
    List<Entity> entities = extract(confused, text, "en");
    assertEquals(1, entities.size(), entities.toString());
    assertEquals("LOCATION#port-ellery", entities.get(0).key());
    assertEquals(3, entities.get(0).mentions().size());
  }

  @Test
  void namesInCreditsAreRefusedWhateverTheFinder() {
    String text = "Presiden berpidato di Jakarta.\nPhoto :\n- Ministry of Defence of the Russian Federation\n"
        + "Warga berkumpul (Foto: ANTARA/Hafidz Mubarak) di Istora.";
    NameFinder finder = new FixedFinder(List.of(
        new Object[] {"Ministry of Defence of the Russian Federation", EntityType.ORGANIZATION, 1.0},
        new Object[] {"ANTARA", EntityType.ORGANIZATION, 1.0},
        new Object[] {"Hafidz Mubarak", EntityType.PERSON, 1.0},
        new Object[] {"Istora", EntityType.LOCATION, 1.0}));
    List<Entity> entities = extract(finder, text, "id");
    assertEquals(List.of("LOCATION#jakarta", "LOCATION#istora"), entities.stream().map(Entity::key).toList());
  }
}
