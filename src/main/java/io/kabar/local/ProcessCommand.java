package io.kabar.local;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kabar process}: the user's own files, folders and globs through the whole local flow. */
@Command(name = "process", mixinStandardHelpOptions = true,
    description = {"Your own files, folders and globs through the whole local flow, like demo.",
        "Folders are walked recursively and hidden files are skipped. A glob is expanded by kabar itself (quote it so every shell passes it on): '*' and "
        + "'?' stay within a folder, '**' crosses folders (also none: 'a/**/*.html' matches a/x.html), "
        + "'{html,md}' lists alternatives. Each file is uploaded to incoming/<path relative to its folder "
        + "argument, or to the glob's fixed leading folders>.",
        "Parse invocations run in parallel (--workers, default: every core). With more than 5 files a progress "
            + "line (done/failed/total, ETA) goes to standard error: redrawn in place on a terminal, a plain line "
            + "per tenth of the files otherwise. At the end a table: each file's status, key, article id, "
            + "language, entities, claims and error code, then the totals and the elapsed time; --json prints "
            + "one JSON document instead.",
        "Exits 0 if every file reached SUMMARIZED, 3 if some FAILED (with an error code), 1 if the run did not "
            + "finish, 2 on bad usage (a missing path, a glob that matches nothing, two files for one key).",
        "Examples:", "  kabar process ~/articles/ extra.html", "  kabar process 'articles/**/*.{html,md}' more/ --json > run.json"})
