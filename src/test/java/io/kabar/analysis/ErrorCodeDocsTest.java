package io.kabar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 7, item 7: README's error-code table names every {@link ErrorCode}, with a cause and a remedy, and no other. */
class ErrorCodeDocsTest {

  @Test
  void readmeTableListsEveryErrorCodeWithCauseAndRemedy() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Error codes\n");
    assertTrue(section >= 0, "README has an '## Error codes' section");
    int end = readme.indexOf("\n## ", section + 1);
    String table = readme.substring(section, end < 0 ? readme.length() : end);
    Set<String> documented = new LinkedHashSet<>();
    for (String line : table.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("(?<!\\\\)\\|", -1);
      assertEquals(5, cells.length, "three columns (code, cause, what to do): " + line);
      String code = cells[1].strip().replace("`", "");
      assertTrue(cells[2].strip().length() > 20, code + ": the cause is explained");
      assertTrue(cells[3].strip().length() > 20, code + ": what the user should do is said");
      assertTrue(documented.add(code), code + " is documented once");
    }
    Set<String> codes = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    assertEquals(codes, documented, "README's error-code table and ErrorCode name the same codes");
  }
}
