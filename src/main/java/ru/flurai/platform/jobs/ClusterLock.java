package ru.flurai.platform.jobs;

import jakarta.persistence.EntityManager;

/**
 * The cluster-once jobs, each with its own PostgreSQL advisory lock key ("Flurai" + a number). A
 * job's round takes its lock for the length of its transaction: one instance of the cluster works
 * at a time, the others skip that round, and a crashed instance's lock dies with its connection.
 * One list, so no two jobs share a key.
 */
public enum ClusterLock {
  RESERVATION_SWEEP(0x01),
  HOUSEKEEPING(0x02),
  PAYMENT_SWEEP(0x10),
  CRM_REMINDERS(0x11),
  PREORDERS(0x14),
  POINTS_EXPIRY(0x16),
  BOUQUET_SYNC(0x17);

  private static final long BASE = 0x466c757261690000L;

  /** The advisory lock key. */
  public final long key;

  ClusterLock(int number) {
    this.key = BASE + number;
  }

  /**
   * Takes the lock for the caller's transaction; false when another instance holds it. Must run
   * inside a transaction, or the lock is released at once.
   */
  public boolean tryTake(EntityManager db) {
    Object taken =
        db.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, key)
            .getSingleResult();
    return Boolean.TRUE.equals(taken);
  }
}
