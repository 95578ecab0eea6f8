package ru.flurai.ordering.cart;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.housekeeping.Housekeeping;

/**
 * Releases expired reservations every 60 s, and runs housekeeping every {@code
 * HOUSEKEEPING_INTERVAL_SECONDS} (default 300: old refresh tokens, settled outbox rows, orphaned
 * media, idempotency keys, handled Telegram update ids). Every instance schedules both, but
 * transaction-scoped PostgreSQL advisory locks let exactly one instance sweep at a time; a crashed
 * sweeper's lock dies with its connection.
 */
@ApplicationScoped
public class ReservationSweeper {
  private static final Logger LOG = Logger.getLogger(ReservationSweeper.class.getName());
  static final long LOCK_KEY = 0x466c757261690001L; // "Flurai" + 1

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Reservations reservations;
  @Inject ReservationSweeper self;
  @Inject Housekeeping housekeeping;
  @Inject FluraiConfig config;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;
  private ScheduledFuture<?> housekeepingTask;

  void start(@Observes SchemaReady ready) {
    task = scheduler.scheduleWithFixedDelay(this::sweepQuietly, 60, 60, TimeUnit.SECONDS);
    long every = config.housekeepingInterval().getSeconds();
    housekeepingTask =
        scheduler.scheduleWithFixedDelay(this::houseKeepQuietly, every, every, TimeUnit.SECONDS);
  }

  private void houseKeepQuietly() {
    try {
      long n = housekeeping.run();
      if (n > 0) {
        LOG.fine(() -> "housekeeping deleted " + n + " rows");
      }
    } catch (RuntimeException e) {
      LOG.warning("housekeeping failed, will retry: " + e.getMessage());
    }
  }

  private void sweepQuietly() {
    try {
      int n = self.sweep();
      if (n > 0) {
        LOG.fine(() -> "released " + n + " expired cart reservations");
      }
    } catch (RuntimeException e) {
      LOG.warning("reservation sweep failed, will retry: " + e.getMessage());
    }
  }

  /** One sweep, if no other instance is sweeping right now; returns the released rows. */
  @Transactional
  public int sweep() {
    Object locked =
        db.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, LOCK_KEY)
            .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    return reservations.releaseExpired(null);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
    if (housekeepingTask != null) {
      housekeepingTask.cancel(false);
    }
  }
}
