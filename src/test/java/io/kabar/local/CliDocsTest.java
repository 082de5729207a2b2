package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Issue 9, item 1: {@code kabar --help} lists every command, README's command table shows each one
 * with an example run, and README's exit-code table says what {@link Cli}'s help says.
 */
class CliDocsTest {
  private static String section(String heading) throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## " + heading + "\n");
    assertTrue(start >= 0, "README has a '## " + heading + "' section");
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  /** Every runnable command's path below {@code kabar} ("analyze", "local up", "eval ner"), help left out. */
  static List<String> leafCommands(CommandLine command, String prefix, List<String> into) {
    for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
      if (sub.getValue().getCommand() instanceof CommandLine.HelpCommand) {
        continue;
      }
      String path = (prefix.isEmpty() ? "" : prefix + " ") + sub.getKey();
      if (sub.getValue().getSubcommands().isEmpty()) {
        into.add(path);
      } else {
        leafCommands(sub.getValue(), path, into);
      }
    }
    return into;
  }

  @Test
  void helpListsEveryTopLevelCommand() {
    StringWriter out = new StringWriter();
    assertEquals(0, Cli.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
    CommandLine cli = new CommandLine(new Cli());
    for (String name : cli.getSubcommands().keySet()) {
      assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(name) + " ").matcher(out.toString()).find(),
          () -> name + " is not listed by kabar --help:\n" + out);
    }
  }

  @Test
  void readmeShowsEveryCommandInTheTableWithAnExampleRun() throws Exception {
    String table = section("Command line");
    List<String> commands = leafCommands(new CommandLine(new Cli()), "", new ArrayList<>());
    assertTrue(commands.containsAll(List.of("analyze", "demo", "process", "query", "report", "local up", "eval extraction",
        "train ner")), commands::toString);
    for (String command : commands) {
      String row = null;
      for (String line : table.split("\n")) {
        if (line.startsWith("| `" + command + "`") || line.startsWith("| `" + command + " ")) {
          row = line;
          break;
        }
      }
      assertTrue(row != null, () -> "README's command table has no row for '" + command + "'");
      String[] cells = row.split("(?<!\\\\)\\|", -1);
      String example = cells[cells.length - 2];
      assertTrue(example.contains("`java -jar target/kabar.jar " + command + " ") || example.contains("`java -jar target/kabar.jar "
          + command + "`"), () -> "the example of '" + command + "' does not run it: " + example);
    }
  }

  /**
   * Picocli formats help texts with {@code String.format}: a bare {@code %} ("7 % of") makes it print a warning
   * to standard error, three times, and show the raw text. No command's help may warn.
   */
  @Test
  void everyHelpRendersWithoutPicocliWarnings() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      for (CommandLine command : allCommands(new CommandLine(new Cli()), new ArrayList<>())) {
        command.getUsageMessage();
      }
    } finally {
      System.setErr(saved);
    }
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  private static List<CommandLine> allCommands(CommandLine command, List<CommandLine> into) {
    into.add(command);
    command.getSubcommands().values().forEach(sub -> allCommands(sub, into));
    return into;
  }

  @Test
  void readmeExitCodeTableMatchesTheHelp() throws Exception {
    Map<String, String> help = new LinkedHashMap<>();
    for (String entry : Cli.class.getAnnotation(Command.class).exitCodeList()) {
      int colon = entry.indexOf(':');
      help.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    Map<String, String> readme = new LinkedHashMap<>();
    for (String line : section("Command line").split("\n")) {
      if (line.matches("\\| `\\d` \\|.*")) {
        String[] cells = line.split("(?<!\\\\)\\|", -1);
        readme.put(cells[1].strip().replace("`", ""), cells[2].strip());
      }
    }
    assertEquals(help.keySet(), readme.keySet(), "README's exit-code table and kabar --help list the same codes");
    help.forEach((code, meaning) -> {
      String words = String.join(" ", List.of(meaning.split("[ ,(]+")).subList(0, Math.min(2, meaning.split("[ ,(]+").length)));
      assertTrue(readme.get(code).toLowerCase(Locale.ROOT).startsWith(words.toLowerCase(Locale.ROOT)),
          () -> "code " + code + ": help says '" + meaning + "', README '" + readme.get(code) + "'");
    });
  }
}
