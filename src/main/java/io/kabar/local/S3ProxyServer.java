package io.kabar.local;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * S3Proxy in this JVM on a loopback port, over an in-memory store that emits S3 event
 * notifications. Requests must be signed with {@link #ACCESS_KEY}/{@link #SECRET_KEY}.
 */
public final class S3ProxyServer implements AutoCloseable {
  public static final String ACCESS_KEY = "kabar-local";
  public static final String SECRET_KEY = "kabar-local-secret";

  private final S3Proxy proxy;

  private S3ProxyServer(S3Proxy proxy) {
    this.proxy = proxy;
  }

  /** Starts on {@code 127.0.0.1:port} ({@code 0} picks a free port), without event notifications. */
  public static S3ProxyServer start(int port) {
    return start(port, (name, bucket, key, size, etag, version, sequencer, time) -> { });
  }

  /** Starts on {@code 127.0.0.1:port} ({@code 0} picks a free port), notifying {@code listener}. */
  static S3ProxyServer start(int port, NotifyingBlobStore.Listener listener) {
    int chosen = port == 0 ? Ports.free() : port;
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(new NotifyingBlobStore(new TransientNio2BlobStore(), listener))
        .endpoint(URI.create("http://127.0.0.1:" + chosen))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
        // newer SDKs send x-amz-sdk-checksum-* and similar headers S3Proxy does not know; they change nothing here
        .ignoreUnknownHeaders(true)
        .build();
    try {
      proxy.start();
      for (int i = 0; i < 200 && !"STARTED".equals(proxy.getState()); i++) {
        Thread.sleep(25);
      }
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not start on port " + chosen + ": " + e.getMessage(), e);
    }
    if (!"STARTED".equals(proxy.getState())) {
      throw new IllegalStateException("S3Proxy did not start on port " + chosen + " (state " + proxy.getState() + ")");
    }
    return new S3ProxyServer(proxy);
  }

  /** The endpoint, {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not stop cleanly", e);
    }
  }
}
