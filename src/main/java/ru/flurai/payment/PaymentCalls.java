package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.logging.Logger;
import ru.flurai.ordering.order.OrderPayments;
import ru.flurai.payment.yookassa.YkPayment;
import ru.flurai.payment.yookassa.YooKassa;
import ru.flurai.payment.yookassa.YooKassaFailure;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Unavailable;

/**
 * Turns a prepared attempt into a YooKassa payment: the create call runs outside any transaction
 * (no row stays locked while YooKassa answers), with the attempt's own {@code Idempotence-Key} and
 * stored body, so asking again after a lost answer returns the same payment. The answer is then
 * written to the attempt and, while it is still current, to its order.
 */
@ApplicationScoped
public class PaymentCalls {
  private static final Logger LOG = Logger.getLogger(PaymentCalls.class.getName());
  static final String FAILED = "Не удалось создать платёж, попробуйте позже";
  static final String CHANGED = "Сумма заказа изменилась, попробуйте оплатить ещё раз";

  @Inject YooKassa yookassa;
  @Inject Attempts attempts;
  @Inject OrderPayments orders;
  @Inject PaymentCalls self;
  @Inject PaymentMetrics metrics;

  /** What the buyer or the seller gets: the payment and where to pay it. */
  public record Created(long attemptId, String paymentId, String confirmationUrl, String status) {}

  public Created create(Attempts.Attempt attempt) {
    if (attempt.yookassaId() != null) {
      return new Created(
          attempt.id(), attempt.yookassaId(), attempt.confirmationUrl(), attempt.status());
    }
    YkPayment payment;
    try {
      payment = yookassa.createPayment(attempt.idempotenceKey(), body(attempt.request()));
    } catch (YooKassaFailure e) {
      LOG.warning("payment attempt " + attempt.id() + " not created: " + e.getMessage());
      if (!e.transientFailure()) {
        self.failed(attempt.id());
      }
      throw new Unavailable(FAILED);
    } catch (RuntimeException e) { // breaker open, timeout, bulkhead
      LOG.warning("payment attempt " + attempt.id() + " not created: " + e);
      throw new Unavailable(FAILED);
    }
    metrics.count("created");
    Created created = self.record(attempt.id(), payment);
    if (created == null) {
      throw new Conflict(CHANGED); // superseded meanwhile: recorded, refunded if it is ever paid
    }
    return created;
  }

  @Transactional
  public void failed(long attemptId) {
    attempts.failed(attemptId);
  }

  /** Writes YooKassa's answer; null when the attempt stopped being current meanwhile. */
  @Transactional
  public Created record(long attemptId, YkPayment payment) {
    Attempts.Attempt a = attempts.lock(attemptId).orElseThrow();
    attempts.created(a.id(), payment.id(), payment.status(), payment.confirmationUrl());
    if (!a.current()) {
      return null;
    }
    if (a.forOrder() && a.orderId() != null) {
      orders.attach(a.orderId(), payment.id(), payment.status());
    }
    return new Created(a.id(), payment.id(), payment.confirmationUrl(), payment.status());
  }

  private static JsonObject body(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
