package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LanguageWordsCommandTest {
  @TempDir
  Path dir;

  @Test
  void listsWidespreadLowerCaseWordsLessStopWordsNamesAndExclusions() throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, String.join("\n",
        "{\"article\": \"Harga beras naik di pasar, kata Joko. Harga cabai juga naik.\"}",
        "{\"article\": \"Harga gula naik lagi menurut Joko; pedagang pasar mengeluh.\"}",
        "{\"article\": \"Pedagang beras di pasar induk menunggu harga turun.\"}"));
    Path exclude = dir.resolve("x.txt");
    Files.writeString(exclude, "# leave out\npedagang\n");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new LanguageWordsCommand());
    cli.setOut(new PrintWriter(out, true));
    assertEquals(0, cli.execute("--top", "3", "--exclude", exclude.toString(), corpus.toString()));
    // harga and pasar are in 3 documents (harga mostly capitalised: a name-like word, left out),
    // naik in 2, beras in 2; "di", "juga", "lagi" are stop words, Joko is a name, pedagang excluded
    assertEquals("beras\nnaik\npasar\n", out.toString().replace("\r", ""));
  }
}
