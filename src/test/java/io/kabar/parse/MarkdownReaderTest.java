package io.kabar.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private final MarkdownReader reader = new MarkdownReader();

  @Test
  void firstLevelOneHeadingIsTheTitleAndSyntaxIsStripped() {
    String md = String.join("\n",
        "# Harbor *bridge* reopens",
        "",
        "The **bridge** reopened, says [the city](https://example.org/city) and _officials_.",
        "![a photo](bridge.jpg)",
        "",
        "## Traffic",
        "",
        "- Buses return",
        "* Cyclists get a `lane`",
        "1. Trucks wait",
        "",
        "> A quoted line",
        "",
        "---",
        "",
        "```",
        "code stays as text",
        "```",
        "[ref]: https://example.org");
    Document d = reader.read(md);
    assertEquals("Harbor bridge reopens", d.title());
    assertEquals(List.of("The bridge reopened, says the city and officials.", "Traffic", "Buses return",
        "Cyclists get a lane", "Trucks wait", "A quoted line", "code stays as text"), d.paragraphs());
  }

  @Test
  void setextHeadingIsTheTitle() {
    Document d = reader.read("Budget passes\n=============\n\nThe council voted.\n\nDetails\n-------\n\nMore text.");
    assertEquals("Budget passes", d.title());
    assertEquals(List.of("The council voted.", "Details", "More text."), d.paragraphs());
  }

  @Test
  void underscoresInsideWordsAreKept() {
    Document d = reader.read("The file snake_case_name stays.");
    assertEquals(List.of("The file snake_case_name stays."), d.paragraphs());
    assertFalse(d.paragraphs().get(0).contains("*"));
  }

  @Test
  void escapesReferenceImagesCommentsAndHeadingsWithoutBlankLines() {
    Document d = reader.read(String.join("\n",
        "Intro line before any heading",
        "# The title",
        "Price is 5 \\* 3 and \\_not emphasis\\_ here ![logo][img] <!-- editor note --> done.",
        "### Sub *heading*",
        "Body under it with a [ref link][r] and an ![inline](x.png) image.",
        "",
        "# A second level-one heading",
        "",
        "    indented code line",
        "",
        "[img]: logo.png",
        "[r]: https://example.org"));
    assertEquals("The title", d.title());
    assertEquals(List.of("Intro line before any heading",
        "Price is 5 * 3 and _not emphasis_ here done.", "Sub heading",
        "Body under it with a ref link and an image.", "A second level-one heading", "indented code line"),
        d.paragraphs());
  }
}
