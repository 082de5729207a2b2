package io.kabar.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped data file loads, says where it comes from and has no duplicate (plain lists: sorted). */
class DataFilesTest {
  private static final Path RESOURCES = Path.of(System.getProperty("user.dir"), "src/main/resources/io/kabar");
  /** The packages whose data files follow the data-file conventions. */
  private static final Set<String> PIPELINE_DIRS = Set.of("parse", "nlp", "extract", "summarize");

  static List<Path> dataFiles() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files.filter(p -> p.toString().endsWith(".txt"))
          .filter(p -> PIPELINE_DIRS.contains(RESOURCES.relativize(p).getName(0).toString()))
          .sorted().toList();
    }
  }

  @Test
  void thereAreDataFiles() throws IOException {
    assertTrue(dataFiles().size() >= 20, "found " + dataFiles());
  }

  @Test
  void everyFileLoadsHasAProvenanceHeaderAndNoDuplicates() throws IOException {
    for (Path file : dataFiles()) {
      String resource = RESOURCES.getParent().getParent().relativize(file).toString().replace('\\', '/');
      List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
      assertTrue(raw.get(0).startsWith("#"), resource + ": first line must be a comment (gloss)");
      String header = String.join("\n", raw.stream().takeWhile(l -> l.startsWith("#")).toList());
      assertTrue(header.contains("Kabar team"), resource + ": header must give provenance");
      List<String> entries = DataFiles.lines(resource);
      assertFalse(entries.isEmpty(), resource + " is empty or not on the class path");
      Set<String> seen = new HashSet<>();
      for (String entry : entries) {
        assertTrue(seen.add(entry), resource + ": duplicate entry " + entry);
      }
      boolean plainList = entries.stream().noneMatch(e -> e.contains("\t"));
      if (plainList && !resource.endsWith("languages.txt") && !resource.endsWith("datelines.txt")) {
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(null);
        assertEquals(sorted, entries, resource + ": a plain word list must be sorted");
      }
    }
  }

  @Test
  void regexFilesCompile() throws IOException {
    for (Path file : dataFiles()) {
      String name = file.getFileName().toString();
      String resource = RESOURCES.getParent().getParent().relativize(file).toString().replace('\\', '/');
      if (name.startsWith("boilerplate-")) {
        for (String[] row : DataFiles.rows(resource)) {
          Pattern.compile(row[1]);
          assertTrue(row[0].matches("[A-Z_]+"), resource + ": reason must be UPPER_SNAKE: " + row[0]);
        }
      } else if (name.equals("datelines.txt")) {
        DataFiles.lines(resource).forEach(Pattern::compile);
      }
    }
  }

  @Test
  void missingFileReadsAsEmpty() {
    assertEquals(List.of(), DataFiles.lines("io/kabar/nlp/no-such-file.txt"));
    assertFalse(DataFiles.exists("io/kabar/nlp/no-such-file.txt"));
  }
}
