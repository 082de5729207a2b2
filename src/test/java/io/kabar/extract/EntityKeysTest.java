package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Entity;
import io.kabar.analysis.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names typed by a person resolve to the keys the pipeline gives the same names. */
class EntityKeysTest {
  @Test
  void gazetteerNamesResolveToTheirEntryKeyInAnyLanguageOrCase() {
    for (String name : List.of("North Korea", "Korea Utara", "korea  utara")) {
      assertEquals(List.of("LOCATION#kp"), EntityKeys.candidates(name, Optional.empty()), name);
    }
    assertEquals(List.of("PERSON#vladimir-putin"), EntityKeys.candidates("Putin", Optional.empty()));
  }

  @Test
  void otherNamesGetOneSlugKeyPerNamedTypeOrForTheGivenType() {
    assertEquals(List.of("PERSON#maria-lopez-garcia", "ORGANIZATION#maria-lopez-garcia", "LOCATION#maria-lopez-garcia",
        "EVENT#maria-lopez-garcia"), EntityKeys.candidates("María López-García", Optional.empty()));
    assertEquals(List.of("PERSON#maria-lopez-garcia"),
        EntityKeys.candidates("María López-García", Optional.of(EntityType.PERSON)));
    assertEquals(List.of(), EntityKeys.candidates(" — ", Optional.empty()));
  }

  @Test
  void theKeyOfANameIsTheKeyThePipelineGivesItInAnArticle() throws Exception {
    String text = "Presiden Vladimir Putin bertemu Menteri Luar Negeri Sergei Lavrov di Moskow pada hari Senin. "
        + "Putin mengatakan Korea Utara adalah mitra penting.";
    List<Entity> entities = io.kabar.analysis.Pipeline.standard()
        .analyze(io.kabar.analysis.Source.of("t", "t.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .entities();
    for (Entity e : entities) {
      if (EntityKeys.NAMED.contains(e.type())) {
        assertTrue(EntityKeys.candidates(e.canonical(), Optional.empty()).contains(e.key()),
            () -> e.canonical() + " → " + e.key());
      }
    }
    assertTrue(entities.stream().anyMatch(e -> e.key().equals("PERSON#vladimir-putin")), entities::toString);
  }

  @Test
  void keysAreRecognisedAsKeys() {
    assertTrue(EntityKeys.isKey("PERSON#kim-jong-un"));
    assertTrue(EntityKeys.isKey("LOCATION#kp"));
    assertFalse(EntityKeys.isKey("Kim Jong Un"));
    assertFalse(EntityKeys.isKey("person#kim"));
  }
}