final class ProcessCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StackOptions options;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "How long to wait for processing (default: 120, or 1 s per file when there are more).")
  Long timeoutSeconds;

  @Option(names = "--json", description = "One JSON document on standard output (files, totals, elapsedMs, parse, "
      + "deadLetters) instead of the table; the stack's start-up lines go to standard error.")
  boolean json;

  @Option(names = "--details", description = "Print each article's records (as demo does) before the table.")
  boolean details;

  /** When progress is shown. */
  enum ProgressOption { auto, bar, lines, none }

  @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto", description = "auto (default: a bar when "
      + "standard error is a terminal, else plain lines; nothing for 5 files or fewer), bar, lines or none.")
  ProgressOption progress;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
  List<String> paths;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<LocalRun.Upload> uploads;
    try {
      uploads = uploads(paths);
    } catch (UsageException e) {
      err.println("kabar: " + e.getMessage());
      return 2;
    }
    PrintWriter info = json ? err : out;
    Progress bar = new Progress(switch (progress) {
      case auto -> Progress.mode(uploads.size(), System.console() != null, true);
      case bar -> Progress.Mode.BAR;
      case lines -> Progress.Mode.LINES;
      case none -> Progress.Mode.NONE;
    }, uploads.size(), err);
    long timeout = timeoutSeconds != null ? timeoutSeconds : Math.max(120, uploads.size());
    try (LocalStack stack = options.start(info, 0, 0)) {
      info.println("processing " + uploads.size() + " file(s) on " + stack.workers() + " parse worker(s)…");
      info.flush();
      LocalRun.Outcome outcome = LocalRun.run(stack, uploads, Duration.ofSeconds(timeout), bar);
      if (!outcome.finished()) {
        err.println("kabar: still processing after " + timeout + " s; reporting what is done (--timeout)");
      }
      if (json) {
        out.println(LocalRun.json(outcome));
      } else {
        if (details) {
          LocalRun.printRecords(stack, outcome, out);
        } else {
          LocalRun.printDeadLetters(outcome, out);
        }
        LocalRun.printTable(outcome, out);
      }
      out.flush();
      if (outcome.allSummarized()) {
        return 0;
      }
      return outcome.allTerminal() ? Cli.EXIT_INPUT_FAILED : 1;
    }
  }

  /** A usage error: the message says what is wrong. */
  static final class UsageException extends Exception {
    UsageException(String message) {
      super(message);
    }
  }

  /** The uploads of every argument, each file once, in argument order then path order. */
  static List<LocalRun.Upload> uploads(List<String> arguments) throws UsageException {
    Map<String, Path> byKey = new LinkedHashMap<>();
    for (String argument : arguments) {
      for (Map.Entry<String, Path> file : files(argument).entrySet()) {
        Path previous = byKey.putIfAbsent(file.getKey(), file.getValue());
        if (previous != null && !sameFile(previous, file.getValue())) {
          throw new UsageException("two files would be uploaded as " + file.getKey() + ": " + previous + " and "
              + file.getValue() + " (pass their common parent folder instead)");
        }
      }
    }
    List<LocalRun.Upload> uploads = new ArrayList<>();
    byKey.forEach((key, file) -> {
      try {
        uploads.add(new LocalRun.Upload(key, Files.readAllBytes(file)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    });
    return uploads;
  }

  /** The files one argument names, by object key: a file, a folder's files, or a glob's matches. */
  static Map<String, Path> files(String argument) throws UsageException {
    Path path = null;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      // not a path on this system: it can still be a glob
    }
    if (path != null && Files.exists(path)) {
      return collect(path);
    }
    if (!isGlob(argument)) {
      throw new UsageException("no such file or folder: " + argument);
    }
    Map<String, Path> matches = glob(argument);
    if (matches.isEmpty()) {
      throw new UsageException("no file matches the glob '" + argument + "'");
    }
    return matches;
  }

  static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /**
   * The files a glob matches, keyed by their path below the glob's fixed leading folders
   * ({@code articles/2024/**}{@code /*.html}: below {@code articles/2024}). Matched with
   * {@link java.nio.file.FileSystem#getPathMatcher} glob syntax; {@code **}{@code /} also matches no folder,
   * as in bash's globstar. Hidden files and folders below the fixed part are skipped.
   */
  static Map<String, Path> glob(String pattern) throws UsageException {
    String normalized = pattern.replace('\\', '/').replace(java.io.File.separatorChar, '/');
    String[] parts = normalized.split("/", -1);
    int fixed = 0;
    while (fixed < parts.length - 1 && !isGlob(parts[fixed])) {
      fixed++;
    }
    String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, fixed));
    Path root = Path.of(base.isEmpty() ? (normalized.startsWith("/") ? "/" : ".") : base);
    String rest = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
    List<PathMatcher> matchers = new ArrayList<>();
    try {
      for (String variant : globstarVariants(rest)) {
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException("not a valid glob '" + pattern + "': " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (!Files.isDirectory(root)) {
      return new LinkedHashMap<>();
    }
    return filesBelow(root, relative -> matchers.stream().anyMatch(m -> m.matches(relative)));
  }

  /** The glob itself and, for each {@code **}{@code /} in it, the variant without it (zero folders). */
  static List<String> globstarVariants(String glob) {
    int at = glob.indexOf("**/");
    if (at < 0) {
      return List.of(glob);
    }
    List<String> variants = new ArrayList<>();
    for (String tail : globstarVariants(glob.substring(at + 3))) {
      variants.add(glob.substring(0, at + 3) + tail);
      variants.add(glob.substring(0, at) + tail);
    }
    return variants;
  }

  /** A file as {@code incoming/<name>}, a folder's files as {@code incoming/<path below it>} (hidden ones skipped). */
  static Map<String, Path> collect(Path root) {
    if (!Files.isDirectory(root)) {
      Map<String, Path> file = new LinkedHashMap<>();
      file.put("incoming/" + root.getFileName(), root);
      return file;
    }
    return filesBelow(root, relative -> true);
  }

  /**
   * The regular files below {@code folder} whose path relative to it is {@code wanted}, hidden ones skipped,
   * in path order, keyed {@code incoming/<relative path>}.
   */
  private static Map<String, Path> filesBelow(Path folder, java.util.function.Predicate<Path> wanted) {
    Map<String, Path> files = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        Path relative = folder.relativize(file);
        if (!hidden(relative) && wanted.test(relative)) {
          files.put("incoming/" + slashes(relative), file);
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String slashes(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
