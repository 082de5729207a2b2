package io.kabar.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * dynalite (a DynamoDB-compatible server on Node.js, pinned in {@code package.json}) as a child
 * process on a loopback port, in memory. Stops with {@link #close()} or when the JVM exits.
 */
public final class DynaliteServer implements AutoCloseable {
  static final String CLI = "node_modules/dynalite/cli.js";
  private static final long START_TIMEOUT_SECONDS = 30;

  private final Process process;
  private final int port;
  private final Thread shutdownHook;

  private DynaliteServer(Process process, int port) {
    this.process = process;
    this.port = port;
    this.shutdownHook = new Thread(process::destroy, "dynalite-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts dynalite on {@code 127.0.0.1:port} ({@code 0} picks a free port).
   *
   * @throws IllegalStateException when Node.js or dynalite is missing (the message says what to
   *     run) or the server does not come up
   */
  public static DynaliteServer start(int port) {
    Path cli = locate().orElseThrow(() -> new IllegalStateException(
        "dynalite is not installed: run 'npm ci' in the Kabar project folder (needs Node.js 20 or later), "
            + "or set KABAR_DYNALITE to the path of dynalite's cli.js"));
    String node = nodeExecutable();
    int chosen = port == 0 ? Ports.free() : port;
    List<String> command = List.of(node, cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(chosen),
        "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0");
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run Node.js ('" + node + "'): install Node.js 20 or later "
          + "(Debian: apt-get install nodejs npm) and run 'npm ci' in the Kabar project folder", e);
    }
    CountDownLatch listening = new CountDownLatch(1);
    StringBuilder output = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = lines.readLine()) != null; ) {
          synchronized (output) {
            if (output.length() < 4000) {
              output.append(line).append('\n');
            }
          }
          if (line.contains("listening")) {
            listening.countDown();
          }
        }
      } catch (IOException ignored) {
        // the process ended; start() reports it
      }
    }, "dynalite-output");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!listening.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS) || !process.isAlive()) {
        process.destroyForcibly();
        synchronized (output) {
          throw new IllegalStateException("dynalite did not start on port " + chosen + " within "
              + START_TIMEOUT_SECONDS + " s; it printed: " + output);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting dynalite", e);
    }
    return new DynaliteServer(process, chosen);
  }

  /** The endpoint, {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public int port() {
    return port;
  }

  /**
   * Where dynalite's {@code cli.js} is: {@code KABAR_DYNALITE}, else {@code node_modules} in the
   * working directory, the {@code kabar.projectDir} property's folder, or a parent of the jar.
   */
  static Optional<Path> locate() {
    List<Path> candidates = new ArrayList<>();
    String configured = System.getenv("KABAR_DYNALITE");
    if (configured != null && !configured.isBlank()) {
      candidates.add(Paths.get(configured));
    }
    candidates.add(Paths.get("").toAbsolutePath().resolve(CLI));
    String projectDir = System.getProperty("kabar.projectDir");
    if (projectDir != null) {
      candidates.add(Paths.get(projectDir).resolve(CLI));
    }
    try {
      Path jar = Paths.get(DynaliteServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
        candidates.add(dir.resolve(CLI));
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // no code source: rely on the other candidates
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  private static String nodeExecutable() {
    String configured = System.getenv("KABAR_NODE");
    return configured == null || configured.isBlank() ? "node" : configured;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException ignored) {
      // already shutting down
    }
  }
}
