package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.EntityType;
import io.kabar.nlp.Sentence;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CapitalizedNameFinder#findTitledOrKnownPeople} skips runs, yet gives every PERSON span scored 0.8 or more
 * that {@link CapitalizedNameFinder#find} gives, on random sentences of titles, known people, cue words,
 * connectors and common words, in English and Indonesian.
 */
class TitledPeopleTest {
  private static final String[] PIECES = {
    "President", "Mr", "Sen.", "Dr.", "Presiden", "Pak", "Menteri", "Mayor", "deputy", "Chief", "Officer",
    "Joko Widodo", "Jokowi", "Prabowo", "Putin", "Vladimir Putin", "Kim Jong-un", "Anies",
    "Alice", "Moreno", "General", "Electric", "Bank", "Ministry", "Kementerian", "University", "Street", "Jakarta",
    "North Korea", "Korea Utara", "Universe", "Miss", "of", "bin", "van", "de", "and", "said", "kata", "the",
    "Cathy's", "S.", "Truett", "NATO", "DPR", "KPK", "Undang-Undang", "Warga", "warga", "Moreover",
    ", ", ". ", "\"", "(", ")", "\n", ": ", " ", " ", " ", " "};

  @Test
  void theTitledAndKnownPeopleOfFind() {
    CapitalizedNameFinder finder = CapitalizedNameFinder.standard();
    Random random = new Random(21);
    int people = 0;
    for (int round = 0; round < 4_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int n = 2 + random.nextInt(14); n > 0; n--) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        b.append(piece);
        if (random.nextInt(3) > 0 && !piece.isBlank()) {
          b.append(' ');
        }
      }
      String text = b.toString();
      Sentence s = new Sentence(text, 0, text.length());
      for (String lang : List.of("en", "id")) {
        List<NameSpan> expected = people(finder.find(text, s, lang));
        assertEquals(expected, people(finder.findTitledOrKnownPeople(text, s, lang)), lang + ": " + text);
        people += expected.size();
      }
    }
    assertTrue(people > 1_000, "the random sentences name titled or known people: " + people);
  }

  private static List<NameSpan> people(List<NameSpan> spans) {
    return spans.stream().filter(n -> n.type() == EntityType.PERSON && n.score() >= 0.8).toList();
  }
}
