package ru.flurai.florist;

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
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.SchemaReady;

/**
 * Re-derives every shop's bouquet products once an hour (LATER.md §7.4's daily sync, more often):
 * batches expire as days pass, and an expired batch no longer counts. Every instance schedules it;
 * a transaction-scoped PostgreSQL advisory lock lets exactly one run at a time (the others skip
 * that round), and each shop is derived in a transaction of its own.
 */
@ApplicationScoped
public class BouquetSyncJob {
  private static final Logger LOG = Logger.getLogger(BouquetSyncJob.class.getName());
  static final long LOCK_KEY = 0x466c757261690017L; // "Flurai" + 0x17 (V17)
  static final long EVERY_SECONDS = 3600;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject DerivedStock derived;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject BouquetSyncJob self;

  private ScheduledFuture<?> task;

  void start(@Observes SchemaReady ready) {
    task =
        scheduler.scheduleWithFixedDelay(
            this::runQuietly, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  private void runQuietly() {
    try {
      int n = self.run();
      LOG.fine(() -> "bouquet stock derived for " + n + " shops");
    } catch (RuntimeException e) {
      LOG.warning("bouquet stock sync failed, will retry: " + e.getMessage());
    }
  }

  /**
   * One round, if no other instance runs one now: the shops with bouquet-backed products, each
   * derived in its own transaction. Returns the shops derived, or -1 when another instance holds
   * the round.
   */
  @Transactional
  public int run() {
    Object locked =
        db.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, LOCK_KEY)
            .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return -1;
    }
    int n = 0;
    for (Rows.Row r :
        Rows.list(
            db,
            "select distinct seller_id from products where bouquet_id is not null"
                + " order by seller_id")) {
      try {
        derived.syncAlone(r.num("seller_id"));
        n++;
      } catch (RuntimeException e) {
        LOG.warning("bouquet stock sync failed for seller " + r.num("seller_id") + ": " + e);
      }
    }
    return n;
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
