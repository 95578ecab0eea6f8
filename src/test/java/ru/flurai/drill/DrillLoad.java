package ru.flurai.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The steady mixed load: two anonymous browsers, three buyer threads (browse, cart, checkout with
 * an Idempotency-Key and retries) and one seller desk accepting new orders, each a thread of its
 * own with its own client address, paced well under nginx's per-address limit. {@link #pause} waits
 * for every action in flight (a checkout with all its retries is one action) and holds the clients
 * until {@link #resume}, so that invariants are read on a still database.
 */
final class DrillLoad {
  private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock(true);
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;
  final List<DrillBuyer> buyers = new ArrayList<>();

  DrillLoad(DrillHttp http, DrillWorld world) {
    long base = 6_100_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
    for (int i = 0; i < 3; i++) {
      DrillBuyer b =
          new DrillBuyer(http, world, base + i * DrillBuyer.PEOPLE, "198.51.100." + (10 + i));
      buyers.add(b);
      threads.add(thread("buyer-" + i, b::cycle, 1000));
    }
    for (int i = 0; i < 2; i++) {
      DrillBrowser browser = new DrillBrowser(http, world, "198.51.100." + (30 + i));
      threads.add(thread("browser-" + i, browser::cycle, 300));
    }
    DrillSellerDesk desk = new DrillSellerDesk(http, world);
    threads.add(thread("seller-desk", desk::cycle, 300));
  }

  void start() {
    threads.forEach(Thread::start);
  }

  /** Waits (bounded by the retries of a checkout in flight) until no client is in an action. */
  void pause() {
    gate.writeLock().lock();
  }

  void resume() {
    gate.writeLock().unlock();
  }

  void stop() throws InterruptedException {
    running = false;
    for (Thread t : threads) {
      t.interrupt();
      t.join(TimeUnit.SECONDS.toMillis(60));
    }
  }

  /** A client repeating {@code action}, resting {@code restMillis} plus up to 60 % between. */
  private Thread thread(String name, Runnable action, int restMillis) {
    Thread t =
        new Thread(
            () -> {
              while (running) {
                gate.readLock().lock();
                try {
                  action.run();
                } catch (RuntimeException e) {
                  System.err.println("drill: " + name + ": " + e);
                } finally {
                  gate.readLock().unlock();
                }
                if (!pace(restMillis + ThreadLocalRandom.current().nextInt(restMillis * 6 / 10))) {
                  return;
                }
              }
            },
            "drill-" + name);
    t.setDaemon(true);
    return t;
  }

  /** Sleeps; false when the drill is stopping. */
  static boolean pace(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
