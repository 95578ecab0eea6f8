package ru.flurai.florist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.jobs.ClusterLock;
import ru.flurai.platform.jobs.Jobs;

/**
 * Re-derives every shop's bouquet products once an hour (LATER.md §7.4's daily sync, more often):
 * batches expire as days pass, and an expired batch no longer counts. Every instance schedules it;
 * its {@link ClusterLock} lets exactly one run at a time (the others skip that round), and each
 * shop is derived in a transaction of its own.
 */
@ApplicationScoped
public class BouquetSyncJob {
  private static final Logger LOG = Logger.getLogger(BouquetSyncJob.class.getName());
  static final long EVERY_SECONDS = 3600;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject DerivedStock derived;
  @Inject Jobs jobs;
  @Inject BouquetSyncJob self;

  void start(@Observes SchemaReady ready) {
    Duration hour = Duration.ofSeconds(EVERY_SECONDS);
    jobs.every(
        "bouquet stock sync",
        hour,
        hour,
        () -> {
          int n = self.run();
          LOG.fine(() -> "bouquet stock derived for " + n + " shops");
        });
  }

  /**
   * One round, if no other instance runs one now: the shops with bouquet-backed products, each
   * derived in its own transaction. Returns the shops derived, or -1 when another instance holds
   * the round.
   */
  @Transactional
  public int run() {
    if (!ClusterLock.BOUQUET_SYNC.tryTake(db)) {
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
}
