package io.kabar.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kabar.handler.Clients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Uploads to the local S3 need no retry. With the SDK's {@code aws-chunked} uploads over plain HTTP,
 * about one upload in 50-200 failed against S3Proxy after the server had stored it, so the retry
 * stored and notified it twice; a CI soak once lost the race on all four attempts of one upload.
 * {@link Clients#s3Service()} sends signed payloads whole. Each client here makes 2,000 uploads from
 * four threads and counts the SDK's retries.
 */
class LocalUploadsIT {
  private static final int THREADS = 4;
  private static final int PER_THREAD = 500;

  @Test
  void theLocalStacksClientUploadsWithoutARetry() throws Exception {
    try (S3ProxyServer server = S3ProxyServer.start(0)) {
      S3Client s3 = LocalStack.s3Client(server.endpoint());
      s3.createBucket(b -> b.bucket("uploads"));
      assertEquals(0, retriesOver(s3, "uploads"), "retries over " + THREADS * PER_THREAD + " uploads");
    }
  }

  @Test
  void theFunctionsClientUploadsWithoutARetry() throws Exception {
    try (S3ProxyServer server = S3ProxyServer.start(0)) {
      String id = System.getProperty("aws.accessKeyId");
      String secret = System.getProperty("aws.secretAccessKey");
      System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
      System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
      try {
        S3Client s3 = Clients.s3(Map.of("AWS_ENDPOINT_URL_S3", server.endpoint().toString()));
        s3.createBucket(b -> b.bucket("uploads"));
        assertEquals(0, retriesOver(s3, "uploads"), "retries over " + THREADS * PER_THREAD + " uploads");
      } finally {
        restore("aws.accessKeyId", id);
        restore("aws.secretAccessKey", secret);
      }
    }
  }

  /** Uploads from {@link #THREADS} threads, checks each thread's last object, returns the SDK's retries. */
  private static long retriesOver(S3Client s3, String bucket) throws Exception {
    AtomicLong retries = new AtomicLong();
    AtomicInteger calls = new AtomicInteger();
    MetricPublisher counter = new MetricPublisher() {
      @Override
      public void publish(MetricCollection metrics) {
        calls.incrementAndGet();
        metrics.metricValues(CoreMetric.RETRY_COUNT).forEach(retries::addAndGet);
      }

      @Override
      public void close() { }
    };
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<byte[]>> lastWritten = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String key = "incoming/thread-" + t + ".txt";
        Random random = new Random(t);
        lastWritten.add(pool.submit(() -> {
          byte[] bytes = null;
          for (int i = 0; i < PER_THREAD; i++) {
            bytes = new byte[1_000 + random.nextInt(20_000)];
            random.nextBytes(bytes);
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key)
                .overrideConfiguration(o -> o.addMetricPublisher(counter)).build(), RequestBody.fromBytes(bytes));
          }
          return bytes;
        }));
      }
      for (int t = 0; t < THREADS; t++) {
        String key = "incoming/thread-" + t + ".txt";
        assertArrayEquals(lastWritten.get(t).get(), s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(THREADS * PER_THREAD, calls.get(), "every upload published its metrics");
    return retries.get();
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
