package io.kabar.local;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kabar local}: the local stack as a long-running service. */
@Command(name = "local", mixinStandardHelpOptions = true, description = "The local stack.",
    subcommands = {LocalCommand.Up.class, LocalCommand.SoakCommand.class})
final class LocalCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code kabar local up}. */
  @Command(name = "up", mixinStandardHelpOptions = true,
      description = {"Start S3 and DynamoDB on loopback with both functions wired and keep them running until "
          + "Ctrl-C. Any S3 client's upload under incoming/ is processed; any DynamoDB client can read the results.",
          "Example:", "  java -jar target/kabar.jar local up --s3-port 4566 --dynamodb-port 8000"})
  static final class Up implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StackOptions options;

    @Option(names = "--s3-port", description = "S3 port on 127.0.0.1 (default: ${DEFAULT-VALUE}, as in events/env.json).")
    int s3Port = 4566;

    @Option(names = "--dynamodb-port", description = "DynamoDB port on 127.0.0.1 (default: ${DEFAULT-VALUE}, as in events/env.json).")
    int dynamoPort = 8000;

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      LocalStack stack = options.start(out, s3Port, dynamoPort);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stack.close();
        stopped.countDown();
      }, "kabar-local-stop"));
      out.printf("%nready. Credentials: access key %s, secret %s, region us-east-1%n", S3ProxyServer.ACCESS_KEY,
          S3ProxyServer.SECRET_KEY);
      out.printf("  export AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_REGION=us-east-1%n",
          S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY);
      out.printf("  aws --endpoint-url %s s3 cp article.txt s3://%s/%s%n", stack.s3Endpoint(), LocalStack.BUCKET,
          stack.settings().incomingPrefix() + "article.txt");
      out.printf("  aws --endpoint-url %s dynamodb scan --table-name %s%n", stack.dynamoEndpoint(), LocalStack.TABLE);
      out.println("Ctrl-C stops the stack.");
      out.flush();
      stopped.await();
      return CommandLine.ExitCode.OK;
    }
  }

  /** {@code kabar local soak}. */
  @Command(name = "soak", mixinStandardHelpOptions = true,
      description = {"Soak test: upload many articles through the local stack with injected transient faults "
          + "(S3 503 SlowDown, DynamoDB throttling, 5xx, timeouts, connection resets), duplicate and reordered "
          + "S3 events and bad files; then check that every key has exactly one terminal state and nothing is "
          + "duplicated. Exit code 0 when lost = 0 and duplicated = 0, 1 otherwise.",
          "Example:", "  java -jar target/kabar.jar local soak --uploads 10000"})
  static final class SoakCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--uploads", description = "Keys to upload (default: ${DEFAULT-VALUE}).")
    int uploads = 1000;

    @Option(names = "--workers", description = "Concurrent parse invocations (default: ${DEFAULT-VALUE}).")
    int workers = 8;

    @Option(names = "--fault-rate", description = "Share of S3 GetObject/PutObject and DynamoDB write attempts "
        + "that fail transiently (default: ${DEFAULT-VALUE}).")
    double faultRate = 0.10;

    @Option(names = "--duplicate-rate", description = "Share of keys whose event is delivered twice (default: ${DEFAULT-VALUE}).")
    double duplicateRate = 0.05;

    @Option(names = "--reorder-rate", description = "Share of keys uploaded twice whose older event arrives "
        + "again after the newer one (default: ${DEFAULT-VALUE}).")
    double reorderRate = 0.05;

    @Option(names = "--bad-rate", description = "Share of bad files (default: ${DEFAULT-VALUE}).")
    double badRate = 0.05;

    @Option(names = "--seed", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--timeout-minutes", description = "How long to wait for the stack to finish (default: ${DEFAULT-VALUE}).")
    long timeoutMinutes = 60;

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      Soak.Report report = Soak.run(new Soak.Options(uploads, Math.max(1, workers), faultRate, duplicateRate,
          reorderRate, badRate, seed, java.time.Duration.ofMinutes(timeoutMinutes)), out);
      return report.healthy() ? CommandLine.ExitCode.OK : 1;
    }
  }
}
