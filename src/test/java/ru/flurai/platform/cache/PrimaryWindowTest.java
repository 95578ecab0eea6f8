package ru.flurai.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PrimaryWindowTest {
  private final AtomicLong nanos = new AtomicLong();
  private final PrimaryWindow window = new PrimaryWindow(Duration.ofSeconds(30), nanos::get);

  @Test
  void aChangedKeyReadsThePrimaryForTheWindowOnly() {
    assertFalse(window.open("shop", "1"));
    window.changed("shop", "1");
    assertTrue(window.open("shop", "1"));
    assertFalse(window.open("shop", "2"), "other keys keep reading the replica");
    assertFalse(window.open("products", "1"), "the same key of another region is another key");
    nanos.addAndGet(TimeUnit.SECONDS.toNanos(29));
    assertTrue(window.open("shop", "1"));
    nanos.addAndGet(TimeUnit.SECONDS.toNanos(2));
    assertFalse(window.open("shop", "1"), "back to the replica after the window");
  }

  @Test
  void aWholeRegionChangeCoversEveryKeyOfThatRegion() {
    window.changed("list", null);
    assertTrue(window.open("list", "page-1"));
    assertTrue(window.open("list", "anything"));
    assertFalse(window.open("listing", "x"), "a region whose name starts alike is not covered");
    nanos.addAndGet(TimeUnit.SECONDS.toNanos(31));
    assertFalse(window.open("list", "page-1"));
  }

  @Test
  void aRepeatedChangeRestartsTheWindow() {
    window.changed("shop", "1");
    nanos.addAndGet(TimeUnit.SECONDS.toNanos(20));
    window.changed("shop", "1");
    nanos.addAndGet(TimeUnit.SECONDS.toNanos(20));
    assertTrue(window.open("shop", "1"));
  }

  @Test
  void theLoaderSeesThePrimaryFlagOnlyWhileItRuns() {
    assertFalse(PrimaryWindow.readPrimary());
    assertEquals(Boolean.TRUE, PrimaryWindow.onPrimary(PrimaryWindow::readPrimary));
    assertEquals(
        Boolean.TRUE,
        PrimaryWindow.onPrimary(
            () -> PrimaryWindow.onPrimary(() -> 1) == 1 && PrimaryWindow.readPrimary()),
        "a nested reload keeps the outer flag");
    assertFalse(PrimaryWindow.readPrimary());
  }
}
