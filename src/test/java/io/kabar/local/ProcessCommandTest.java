package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kabar process}: which files its arguments name (folders, files, globs) and its usage errors. */
class ProcessCommandTest {
  private static Path tree(Path dir) throws Exception {
    Path a = Files.createDirectories(dir.resolve("articles"));
    Files.createDirectories(a.resolve("2024/06"));
    Files.createDirectories(a.resolve(".cache"));
    Files.writeString(a.resolve("top.html"), "<p>x</p>");
    Files.writeString(a.resolve("2024/mid.md"), "# x");
    Files.writeString(a.resolve("2024/06/deep.html"), "<p>x</p>");
    Files.writeString(a.resolve("2024/06/notes.txt"), "x");
    Files.writeString(a.resolve(".cache/hidden.html"), "<p>x</p>");
    return a;
  }

  private static Set<String> keys(String... arguments) throws Exception {
    return Set.copyOf(ProcessCommand.uploads(List.of(arguments)).stream().map(LocalRun.Upload::key).toList());
  }

  @Test
  void aGlobstarMatchesAtAnyDepthIncludingNoneAndKeysArePathsBelowTheFixedPart(@TempDir Path dir) throws Exception {
    Path a = tree(dir);
    assertEquals(Set.of("incoming/top.html", "incoming/2024/06/deep.html"), keys(a + "/**/*.html"),
        "'**/' also matches no folder, and hidden folders are skipped");
    assertEquals(Set.of("incoming/06/deep.html", "incoming/mid.md"), keys(a + "/2024/**/*.{html,md}"));
    assertEquals(Set.of("incoming/2024/mid.md"), keys(a + "/*/*.md"), "'*' stays within one folder");
  }

  @Test
  void foldersFilesAndGlobsMixAndAFileNamedTwiceIsUploadedOnce(@TempDir Path dir) throws Exception {
    Path a = tree(dir);
    assertEquals(Set.of("incoming/top.html", "incoming/2024/mid.md", "incoming/2024/06/deep.html",
        "incoming/2024/06/notes.txt"), keys(a.toString()), "a folder: every file below it but hidden ones");
    assertEquals(4, ProcessCommand.uploads(List.of(a.toString(), a + "/**/*.html")).size());
    assertEquals(Set.of("incoming/notes.txt", "incoming/top.html"),
        keys(a.resolve("2024/06/notes.txt").toString(), a + "/*.html"));
  }

  @Test
  void globstarVariantsCoverEveryDepth() {
    assertEquals(List.of("*.md"), ProcessCommand.globstarVariants("*.md"));
    assertEquals(Set.of("a/**/b/**/x", "a/**/b/x", "a/b/**/x", "a/b/x"),
        Set.copyOf(ProcessCommand.globstarVariants("a/**/b/**/x")));
  }

  @Test
  void twoFilesForOneKeyAreAUsageError(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("x/b"));
    Files.createDirectories(dir.resolve("y/b"));
    Files.writeString(dir.resolve("x/b/same.txt"), "one");
    Files.writeString(dir.resolve("y/b/same.txt"), "two");
    ProcessCommand.UsageException e = assertThrows(ProcessCommand.UsageException.class,
        () -> ProcessCommand.uploads(List.of(dir + "/x", dir + "/y")));
    assertTrue(e.getMessage().contains("incoming/b/same.txt"), e::getMessage);
  }

  @Test
  void aGlobMatchingNothingAMissingPathAndABadGlobExitTwoBeforeAnyStackStarts(@TempDir Path dir) throws Exception {
    tree(dir);
    for (String[] c : new String[][] {{dir + "/articles/**/*.pdf", "no file matches the glob"},
        {dir + "/missing.txt", "no such file or folder"}, {dir + "/articles/[x", "not a valid glob"}}) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exit = Cli.run(new String[] {"process", dir + "/articles/top.html", c[0]}, new PrintWriter(out, true),
          new PrintWriter(err, true));
      assertEquals(2, exit, c[0]);
      assertTrue(err.toString().contains(c[1]) && err.toString().contains(c[0]), err::toString);
      assertEquals("", out.toString(), "nothing started");
    }
  }
}
