package io.kabar.local;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code kabar}: the command line. Exit codes: 0 success; 1 an internal error or a run that did
 * not finish; 2 bad usage; 3 some inputs failed (each reported with its error code; {@code process},
 * {@code analyze --strict}, and {@code query --article}/{@code report} of a missing article: plain
 * {@code analyze} exits 0 once every input has its answer). README's exit-code table says the same
 * ({@code CliDocsTest}).
 */
@Command(name = "kabar", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    description = "Serverless article processing, run locally: parse articles into entities, claims "
        + "and summaries, through the same Lambda handlers that run in AWS.",
    subcommands = {AnalyzeCommand.class, DemoCommand.class, ProcessCommand.class, QueryCommand.class, ReportCommand.class, LocalCommand.class,
        EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:internal error, or the run did not finish in time",
        "2:bad usage (a missing file, a glob that matches nothing, ...)",
        "3:some inputs failed, each reported with its error code: process, analyze --strict, and query --article or "
            + "report of an article that is not in the table"})
public final class Cli implements Runnable {
  /** Some inputs could not be processed. */
  public static final int EXIT_INPUT_FAILED = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Cli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("kabar: " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar manifest, or "development". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"kabar " + (version == null ? "development" : version) + ", pipeline "
          + io.kabar.analysis.Pipeline.VERSION};
    }
  }
}
