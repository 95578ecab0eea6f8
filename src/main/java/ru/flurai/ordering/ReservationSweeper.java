package ru.flurai.ordering;

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
import ru.flurai.platform.db.SchemaReady;

/**
 * Releases expired reservations every 60 s (and drops idempotency keys, handled Telegram update ids and their failure
 * counts past their lifetime). Every instance schedules it, but a transaction-scoped PostgreSQL
 * advisory lock lets exactly one sweep at a time; a crashed sweeper's lock dies with its connection.
 */
@ApplicationScoped
public class ReservationSweeper {
  private static final Logger LOG = Logger.getLogger(ReservationSweeper.class.getName());
  static final long LOCK_KEY = 0x466c757261690001L; // "Flurai" + 1

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Reservations reservations;
  @Inject ReservationSweeper self;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;

  void start(@Observes SchemaReady ready) {
    task = scheduler.scheduleWithFixedDelay(this::sweepQuietly, 60, 60, TimeUnit.SECONDS);
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
    Object locked = db.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, LOCK_KEY)
        .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    // housekeeping that needs no job of its own: idempotency keys live 24 h, handled update ids a week
    db.createNativeQuery("delete from idempotency_keys where created_at < now() - interval '24 hours'")
        .executeUpdate();
    db.createNativeQuery("delete from processed_updates where processed_at < now() - interval '7 days'")
        .executeUpdate();
    db.createNativeQuery("delete from update_failures where last_failed_at < now() - interval '7 days'")
        .executeUpdate();
    return reservations.releaseExpired(null);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
