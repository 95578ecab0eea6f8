package ru.flurai.ordering.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What online payment (the {@code payment} feature) reads and writes on an order: the order as a
 * payment sees it, under its row lock, and the attempt it waits for. Order moves announce the
 * moments payment cares about ({@link Moment}) in their own transaction, so payment decides without
 * ordering depending on it.
 */
@ApplicationScoped
public class OrderPayments {
  @Inject Orders orders;
  @Inject Event<Moment> moments;

  /** When a moment happens to an order: accepted, closed (rejected or cancelled), repriced. */
  public enum Kind {
    ACCEPTED,
    CLOSED,
    REPRICED
  }

  /** A moment of an order, fired synchronously inside the move's transaction. */
  public record Moment(long orderId, Long buyerId, Long sellerId, Kind kind) {
    public boolean accepted() {
      return kind == Kind.ACCEPTED;
    }

    public boolean closed() {
      return kind == Kind.CLOSED;
    }

    public boolean repriced() {
      return kind == Kind.REPRICED;
    }
  }

  /** One line of an order: name, unit price, units. */
  public record Line(String name, BigDecimal price, int quantity) {}

  /** An order as a payment needs it. {@code status} is the wire status. */
  public record Payable(
      long id,
      Long buyerId,
      Long sellerId,
      String status,
      BigDecimal total,
      BigDecimal deliveryFee,
      String buyerPhone,
      boolean paymentRequired,
      String paymentId,
      String paymentStatus) {}

  /** Announces a moment to the observers, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void publish(Moment moment) {
    moments.fire(moment);
  }

  /** The order, its row locked until the transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Payable> lock(long orderId) {
    return orders.lock(orderId).map(OrderPayments::payable);
  }

  /** The order's lines, in order. */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Line> lines(long orderId) {
    return orders
        .lock(orderId)
        .map(o -> o.lines().stream().map(l -> new Line(l.name(), l.price(), l.quantity())).toList())
        .orElse(List.of());
  }

  /** From now on the order moves past accepted only once paid. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void requirePayment(long orderId) {
    orders.lock(orderId).ifPresent(Order::requirePayment);
  }

  /** The attempt the order now shows ({@code null}s: none). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void attach(long orderId, String paymentId, String status) {
    orders.lock(orderId).ifPresent(o -> o.attachPayment(paymentId, status));
  }

  private static Payable payable(Order o) {
    return new Payable(
        o.id(),
        o.buyerId(),
        o.sellerId(),
        o.status().wire(),
        o.totalPrice(),
        o.deliveryFee(),
        o.buyerPhone(),
        o.paymentRequired(),
        o.paymentId(),
        o.paymentStatus());
  }
}
