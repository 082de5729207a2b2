package io.kabar.local;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Options shared by the commands that start the local stack. */
final class StackOptions {
  @Option(names = "--workers", paramLabel = "N", description = "Concurrent parse invocations (default: number of cores).")
  int workers = Runtime.getRuntime().availableProcessors();

  @Option(names = {"-v", "--verbose"}, description = "Print the functions' JSON log lines to standard error.")
  boolean verbose;

  /** Starts the stack on the given ports (0 = any free port) and prints its endpoints. */
  LocalStack start(PrintWriter out, int s3Port, int dynamoPort) {
    out.println("starting local stack (S3Proxy in-process, dynalite on loopback)…");
    out.flush();
    PrintStream log = verbose ? System.err : null;
    LocalStack stack = LocalStack.start(s3Port, dynamoPort, Math.max(1, workers), log);
    out.println("  S3       " + stack.s3Endpoint() + "  bucket " + LocalStack.BUCKET);
    out.println("  DynamoDB " + stack.dynamoEndpoint() + "  table " + LocalStack.TABLE);
    out.flush();
    return stack;
  }
}
