package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import ru.flurai.ordering.order.OrderPayments;
import ru.flurai.payment.yookassa.YkRefund;
import ru.flurai.payment.yookassa.YooKassa;
import ru.flurai.payment.yookassa.YooKassaFailure;
import ru.flurai.platform.db.Rows;

/**
 * Full refunds the platform owes (a paid order rejected or cancelled, a late success of a
 * superseded attempt): written as a {@code payment_refunds} row in the transaction that decides
 * them (at most one per payment), then sent by the payment job with the row's own {@code
 * Idempotence-Key}, so a retry never refunds twice. Transient failures are retried with back-off; a
 * refusal is kept as {@code failed} with YooKassa's error.
 */
@ApplicationScoped
public class Refunds {
  private static final Logger LOG = Logger.getLogger(Refunds.class.getName());
  static final int MAX_ATTEMPTS = 10;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject YooKassa yookassa;
  @Inject Attempts attempts;
  @Inject OrderPayments orders;
  @Inject Refunds self;
  @Inject PaymentMetrics metrics;

  /** A due refund, leased by one instance. */
  /**
   * Public: Weld on Liberty does not intercept a method whose signature has a package-private type.
   */
  public record Due(long id, long paymentId, String key, int attempts) {}

  @Transactional(Transactional.TxType.MANDATORY)
  public void request(Attempts.Attempt attempt, String reason) {
    db.createNativeQuery(
            "insert into payment_refunds (payment_id, amount, reason, idempotence_key)"
                + " values (?1, ?2, ?3, cast(?4 as uuid)) on conflict (payment_id) do nothing")
        .setParameter(1, attempt.id())
        .setParameter(2, attempt.amount())
        .setParameter(3, reason)
        .setParameter(4, UUID.randomUUID().toString())
        .executeUpdate();
  }

  /** Sends what is due; returns how many were handled. */
  public int sendDue() {
    int n = 0;
    for (Due due : self.lease()) {
      self.send(due);
      n++;
    }
    return n;
  }

  @Transactional
  public List<Due> lease() {
    return Rows.list(
            db,
            "update payment_refunds set next_attempt_at = now() + interval '60 seconds',"
                + " attempts = attempts + 1 where id in (select id from payment_refunds where"
                + " status = 'requested' and next_attempt_at <= now() order by id limit 10 for"
                + " update skip locked) returning id, payment_id,"
                + " cast(idempotence_key as text) as k, attempts")
        .stream()
        .map(r -> new Due(r.num("id"), r.num("payment_id"), r.str("k"), r.integer("attempts")))
        .toList();
  }

  @Transactional
  public void send(Due due) {
    Attempts.Attempt a = attempts.find(due.paymentId()).orElseThrow();
    try {
      YkRefund refund =
          yookassa.refund(
              due.key(),
              a.yookassaId(),
              a.amount(),
              a.forOrder() ? "Возврат по заказу #" + a.orderId() : "Возврат оплаты подписки");
      settle(due.id(), refund.status(), refund.id(), null);
      if ("succeeded".equals(refund.status()) || "pending".equals(refund.status())) {
        attempts.status(a.id(), "refunded");
        metrics.count("refunded");
        if (a.forOrder() && a.orderId() != null) {
          orders
              .lock(a.orderId())
              .filter(o -> a.yookassaId().equals(o.paymentId()))
              .ifPresent(o -> orders.attach(o.id(), o.paymentId(), "refunded"));
        }
      }
    } catch (YooKassaFailure e) {
      LOG.warning("refund " + due.id() + " failed: " + e.getMessage());
      if (e.transientFailure() && due.attempts() < MAX_ATTEMPTS) {
        retryLater(due, e.getMessage());
      } else {
        settle(due.id(), "failed", null, e.getMessage());
      }
    } catch (RuntimeException e) { // the breaker is open, a timeout
      LOG.warning("refund " + due.id() + " not sent: " + e);
      retryLater(due, String.valueOf(e));
    }
  }

  private void retryLater(Due due, String error) {
    db.createNativeQuery(
            "update payment_refunds set next_attempt_at = now() + make_interval(secs => ?1),"
                + " last_error = ?2 where id = ?3")
        .setParameter(1, Math.min(3600, 5L << Math.min(due.attempts(), 10)))
        .setParameter(2, error)
        .setParameter(3, due.id())
        .executeUpdate();
  }

  private void settle(long id, String status, String yookassaId, String error) {
    db.createNativeQuery(
            "update payment_refunds set status = ?1, yookassa_id = coalesce(cast(?2 as varchar), yookassa_id),"
                + " last_error = ?3 where id = ?4")
        .setParameter(1, status)
        .setParameter(2, yookassaId)
        .setParameter(3, error)
        .setParameter(4, id)
        .executeUpdate();
  }
}
