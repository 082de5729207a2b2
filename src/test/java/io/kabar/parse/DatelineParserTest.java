package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kabar.analysis.Dateline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {
  private static final DatelineParser PARSER = DatelineParser.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "Moskow, VIVA – Presiden tiba.|Moskow|VIVA|Presiden tiba.",
      "JAKARTA, KOMPAS.com - Harga naik.|JAKARTA|KOMPAS.com|Harga naik.",
      "WASHINGTON (Reuters) - The Senate voted.|WASHINGTON|Reuters|The Senate voted.",
      "LONDON — Markets fell.|LONDON|null|Markets fell.",
      "New York, Example News — Stocks rose.|New York|Example News|Stocks rose."})
  void findsAndStripsDatelines(String paragraph, String location, String source, String rest) {
    DatelineParser.Match m = PARSER.parse(paragraph).orElseThrow();
    assertEquals(new Dateline(location, source), m.dateline());
    assertEquals(rest, m.rest());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Presiden Rusia Vladimir Putin berterima kasih kepada pasukan.",
      "The budget - which passed - is large.",
      "Namun, kata dia, pasukan itu sudah pulang.",
      "LONDON — "})
  void leavesOrdinaryParagraphsAlone(String paragraph) {
    assertTrue(PARSER.parse(paragraph).isEmpty(), paragraph);
  }
}
