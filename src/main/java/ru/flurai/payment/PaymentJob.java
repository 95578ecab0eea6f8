package ru.flurai.payment;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.flurai.payment.subscription.SubscriptionClock;
import ru.flurai.payment.subscription.Subscriptions;
import ru.flurai.platform.db.SchemaReady;

/**
 * The payment feature's background work on every instance: every 2 s it works off received webhook
 * notifications ({@link Verification}) and due refunds ({@link Refunds}); rows are leased with
 * {@code FOR UPDATE SKIP LOCKED}, so each is handled by one instance. Every 30 s the subscription
 * sweep (expiry and the 3-day warning) runs under a transaction-scoped advisory lock: one instance
 * of the cluster at a time, and the others skip that round.
 */
@ApplicationScoped
public class PaymentJob {
  private static final Logger LOG = Logger.getLogger(PaymentJob.class.getName());
  static final long LOCK_KEY = 0x466c757261690010L; // "Flurai" + 0x10
  static final int SWEEP_EVERY_TICKS = 15;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Verification verification;
  @Inject Refunds refunds;
  @Inject Subscriptions subscriptions;
  @Inject SubscriptionClock clock;
  @Inject PaymentJob self;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;
  private int ticks;

  void start(@Observes SchemaReady ready) {
    task = scheduler.scheduleWithFixedDelay(this::tick, 2, 2, TimeUnit.SECONDS);
  }

  private void tick() {
    try {
      verification.handleDue();
      refunds.sendDue();
      if (ticks++ % SWEEP_EVERY_TICKS == 0) {
        self.sweepSubscriptions();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "payment job failed, will retry", e);
    }
  }

  /** One subscription sweep, unless another instance is sweeping; returns the periods touched. */
  @Transactional
  public int sweepSubscriptions() {
    Object locked =
        db.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
            .setParameter(1, LOCK_KEY)
            .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0;
    }
    return subscriptions.sweep(clock.now());
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
