package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import ru.flurai.ordering.order.OrderPayments;
import ru.flurai.ordering.order.OrderPayments.Payable;
import ru.flurai.payment.yookassa.YooKassaJson;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.domain.Unavailable;

/**
 * A buyer pays an accepted order online (PRODUCT.md §8.4, API.md {@code POST /payments/create}).
 * The answers: 503 without platform credentials, 404 for someone else's order, 409 for a paid
 * order, for a shop paid on delivery and before the shop accepted. A current attempt still payable
 * for the same amount is offered again; otherwise a new attempt (a {@code payments} row) is created
 * with the redirect confirmation, {@code capture: true}, the metadata that ties it to the order and
 * attempt, a 54-FZ receipt exact to the kopeck and the split transfer to the shop's account with
 * the platform's fee.
 */
@ApplicationScoped
public class Payments {
  static final String UNAVAILABLE = "Онлайн-оплата пока недоступна";
  static final String ON_DELIVERY = "Этот магазин принимает оплату при получении";
  static final String PAID = "Заказ уже оплачен";
  static final String NOT_ACCEPTED = "Оплата доступна после того, как магазин примет заказ";
  static final String NOT_FOUND = "Заказ не найден";
  static final String CLOSED = "Этот заказ уже нельзя оплатить";
  static final String NOTHING_TO_PAY = "Заказ полностью оплачен баллами";
  private static final Pattern RETURN_URL = Pattern.compile("https?://[^\\s\"<>]{1,1000}");

  @Inject OrderPayments orders;
  @Inject OnlinePayment online;
  @Inject Attempts attempts;
  @Inject Commission commission;
  @Inject PaymentCalls calls;
  @Inject FluraiConfig config;
  @Inject Payments self;

  /** The answer of create: {@code {payment_id, confirmation_url, status}}. */
  public record Created(String paymentId, String confirmationUrl, String status) {}

  /** The answer of status: {@code {order_id, payment_id, payment_status, paid, amount}}. */
  public record Status(
      long orderId, String paymentId, String paymentStatus, boolean paid, BigDecimal amount) {}

  public Created create(long buyerId, long orderId, String returnUrl) {
    Attempts.Attempt attempt = self.prepare(buyerId, orderId, returnUrl);
    PaymentCalls.Created c = calls.create(attempt);
    return new Created(c.paymentId(), c.confirmationUrl(), c.status());
  }

  @Transactional
  public Attempts.Attempt prepare(long buyerId, long orderId, String returnUrl) {
    if (!online.configured()) {
      throw new Unavailable(UNAVAILABLE);
    }
    Payable o =
        orders
            .lock(orderId)
            .filter(x -> x.buyerId() != null && x.buyerId() == buyerId)
            .orElseThrow(() -> new NotFound(NOT_FOUND));
    if ("succeeded".equals(o.paymentStatus()) || "refunded".equals(o.paymentStatus())) {
      throw new Conflict(PAID);
    }
    String account = online.accountOf(o.sellerId()).orElseThrow(() -> new Conflict(ON_DELIVERY));
    if (o.total().signum() <= 0) {
      throw new Conflict(NOTHING_TO_PAY);
    }
    if ("pending".equals(o.status())) {
      throw new Conflict(NOT_ACCEPTED);
    }
    if (!o.paymentRequired()) {
      throw new Conflict(ON_DELIVERY); // accepted before the shop took online payment
    }
    if (!"accepted".equals(o.status())) {
      throw new Conflict(CLOSED);
    }
    var current = attempts.currentOfOrder(orderId);
    if (current.isPresent()
        && current.get().reusable()
        && current.get().amount().compareTo(o.total()) == 0) {
      return current.get();
    }
    BigDecimal fee = Commission.fee(o.total(), commission.effective(o.sellerId()));
    String back =
        returnUrl != null && RETURN_URL.matcher(returnUrl).matches()
            ? returnUrl
            : config.miniAppUrl() + "/order/" + orderId;
    return attempts.open(
        "order",
        orderId,
        null,
        o.sellerId(),
        buyerId,
        o.total(),
        fee,
        attemptId -> body(o, orders.lines(orderId), attemptId, account, fee, back));
  }

  @Transactional
  public Status status(long buyerId, long orderId) {
    Payable o =
        orders
            .lock(orderId)
            .filter(x -> x.buyerId() != null && x.buyerId() == buyerId)
            .orElseThrow(() -> new NotFound(NOT_FOUND));
    return new Status(
        orderId,
        o.paymentId(),
        o.paymentStatus(),
        "succeeded".equals(o.paymentStatus()),
        o.paymentId() == null ? null : o.total());
  }

  /** The create call's body (YooKassa API v3 {@code POST /payments}). */
  static JsonObject body(
      Payable o,
      List<OrderPayments.Line> items,
      long attemptId,
      String account,
      BigDecimal fee,
      String returnUrl) {
    List<Receipt.Line> goods =
        items.stream()
            .map(l -> new Receipt.Line(l.name(), l.quantity(), l.price(), "commodity"))
            .toList();
    List<Receipt.Line> lines = Receipt.lines(goods, o.deliveryFee(), o.total(), "Заказ #" + o.id());
    return Json.createObjectBuilder()
        .add("amount", YooKassaJson.amount(o.total()))
        .add("capture", true)
        .add(
            "confirmation",
            Json.createObjectBuilder().add("type", "redirect").add("return_url", returnUrl))
        .add("description", "Заказ #" + o.id())
        .add(
            "metadata",
            Json.createObjectBuilder()
                .add("order_id", Long.toString(o.id()))
                .add("attempt", Long.toString(attemptId))
                .add("seller_id", Long.toString(o.sellerId())))
        .add("receipt", Receipt.json(lines, o.buyerPhone(), "buyer@flurai.ru"))
        .add(
            "transfers",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("account_id", account)
                        .add("amount", YooKassaJson.amount(o.total()))
                        .add("platform_fee_amount", YooKassaJson.amount(fee))
                        .add(
                            "metadata",
                            Json.createObjectBuilder().add("order_id", Long.toString(o.id())))))
        .build();
  }
}
