package io.kabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.nlp.DataFiles;
import io.kabar.nlp.Token;
import io.kabar.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Gazetteer#longest} stops reading tokens once they start no known name; it must give the same
 * entry as reading every token in reach, on texts made of the gazetteer's own names, their beginnings and
 * ordinary words.
 */
class GazetteerEarlyStopTest {
  @Test
  void stoppingEarlyChangesNoLookUp() {
    Gazetteer gazetteer = Gazetteer.standard();
    List<String> names = new ArrayList<>();
    for (String file : List.of("gazetteer-aliases.txt", "gazetteer-people.txt", "gazetteer-organizations.txt",
        "gazetteer-institutions-id.txt", "gazetteer-companies.txt", "gazetteer-institutions.txt",
        "gazetteer-places-id.txt", "gazetteer-locations.txt", "gazetteer-regions.txt", "gazetteer-events.txt")) {
      for (String[] row : DataFiles.rows("io/kabar/extract/" + file)) {
        names.add(row[0]);
      }
    }
    String[] filler = {"dan", "the", "Presiden", "said", "Kota", "New", "di", "AS", "PBB", "THE", "Jong-un", "-",
        ",", "Utara", "of", "Bank", "Rp", "2024", "Mr.", "Al"};
    Random random = new Random(1127);
    int found = 0;
    int checked = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 12; k++) {
        int pick = random.nextInt(4);
        String name = names.get(random.nextInt(names.size()));
        if (pick == 0) {
          sb.append(name);
        } else if (pick == 1) { // the beginning of a name
          String[] words = name.split(" ");
          sb.append(String.join(" ", java.util.Arrays.copyOf(words, 1 + random.nextInt(words.length))));
        } else if (pick == 2) {
          sb.append(name.toUpperCase(java.util.Locale.ROOT));
        } else {
          sb.append(filler[random.nextInt(filler.length)]);
        }
        sb.append(' ');
      }
      List<Token> tokens = Tokenizer.tokens(sb.toString(), 0, sb.length());
      for (String lang : List.of("id", "en", "und")) {
        for (int i = 0; i < tokens.size(); i++) {
          var expected = gazetteer.longest(null, tokens, i, tokens.size(), lang, false);
          assertEquals(expected, gazetteer.longest(null, tokens, i, tokens.size(), lang, true),
              () -> lang + " [" + sb + "]");
          var written = gazetteer.longest(sb.toString(), tokens, i, tokens.size(), lang, false);
          assertEquals(written, gazetteer.longest(sb.toString(), tokens, i, tokens.size(), lang, true),
              () -> lang + " as written [" + sb + "]");
          found += expected.isPresent() ? 1 : 0;
          checked++;
        }
      }
    }
    assertTrue(found > checked / 10, "the texts must hold known names: " + found + " of " + checked);
  }
}
