package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import ru.flurai.payment.subscription.SubscriptionClock;
import ru.flurai.payment.subscription.Subscriptions;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.jobs.ClusterLock;
import ru.flurai.platform.jobs.Jobs;

/**
 * The payment feature's background work on every instance: every 2 s it works off received webhook
 * notifications ({@link Verification}) and due refunds ({@link Refunds}); rows are leased with
 * {@code FOR UPDATE SKIP LOCKED}, so each is handled by one instance. Every 30 s the subscription
 * sweep (expiry and the 3-day warning) takes its {@link ClusterLock}: one instance of the cluster
 * at a time, and the others skip that round.
 */
@ApplicationScoped
public class PaymentJob {
  static final int SWEEP_EVERY_TICKS = 15;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Verification verification;
  @Inject Refunds refunds;
  @Inject Subscriptions subscriptions;
  @Inject SubscriptionClock clock;
  @Inject PaymentJob self;
  @Inject Jobs jobs;

  private int ticks;

  void start(@Observes SchemaReady ready) {
    Duration tick = Duration.ofSeconds(2);
    jobs.every("payment job", tick, tick, this::tick);
  }

  private void tick() {
    verification.handleDue();
    refunds.sendDue();
    if (ticks++ % SWEEP_EVERY_TICKS == 0) {
      self.sweepSubscriptions();
    }
  }

  /** One subscription sweep, unless another instance is sweeping; returns the periods touched. */
  @Transactional
  public int sweepSubscriptions() {
    if (!ClusterLock.PAYMENT_SWEEP.tryTake(db)) {
      return 0;
    }
    return subscriptions.sweep(clock.now());
  }
}
