package ru.flurai.platform.jobs;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Schedules the background jobs on this instance, each with a fixed delay between rounds. A round
 * that fails is logged and retried at the next one; the schedule stops with the application. Jobs
 * that must run once per cluster take their {@link ClusterLock} inside their round.
 */
@ApplicationScoped
public class Jobs {
  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  private final List<ScheduledFuture<?>> tasks = new CopyOnWriteArrayList<>();

  /** Runs {@code round} after {@code first}, then {@code every} after each round ends. */
  public void every(String name, Duration first, Duration every, Runnable round) {
    tasks.add(
        scheduler.scheduleWithFixedDelay(
            () -> quietly(name, round), first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
  }

  static void quietly(String name, Runnable round) {
    try {
      round.run();
    } catch (RuntimeException e) {
      LOG.warning(name + " failed, will retry: " + e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    tasks.forEach(t -> t.cancel(false));
  }
}
