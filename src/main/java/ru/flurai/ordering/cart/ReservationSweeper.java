package ru.flurai.ordering.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.housekeeping.Housekeeping;
import ru.flurai.platform.jobs.ClusterLock;
import ru.flurai.platform.jobs.Jobs;

/**
 * Releases expired reservations every 60 s, and runs housekeeping every {@code
 * HOUSEKEEPING_INTERVAL_SECONDS} (default 300: old refresh tokens, settled outbox rows, orphaned
 * media, idempotency keys, handled Telegram update ids). Every instance schedules both; their
 * {@link ClusterLock}s let exactly one instance sweep at a time.
 */
@ApplicationScoped
public class ReservationSweeper {
  private static final Logger LOG = Logger.getLogger(ReservationSweeper.class.getName());

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Reservations reservations;
  @Inject ReservationSweeper self;
  @Inject Housekeeping housekeeping;
  @Inject FluraiConfig config;
  @Inject Jobs jobs;

  void start(@Observes SchemaReady ready) {
    Duration minute = Duration.ofSeconds(60);
    jobs.every(
        "reservation sweep",
        minute,
        minute,
        () -> {
          int n = self.sweep();
          LOG.fine(() -> "released " + n + " expired cart reservations");
        });
    Duration every = config.housekeepingInterval();
    jobs.every(
        "housekeeping",
        every,
        every,
        () -> {
          long n = housekeeping.run();
          LOG.fine(() -> "housekeeping deleted " + n + " rows");
        });
  }

  /** One sweep, if no other instance is sweeping right now; returns the released rows. */
  @Transactional
  public int sweep() {
    if (!ClusterLock.RESERVATION_SWEEP.tryTake(db)) {
      return 0;
    }
    return reservations.releaseExpired(null);
  }
}
