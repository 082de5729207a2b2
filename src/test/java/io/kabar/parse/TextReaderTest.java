package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextReaderTest {
  private final TextReader reader = new TextReader();

  @Test
  void whitespaceOnlyLineCountsAsBlank() {
    Document d = reader.read("First line here.\n  Second   line.\n\t\nThird");
    assertEquals(List.of("First line here. Second line.", "Third"), d.paragraphs(), "a blank line switches to blocks");
    assertNull(d.title());
  }

  @Test
  void blankLineSeparatedBlocksJoinTheirLines() {
    assertEquals(List.of("A wrapped paragraph that goes on.", "Next one."),
        reader.read("A wrapped\nparagraph that goes on.\n\nNext one.\n").paragraphs());
  }

  @Test
  void linesAreParagraphsWhenThereIsNoBlankLine() {
    assertEquals(List.of("One.", "Two words.", "Three."), reader.read("One.\nTwo   words.\nThree.\n").paragraphs());
  }
}
