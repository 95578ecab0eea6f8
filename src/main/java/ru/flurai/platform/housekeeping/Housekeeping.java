package ru.flurai.platform.housekeeping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.jobs.ClusterLock;

/**
 * Deletes what has outlived its use ({@link Prune}): each kind in batches of {@code
 * HOUSEKEEPING_BATCH} rows, one transaction per batch, at most {@link #MAX_BATCHES} batches per
 * kind and round, so no round holds locks or a transaction for long. Every batch takes a
 * transaction-scoped advisory lock: one instance of the cluster prunes at a time, and the others
 * skip the round. Rows pruned are counted per kind ({@code housekeeping_pruned_total}).
 */
@ApplicationScoped
public class Housekeeping {
  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());
  static final int MAX_BATCHES = 20;
  private static final Metadata PRUNED =
      Metadata.builder()
          .withName("housekeeping_pruned")
          .withDescription("Rows deleted by housekeeping, by kind")
          .build();

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;
  @Inject MetricRegistry registry;
  @Inject Housekeeping self;

  void register(@Observes Startup startup) {
    for (Prune kind : Prune.values()) {
      registry.counter(PRUNED, new Tag("kind", kind.label));
    }
  }

  /** One round over every kind; returns the rows deleted. */
  public long run() {
    int batch = config.housekeepingBatch();
    long total = 0;
    for (Prune kind : Prune.values()) {
      long seconds = kind.retention.apply(config).getSeconds();
      try {
        for (int i = 0; i < MAX_BATCHES; i++) {
          int n = self.pruneBatch(kind, seconds, batch);
          if (n < 0) {
            return total; // another instance is pruning right now
          }
          registry.counter(PRUNED, new Tag("kind", kind.label)).inc(n);
          total += n;
          if (n < batch) {
            break;
          }
        }
      } catch (RuntimeException e) {
        LOG.warning(
            "housekeeping of " + kind.label + " failed, will retry next round: " + e.getMessage());
      }
    }
    return total;
  }

  /** One batch of one kind, or -1 when another instance holds the housekeeping lock. */
  @Transactional
  public int pruneBatch(Prune kind, long retentionSeconds, int limit) {
    if (!ClusterLock.HOUSEKEEPING.tryTake(db)) {
      return -1;
    }
    return db.createNativeQuery(kind.sql)
        .setParameter(1, retentionSeconds)
        .setParameter(2, limit)
        .executeUpdate();
  }
}
