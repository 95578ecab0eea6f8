package ru.flurai.loyalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.jobs.ClusterLock;
import ru.flurai.platform.jobs.Jobs;

/**
 * Expires points (LATER.md §6.5, FIFO as its "Java" note asks): every 10 minutes, what is left of
 * lots past their {@code expires_at} is removed, card by card, in batches. Every instance schedules
 * it; its {@link ClusterLock} lets one instance run a batch at a time, the others skip. A missed
 * run is caught up by the next one, since the query is "expired by now", not "expired today".
 */
@ApplicationScoped
public class PointsExpiry {
  private static final Logger LOG = Logger.getLogger(PointsExpiry.class.getName());
  static final int BATCH = 200;
  static final int MAX_BATCHES = 50;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Ledger ledger;
  @Inject PointsExpiry self;
  @Inject Jobs jobs;

  void start(@Observes SchemaReady ready) {
    jobs.every(
        "loyalty points expiry",
        Duration.ofMinutes(1),
        Duration.ofMinutes(10),
        () -> {
          BigDecimal n = run(Instant.now());
          if (n.signum() > 0) {
            LOG.info("expired " + n.toPlainString() + " loyalty points");
          }
        });
  }

  /** Every lot expired by {@code now}, batch after batch; returns the points removed. */
  public BigDecimal run(Instant now) {
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < MAX_BATCHES; i++) {
      BigDecimal n = self.expireBatch(now);
      if (n == null) {
        break; // nothing left, or another instance holds the lock
      }
      total = total.add(n);
    }
    return total;
  }

  /**
   * One batch of cards with lots expired by {@code now}, under the cluster-wide lock; null when
   * another instance holds it or nothing is due.
   */
  @Transactional
  public BigDecimal expireBatch(Instant now) {
    if (!ClusterLock.POINTS_EXPIRY.tryTake(db)) {
      return null;
    }
    List<Long> due =
        Rows.list(
                db,
                "select distinct customer_id from loyalty_ledger where remaining > 0"
                    + " and expires_at <= ?1 order by customer_id limit ?2",
                Timestamp.from(now),
                BATCH)
            .stream()
            .map(r -> r.num("customer_id"))
            .toList();
    if (due.isEmpty()) {
      return null;
    }
    BigDecimal total = BigDecimal.ZERO;
    for (long card : due) {
      total = total.add(ledger.expire(card, now));
    }
    return total;
  }
}
