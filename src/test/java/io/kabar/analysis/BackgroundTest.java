package io.kabar.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** {@link Background}: the result of another thread, or that thread's own failure, on join. */
class BackgroundTest {
  @Test
  void joinReturnsTheResultOfAnotherThread() throws Exception {
    Background<String> task = Background.start("kabar-test-init", () -> Thread.currentThread().getName());
    assertEquals("kabar-test-init", task.join());
  }

  @Test
  void joinRethrowsTheBackgroundFailureItself() {
    IllegalStateException boom = new IllegalStateException("model missing");
    Background<Object> failing = Background.start("t1", () -> {
      throw boom;
    });
    assertSame(boom, assertThrows(IllegalStateException.class, failing::join));

    OutOfMemoryError oom = new OutOfMemoryError("test");
    Background<Object> erroring = Background.start("t2", () -> {
      throw oom;
    });
    assertSame(oom, assertThrows(OutOfMemoryError.class, erroring::join));

    IOException io = new IOException("unreadable");
    Background<Object> checked = Background.start("t3", () -> {
      throw io;
    });
    assertSame(io, assertThrows(IllegalStateException.class, checked::join).getCause());
  }

  @Test
  void anInterruptDoesNotAbandonInitialisationAndIsKept() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Background<String> slow = Background.start("slow", () -> {
      release.await();
      return "loaded";
    });
    Thread.currentThread().interrupt(); // get() throws at once; join must wait on
    Thread releaser = new Thread(() -> {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      release.countDown();
    });
    releaser.start();
    try {
      assertEquals("loaded", slow.join());
      assertTrue(Thread.interrupted(), "the interrupt flag is restored (and cleared here)");
    } finally {
      Thread.interrupted();
    }
  }
}
