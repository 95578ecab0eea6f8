package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.Unavailable;

/**
 * No more than two decodes at once; a decode that cannot start in time is a 503, and permits always
 * return.
 */
class UploadGateTest {
  @Test
  void atMostTwoDecodesRunAtOnce() throws Exception {
    UploadGate gate = new UploadGate(UploadGate.CONCURRENT_DECODES, 10_000);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        results.add(
            pool.submit(
                () ->
                    gate.limited(
                        () -> {
                          peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                          sleep(50);
                          running.decrementAndGet();
                          return 1;
                        })));
      }
      for (Future<Integer> r : results) {
        assertEquals(1, r.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, peak.get());
  }

  @Test
  void busyIs503AndFailuresReleaseTheirPermit() throws Exception {
    UploadGate gate = new UploadGate(1, 50);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                gate.limited(
                    () -> {
                      holding.countDown();
                      await(release);
                      return 0;
                    }));
    holder.start();
    assertTrue(holding.await(5, TimeUnit.SECONDS));
    Unavailable busy = assertThrows(Unavailable.class, () -> gate.limited(() -> 1));
    assertEquals(UploadGate.BUSY, busy.detail());
    release.countDown();
    holder.join(5_000);
    assertThrows(
        Invalid.class,
        () ->
            gate.limited(
                () -> {
                  throw new Invalid("decode failed");
                }));
    assertEquals(7, gate.limited(() -> 7), "the failed decode gave its permit back");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
