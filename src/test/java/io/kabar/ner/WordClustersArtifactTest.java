package io.kabar.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cluster artifact's byte-wise index answers as a map of its lines would. */
class WordClustersArtifactTest {
  private static WordClusterFeatureGeneratorFactory.Clusters read(String text) throws Exception {
    return WordClusterFeatureGeneratorFactory.Clusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void looksUpAsciiAndNonAsciiWordsAndLaterLinesWin() throws Exception {
    var c = read("jakarta 3 17 901\r\nsurabaya 3 17 5\nmünchen 12 40 7\n北京 1 2 3\nsurabaya 4 4 4\nnospace\n😀 9 9 9");
    assertArrayEquals(new String[] {"cl0=3", "cl1=17", "cl2=901"}, c.lookup("jakarta"));
    assertArrayEquals(new String[] {"cl0=4", "cl1=4", "cl2=4"}, c.lookup("surabaya"));
    assertArrayEquals(new String[] {"cl0=12", "cl1=40", "cl2=7"}, c.lookup("münchen"));
    assertArrayEquals(new String[] {"cl0=1", "cl1=2", "cl2=3"}, c.lookup("北京"));
    assertArrayEquals(new String[] {"cl0=9", "cl1=9", "cl2=9"}, c.lookup("😀"));
    assertNull(c.lookup("jakart"));
    assertNull(c.lookup("jakarta 3"));
    assertNull(c.lookup("nospace"));
    assertNull(c.lookup(""));
    assertEquals(5, c.size());
  }

  @Test
  void agreesWithAMapOnRandomWordsAndSurvivesARoundTrip() throws Exception {
    Random random = new Random(3);
    String letters = "abcdeéñü北😀";
    Map<String, String> lines = new HashMap<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder w = new StringBuilder();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        w.appendCodePoint(letters.codePointAt(letters.offsetByCodePoints(0, random.nextInt(letters.codePointCount(0, letters.length())))));
      }
      lines.put(w.toString(), random.nextInt(64) + " " + random.nextInt(1024));
    }
    var c = new WordClusterFeatureGeneratorFactory.Clusters(lines);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    c.write(out);
    var back = read(out.toString(StandardCharsets.UTF_8));
    assertEquals(lines.size(), back.size());
    for (Map.Entry<String, String> e : lines.entrySet()) {
      String[] ids = e.getValue().split(" ");
      String[] expected = {"cl0=" + ids[0], "cl1=" + ids[1]};
      assertArrayEquals(expected, c.lookup(e.getKey()), e.getKey());
      assertArrayEquals(expected, back.lookup(e.getKey()), e.getKey());
      assertNull(back.lookup(e.getKey() + "x"));
    }
  }
}
