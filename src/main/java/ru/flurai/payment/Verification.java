package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ru.flurai.ordering.order.OrderPayments;
import ru.flurai.payment.subscription.Subscriptions;
import ru.flurai.payment.yookassa.YkPayment;
import ru.flurai.payment.yookassa.YooKassa;
import ru.flurai.payment.yookassa.YooKassaFailure;
import ru.flurai.payment.yookassa.YooKassaJson;
import ru.flurai.platform.db.Rows;

/**
 * Works off received notifications: each payment is read back with {@code GET /v3/payments/{id}}
 * and only that answer is believed. It must be one of our attempts, its metadata must name that
 * attempt and its order or subscription, and its amount and currency must be the attempt's; then
 * its status takes effect once per (payment, status) ({@code payment_effects}). A success of an
 * attempt that is no longer current (superseded by a new price or attempt, or its order closed) is
 * refunded instead of applied.
 */
@ApplicationScoped
public class Verification {
  private static final Logger LOG = Logger.getLogger(Verification.class.getName());
  static final int MAX_ATTEMPTS = 8;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject YooKassa yookassa;
  @Inject Attempts attempts;
  @Inject OrderPayments orders;
  @Inject Refunds refunds;
  @Inject Notices notices;
  @Inject Subscriptions subscriptions;
  @Inject Verification self;
  @Inject PaymentMetrics metrics;

  public record Received(long id, String yookassaId, int attempts) {}

  /** Handles what is due; returns how many notifications were handled. */
  public int handleDue() {
    int n = 0;
    for (Received r : self.lease()) {
      Optional<YkPayment> payment;
      try {
        payment = Optional.of(yookassa.payment(r.yookassaId()));
      } catch (YooKassaFailure e) {
        if (e.transientFailure() && r.attempts() < MAX_ATTEMPTS) {
          self.later(r, e.getMessage());
          continue;
        }
        payment = Optional.empty();
        self.settle(r.id(), "rejected", "not readable from the API: " + e.getMessage());
      } catch (RuntimeException e) { // breaker open, timeout
        self.later(r, String.valueOf(e));
        continue;
      }
      payment.ifPresent(p -> self.apply(r.id(), p));
      n++;
    }
    return n;
  }

  @Transactional
  public List<Received> lease() {
    return Rows.list(
            db,
            "update payment_notifications set next_attempt_at = now() + interval '60 seconds',"
                + " attempts = attempts + 1 where id in (select id from payment_notifications"
                + " where status = 'received' and next_attempt_at <= now() order by id limit 20"
                + " for update skip locked) returning id, yookassa_id, attempts")
        .stream()
        .map(r -> new Received(r.num("id"), r.str("yookassa_id"), r.integer("attempts")))
        .toList();
  }

  @Transactional
  public void later(Received r, String error) {
    db.createNativeQuery(
            "update payment_notifications set next_attempt_at = now() + make_interval(secs => ?1),"
                + " outcome = ?2 where id = ?3")
        .setParameter(1, Math.min(600, 2L << Math.min(r.attempts(), 8)))
        .setParameter(2, error)
        .setParameter(3, r.id())
        .executeUpdate();
  }

  @Transactional
  public void settle(long id, String status, String outcome) {
    db.createNativeQuery("update payment_notifications set status = ?1, outcome = ?2 where id = ?3")
        .setParameter(1, status)
        .setParameter(2, outcome)
        .setParameter(3, id)
        .executeUpdate();
  }

  /** The verified payment's effect, once per (payment, status). */
  @Transactional
  public void apply(long notificationId, YkPayment p) {
    String refusal = refusal(p);
    if (refusal != null) {
      LOG.warning("payment " + p.id() + " refused: " + refusal);
      metrics.count("verification_refused");
      settle(notificationId, "rejected", refusal);
      return;
    }
    int fresh =
        db.createNativeQuery(
                "insert into payment_effects (yookassa_id, status) values (?1, ?2)"
                    + " on conflict do nothing")
            .setParameter(1, p.id())
            .setParameter(2, p.status())
            .executeUpdate();
    if (fresh == 0) {
      settle(notificationId, "duplicate", p.status());
      return;
    }
    Attempts.Attempt a = attempts.lockByYooKassaId(p.id()).orElseThrow();
    if (!"refunded".equals(a.status())) {
      attempts.status(a.id(), p.status());
    }
    String outcome = a.forOrder() ? order(a, p) : subscriptions.paid(a.subscriptionId(), a, p);
    settle(notificationId, "applied", outcome);
  }

  /** Why the verified payment is not one of ours as we asked for it, or null. */
  private String refusal(YkPayment p) {
    Optional<Attempts.Attempt> found = attempts.lockByYooKassaId(p.id());
    if (found.isEmpty()) {
      return "unknown payment";
    }
    Attempts.Attempt a = found.get();
    if (!Long.toString(a.id()).equals(p.metadata().get("attempt"))) {
      return "metadata names another attempt";
    }
    String owner = a.forOrder() ? "order_id" : "subscription_id";
    Long ownerId = a.forOrder() ? a.orderId() : a.subscriptionId();
    if (ownerId == null || !ownerId.toString().equals(p.metadata().get(owner))) {
      return "metadata names another " + owner;
    }
    if (!YooKassaJson.RUB.equals(p.currency()) || p.amount().compareTo(a.amount()) != 0) {
      return "amount " + p.amount() + " " + p.currency() + " is not the attempt's " + a.amount();
    }
    return null;
  }

  private String order(Attempts.Attempt a, YkPayment p) {
    Optional<OrderPayments.Payable> order =
        a.orderId() == null ? Optional.empty() : orders.lock(a.orderId());
    boolean open =
        order.isPresent()
            && !"rejected".equals(order.get().status())
            && !"cancelled".equals(order.get().status())
            && order.get().total().compareTo(a.amount()) == 0;
    if (p.succeeded()) {
      if (a.current() && open) {
        orders.attach(a.orderId(), p.id(), p.status());
        notices.orderPaid(a.orderId(), order.get().buyerId(), order.get().sellerId(), a.amount());
        metrics.count("succeeded");
        return "order paid";
      }
      refunds.request(a, a.current() ? "order_closed" : "superseded");
      return "refund requested";
    }
    if (a.current() && order.isPresent()) {
      orders.attach(a.orderId(), p.id(), p.status());
    }
    return "status " + p.status();
  }
}
