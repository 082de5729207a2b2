package io.kabar.local;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Fault injection for the SDK clients of the functions (tests and {@code kabar local soak}): an
 * {@link ExecutionInterceptor} that routes the HTTP attempts of S3 GetObject/PutObject and
 * DynamoDB writes through a small proxy on loopback which, at a configurable rate per operation,
 * does not forward an attempt to the real server (S3Proxy, dynalite) but answers it the way AWS
 * fails:
 *
 * <ul>
 *   <li>{@link Fault#THROTTLE}: S3 {@code 503 SlowDown}; DynamoDB {@code 400
 *       ProvisionedThroughputExceededException} or {@code ThrottlingException} (alternately);</li>
 *   <li>{@link Fault#SERVER_ERROR}: S3 {@code 500 InternalError}, DynamoDB {@code 500
 *       InternalServerError};</li>
 *   <li>{@link Fault#TIMEOUT}: accepts and never answers (the client's attempt timeout fires);</li>
 *   <li>{@link Fault#RESET}: reads the request and resets the connection (TCP RST).</li>
 * </ul>
 *
 * <p>The faulted attempt never reaches the real server, so it is a clean "not executed" failure,
 * as these AWS errors are. The decision is made per attempt (per connection to the proxy), so the SDK's retries see fresh
 * odds; attempts without a fault are forwarded unchanged (signature included) and relayed.
 * Counts of attempts and injected faults per operation are kept for the reports.
 */
public final class FaultInjector implements ExecutionInterceptor, AutoCloseable {
  /** The operations faults can be injected into. */
  public enum Operation {
    S3_GET, S3_PUT,
    /** PutItem, UpdateItem, DeleteItem other than a META put: children, summaries, status changes, clean-up. */
    DYNAMO_WRITE,
    /** PutItem of a META item: the commit point. */
    DYNAMO_META_WRITE,
    /** BatchWriteItem: children and their clean-up. */
    DYNAMO_BATCH_WRITE
  }

  /** What an injected fault looks like on the wire. */
  public enum Fault { THROTTLE, SERVER_ERROR, TIMEOUT, RESET }

  private static final String HEADER = "x-kabar-fault";

  private final Map<Operation, Double> rates;
  private final Fault[] faults;
  private final Duration hang;
  private final Random random;
  private final ServerSocket server;
  private final ExecutorService acceptor = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "kabar-fault-server");
    thread.setDaemon(true);
    return thread;
  });
  private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
  private final AtomicLong throttleFlavour = new AtomicLong();
  private volatile boolean closed;

  /**
   * @param rates  probability of a fault per attempt, by operation (absent: 0)
   * @param faults the faults to choose from, uniformly
   * @param hang   how long a {@link Fault#TIMEOUT} holds the connection (longer than the
   *               client's attempt timeout)
   * @param seed   seed of the decisions, for reproducible runs
   */
  public FaultInjector(Map<Operation, Double> rates, java.util.Set<Fault> faults, Duration hang, long seed) {
    this.rates = new EnumMap<>(Operation.class);
    this.rates.putAll(rates);
    this.faults = faults.toArray(Fault[]::new);
    if (this.faults.length == 0) {
      throw new IllegalArgumentException("name at least one fault");
    }
    this.hang = hang;
    this.random = new Random(seed);
    try {
      this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the fault server", e);
    }
    acceptor.execute(this::accept);
  }

  /** The same rate for every operation and every kind of fault. */
  public static FaultInjector uniform(double rate, Duration hang, long seed) {
    Map<Operation, Double> rates = new EnumMap<>(Operation.class);
    for (Operation operation : Operation.values()) {
      rates.put(operation, rate);
    }
    return new FaultInjector(rates, java.util.EnumSet.allOf(Fault.class), hang, seed);
  }

  /** Changes the rate of {@code operation} (e.g. 1.0 to make it fail for good, 0 to heal it). */
  public void rate(Operation operation, double rate) {
    synchronized (rates) {
      rates.put(operation, rate);
    }
  }

  /**
   * Routes every request of a covered operation through the fault server. The SDK calls this once
   * per call, not per attempt, so the server decides per attempt (per connection): it either
   * answers with a fault or forwards the attempt unchanged to the real server named in the
   * marker header, and relays its answer.
   */
  @Override
  public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
    Operation operation = operation(context.request());
    if (operation == null) {
      return context.httpRequest();
    }
    SdkHttpRequest request = context.httpRequest();
    int port = request.port();
    return request.toBuilder().protocol("http").host(server.getInetAddress().getHostAddress())
        .port(server.getLocalPort())
        .putHeader(HEADER, operation.name() + "," + request.host() + "," + port).build();
  }

  private Fault decide(Operation operation) {
    count("attempts." + operation);
    Fault fault;
    synchronized (rates) {
      double rate = rates.getOrDefault(operation, 0.0);
      if (rate <= 0 || random.nextDouble() >= rate) {
        return null;
      }
      fault = faults[random.nextInt(faults.length)];
    }
    count("injected." + operation + "." + fault);
    count("injected");
    return fault;
  }

  static Operation operation(SdkRequest request) {
    if (request instanceof GetObjectRequest) {
      return Operation.S3_GET;
    }
    if (request instanceof PutObjectRequest) {
      return Operation.S3_PUT;
    }
    if (request instanceof PutItemRequest put && put.item().containsKey("SK")
        && "META".equals(put.item().get("SK").s())) {
      return Operation.DYNAMO_META_WRITE;
    }
    if (request instanceof PutItemRequest || request instanceof UpdateItemRequest
        || request instanceof DeleteItemRequest) {
      return Operation.DYNAMO_WRITE;
    }
    if (request instanceof BatchWriteItemRequest) {
      return Operation.DYNAMO_BATCH_WRITE;
    }
    return null;
  }

  private void count(String name) {
    counts.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
  }

  /** Faults injected so far, in all. */
  public long injected() {
    return get("injected");
  }

  /** A counter: {@code injected}, {@code attempts.<OP>}, {@code injected.<OP>.<FAULT>}. */
  public long get(String name) {
    AtomicLong count = counts.get(name);
    return count == null ? 0 : count.get();
  }

  /** Every counter, sorted by name. */
  public Map<String, Long> counts() {
    Map<String, Long> copy = new TreeMap<>();
    counts.forEach((k, v) -> copy.put(k, v.get()));
    return copy;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        acceptor.execute(() -> answer(socket));
      } catch (IOException e) {
        if (!closed) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private void answer(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      List<String> head = new ArrayList<>();
      Map<String, String> headers = readHead(in, head);
      String[] marker = headers.getOrDefault(HEADER, "S3_GET,127.0.0.1,80").split(",");
      Operation operation = Operation.valueOf(marker[0]);
      boolean dynamo = operation.name().startsWith("DYNAMO");
      OutputStream out = socket.getOutputStream();
      if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      byte[] body = in.readNBytes((int) Long.parseLong(headers.getOrDefault("content-length", "0")));
      Fault fault = decide(operation);
      if (fault == null) {
        forward(head, body, marker[1], Integer.parseInt(marker[2]), out);
        return;
      }
      switch (fault) {
        case TIMEOUT -> Thread.sleep(hang.toMillis());
        case RESET -> socket.setSoLinger(true, 0);
        case THROTTLE -> respond(out, dynamo ? 400 : 503, dynamo
            ? dynamoError(throttleFlavour.getAndIncrement() % 2 == 0
                ? "ProvisionedThroughputExceededException" : "ThrottlingException", "injected throttling")
            : s3Error("SlowDown", "Please reduce your request rate (injected)"), dynamo);
        case SERVER_ERROR -> respond(out, 500, dynamo
            ? dynamoError("InternalServerError", "injected server error")
            : s3Error("InternalError", "We encountered an internal error (injected)"), dynamo);
        default -> throw new IllegalStateException(fault.name());
      }
    } catch (IOException | RuntimeException e) {
      // the client gave up or the connection was reset on purpose
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sends the attempt, byte for byte but with {@code Connection: close} and without {@code Expect},
   * to the real server and relays the answer.
   */
  private static void forward(List<String> head, byte[] body, String host, int port, OutputStream out)
      throws IOException {
    try (Socket upstream = new Socket(host, port)) {
      StringBuilder request = new StringBuilder();
      for (String line : head) {
        String lower = line.toLowerCase(Locale.ROOT);
        // the marker stays (it is signed); connection and expect are not signed and are the proxy's business
        if (!lower.startsWith("connection:") && !lower.startsWith("expect:")) {
          request.append(line).append("\r\n");
        }
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream up = upstream.getOutputStream();
      up.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      up.write(body);
      up.flush();
      upstream.getInputStream().transferTo(out);
      out.flush();
    }
  }

  /** Reads the request line and headers into {@code head}; returns the headers by lower-case name. */
  private static Map<String, String> readHead(InputStream in, List<String> head) throws IOException {
    Map<String, String> headers = new java.util.HashMap<>();
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        String text = line.toString();
        if (text.endsWith("\r")) {
          text = text.substring(0, text.length() - 1);
        }
        line.setLength(0);
        if (text.isEmpty()) {
          break;
        }
        int colon = text.indexOf(':');
        if (!head.isEmpty() && colon > 0) {
          headers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
        }
        head.add(text);
      } else {
        line.append((char) c);
      }
    }
    return headers;
  }

  private static String dynamoError(String type, String message) {
    return "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + type + "\",\"message\":\"" + message + "\"}";
  }

  private static String s3Error(String code, String message) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
        + "</Message><RequestId>FAULT</RequestId></Error>";
  }

  private static void respond(OutputStream out, int status, String body, boolean dynamo) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 " + status + " Injected\r\nContent-Type: "
        + (dynamo ? "application/x-amz-json-1.0" : "application/xml") + "\r\nContent-Length: " + bytes.length
        + "\r\nx-amzn-RequestId: FAULT\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.flush();
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    acceptor.shutdownNow();
  }
}
