package io.kabar.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Claim;
import io.kabar.analysis.ClaimKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryPartsTest {
  private static Claim claim(String text, ClaimKind kind, String speaker, double score) {
    return new Claim(text, kind, speaker, null, null, 0, 1, List.of(), List.of(), score);
  }

  @Test
  void usableTitleIsTheHeadline() {
    assertEquals("Putin thanks North Korean troops", SummaryParts.headline(" Putin  thanks North Korean troops ", List.of("x")));
    assertFalse(SummaryParts.usableTitle("BREAKING NEWS TODAY"), "all capitals");
    assertFalse(SummaryParts.usableTitle("Home"), "one word");
    assertFalse(SummaryParts.usableTitle("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        + "fifteen sixteen"), "over 15 words");
  }

  @Test
  void otherwiseTheLeadIsCompressedAtAClauseBoundary() {
    String lead = "Presiden Rusia Vladimir Putin (72) berterima kasih kepada pasukan Korea Utara, setelah Korea Utara pada "
        + "hari Senin mengonfirmasi pengerahan pasukan tersebut untuk pertama kalinya.";
    String h = SummaryParts.headline(null, List.of(lead));
    assertEquals("Presiden Rusia Vladimir Putin berterima kasih kepada pasukan Korea Utara…", h);
    assertTrue(h.replace("…", "").split(" ").length <= 15);
    String noComma = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.";
    assertEquals(15, SummaryParts.headline("", List.of(noComma)).replace("…", "").split(" ").length);
    assertEquals("Short lead", SummaryParts.headline(null, List.of("Short lead.")));
  }

  @Test
  void aDroppedParenthesisRunsNoWordsTogether() {
    // a fuzz finding: plain text "{<(…)divo" gave the headline "{<divo", which reads as markup
    assertEquals("{< divo and more", SummaryParts.compress("{<(*o aside)divo and more"));
    assertEquals("{< /div and more", SummaryParts.compress("{<(x)/div and more"));
    // nested: one pass, so the outer parenthesis stays rather than joining what is left of it
    assertEquals("{<(a {< divo b)divo end", SummaryParts.compress("{<(a {<(x)divo b)divo end"));
    assertEquals("Putin said yes", SummaryParts.compress("Putin (72) said yes."));
    assertEquals("Putin said yes", SummaryParts.compress("Putin said yes (AP)."));
  }

  @Test
  void threeToFiveKeyPointsFromTheMostCheckworthyClaimsWithoutRepeats() {
    List<Claim> claims = new ArrayList<>();
    claims.add(claim("pasukan dikirim", ClaimKind.ATTRIBUTED, "Kim", 0.9));
    claims.add(claim("sekitar 4.000 tentara tewas atau terluka", ClaimKind.STATISTIC, null, 0.8));
    claims.add(claim("Pasukan dikirim!", ClaimKind.QUOTE, "Kim Jong Un", 0.85)); // repeats the first
    claims.add(claim("low one", ClaimKind.ATTRIBUTED, "A", 0.2));
    claims.add(claim("low two", ClaimKind.ATTRIBUTED, "B", 0.1));
    claims.add(claim("high three", ClaimKind.QUOTE, "C", 0.7));
    List<String> points = SummaryParts.keyPoints(claims);
    assertEquals(List.of("Kim: pasukan dikirim", "sekitar 4.000 tentara tewas atau terluka", "C: high three"), points);
    claims.add(claim("fourth strong claim", ClaimKind.ATTRIBUTED, "D", 0.65));
    claims.add(claim("fifth strong claim", ClaimKind.ATTRIBUTED, "E", 0.62));
    claims.add(claim("sixth strong claim", ClaimKind.ATTRIBUTED, "F", 0.61));
    assertEquals(5, SummaryParts.keyPoints(claims).size(), "at most five");
    assertEquals(List.of(), SummaryParts.keyPoints(List.of()));
    String longText = "word ".repeat(80).strip();
    String p = SummaryParts.keyPoints(List.of(claim(longText, ClaimKind.QUOTE, "X", 0.5))).get(0);
    assertTrue(p.length() <= 200 && p.endsWith("…") && !p.endsWith(" …"), p);
  }
}
