package io.kabar.local;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kabar process}: the user's own files and folders through the whole local flow. */
@Command(name = "process", mixinStandardHelpOptions = true,
    description = {"Like demo, for your own files and folders (folders are walked recursively; hidden files "
        + "are skipped). Each file is uploaded to incoming/<path relative to its argument>.",
        "Exits 0 if every file reached SUMMARIZED, 3 if some FAILED (with an error code), 1 if the run did not finish.",
        "Example:", "  java -jar target/kabar.jar process ~/articles/ extra.html"})
final class ProcessCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  StackOptions options;

  @picocli.CommandLine.Option(names = "--timeout", paramLabel = "SECONDS",
      description = "How long to wait for processing (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds = 120;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    List<LocalRun.Upload> uploads = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        spec.commandLine().getErr().println("kabar: no such file or folder: " + path);
        return 2;
      }
      uploads.addAll(collect(path));
    }
    try (LocalStack stack = options.start(out, 0, 0)) {
      List<LocalRun.Result> results = LocalRun.run(stack, uploads, Duration.ofSeconds(timeoutSeconds), out);
      if (results.stream().allMatch(r -> "SUMMARIZED".equals(r.status()))) {
        return 0;
      }
      boolean finished = results.stream().allMatch(r -> "SUMMARIZED".equals(r.status()) || "FAILED".equals(r.status()));
      return finished ? Cli.EXIT_INPUT_FAILED : 1;
    }
  }

  static List<LocalRun.Upload> collect(Path root) {
    Path base = Files.isDirectory(root) ? root : root.toAbsolutePath().getParent();
    try (Stream<Path> files = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
      List<LocalRun.Upload> uploads = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Path relative = base.toAbsolutePath().relativize(file.toAbsolutePath());
        if (relative.toString().startsWith(".") || relative.getFileName().toString().startsWith(".")) {
          continue;
        }
        uploads.add(new LocalRun.Upload("incoming/" + relative.toString().replace('\\', '/'), Files.readAllBytes(file)));
      }
      return uploads;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root, e);
    }
  }
}
