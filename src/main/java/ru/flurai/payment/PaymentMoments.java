package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import ru.flurai.ordering.order.OrderPayments;
import ru.flurai.ordering.order.OrderPayments.Moment;
import ru.flurai.platform.domain.Conflict;

/**
 * What an order's moves mean for its payment, decided inside the move's transaction:
 *
 * <ul>
 *   <li>accepted: a buyer's order at a shop that takes online payment now requires it (the gate of
 *       PRODUCT.md §8.4); guest orders never do;
 *   <li>rejected or cancelled: no attempt stays current (a late success is refunded), and a paid
 *       order is refunded in full;
 *   <li>repriced: a paid order keeps its price (409); a pending attempt stops being current, so the
 *       buyer pays the new price with a new attempt and a late success of the old one is refunded.
 * </ul>
 */
@ApplicationScoped
public class PaymentMoments {
  static final String PAID_PRICE = "Заказ уже оплачен: цену изменить нельзя";

  @Inject OrderPayments orders;
  @Inject OnlinePayment online;
  @Inject Attempts attempts;
  @Inject Refunds refunds;

  void on(@Observes Moment m) {
    if (m.accepted()) {
      if (m.buyerId() != null
          && m.sellerId() != null
          && online.accountOf(m.sellerId()).isPresent()) {
        orders.requirePayment(m.orderId());
      }
    } else if (m.closed()) {
      orders
          .lock(m.orderId())
          .filter(o -> "succeeded".equals(o.paymentStatus()) && o.paymentId() != null)
          .flatMap(o -> attempts.lockByYooKassaId(o.paymentId()))
          .ifPresent(a -> refunds.request(a, "order_closed"));
      attempts.supersede(m.orderId(), null);
    } else if (m.repriced()) {
      OrderPayments.Payable o = orders.lock(m.orderId()).orElseThrow();
      if ("succeeded".equals(o.paymentStatus())) {
        throw new Conflict(PAID_PRICE);
      }
      if (attempts.supersede(m.orderId(), null) > 0) {
        orders.attach(m.orderId(), null, null);
      }
    }
  }
}
