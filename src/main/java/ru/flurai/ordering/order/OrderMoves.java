package ru.flurai.ordering.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.product.Stock;
import ru.flurai.florist.Consumption;
import ru.flurai.loyalty.Points;
import ru.flurai.ordering.order.OrderPayments.Kind;
import ru.flurai.ordering.order.OrderPayments.Moment;
import ru.flurai.platform.domain.DomainException;
import ru.flurai.platform.metrics.BusinessMetrics;

/**
 * Every status change of an order, by the seller (panel or bot) or the buyer: the {@link Order} is
 * locked and moved ({@link Order#moveTo}, which checks {@link OrderTransitions} and appends the
 * history row), stock comes back on reject/cancel, and the notification and the metric are written
 * in the same transaction. Someone else's order is "not found".
 */
@ApplicationScoped
public class OrderMoves {
  /** Seller-driven statuses the buyer is told about (PRODUCT.md §4). */
  private static final Set<OrderStatus> BUYER_NEWS =
      Set.of(
          OrderStatus.ACCEPTED,
          OrderStatus.REJECTED,
          OrderStatus.ASSEMBLING,
          OrderStatus.IN_TRANSIT,
          OrderStatus.READY_FOR_PICKUP,
          OrderStatus.DONE);

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Orders orders;
  @Inject OrderLog log;
  @Inject BusinessMetrics metrics;
  @Inject Event<ShopChanged> shopChanged;
  @Inject Stock stock;
  @Inject Points points;
  @Inject Consumption flowers;
  @Inject OrderPayments payments;

  /**
   * A refusal (a {@link DomainException}) is thrown before anything is written, so it does not doom
   * the transaction: a caller that joins it (the bot, which marks the update in the same
   * transaction) can still commit a refused press as handled.
   */
  @Transactional(dontRollbackOn = DomainException.class)
  public OrderViews.Moved bySeller(long sellerId, long orderId, OrderStatus to) {
    Order o = orders.lock(orderId).filter(x -> x.soldBy(sellerId)).orElseThrow(OrderNotFound::new);
    return move(o, to, Actor.SELLER, sellerId);
  }

  @Transactional(dontRollbackOn = DomainException.class)
  public OrderViews.Moved byBuyer(long buyerId, long orderId, OrderStatus to) {
    Order o = orders.lock(orderId).filter(x -> x.placedBy(buyerId)).orElseThrow(OrderNotFound::new);
    return move(o, to, Actor.BUYER, buyerId);
  }

  /**
   * A move by the server's own job (the preorder activation): the buyer is told as for a seller's
   * move. Returns empty when the order is gone.
   */
  @Transactional(dontRollbackOn = DomainException.class)
  public Optional<OrderViews.Moved> bySystem(long orderId, OrderStatus to) {
    return orders.lock(orderId).map(o -> move(o, to, Actor.SYSTEM, 0));
  }

  /**
   * The seller changes the price while the order is pending or accepted; the first price is kept.
   */
  @Transactional
  public OrderViews.Repriced reprice(long sellerId, long orderId, BigDecimal price) {
    Order o = orders.lock(orderId).filter(x -> x.soldBy(sellerId)).orElseThrow(OrderNotFound::new);
    o.reprice(price);
    orders.flush();
    payments.publish(new Moment(orderId, o.buyerId(), sellerId, Kind.REPRICED));
    return new OrderViews.Repriced(
        orderId, o.buyerId(), sellerId, o.totalPrice(), o.originalPrice(), o.itemsInfo());
  }

  private OrderViews.Moved move(Order o, OrderStatus to, Actor actor, long actorId) {
    BigDecimal total = o.totalPrice();
    if (takesFlowers(o, to) && OrderTransitions.allowed(o.status(), to, actor, o.pickup())) {
      flowers.consumeFor(o.id()); // bouquet flowers, before anything is written (409 when short)
    }
    OrderStatus from = o.moveTo(to, actor, actorId);
    orders.flush(); // status and history row now, before the stock and the outbox
    points.orderMoved(o.id(), o.buyerId(), o.sellerId(), to.wire(), o.goodsPaid());
    momentOf(to).ifPresent(k -> payments.publish(new Moment(o.id(), o.buyerId(), o.sellerId(), k)));
    if (to == OrderStatus.REJECTED || to == OrderStatus.CANCELLED) {
      if (!o.preorder()) { // a preorder never took stock (LATER.md §2.7)
        giveBackStock(o);
      }
      flowers.giveBackFor(o.id()); // what the order's bouquets took, if anything
      metrics.orderCancelled();
      if (o.sellerId() != null) {
        shopChanged.fire(new ShopChanged(o.sellerId()));
      }
    }
    if ((to == OrderStatus.DONE || to == OrderStatus.COMPLETED) && from != OrderStatus.DONE) {
      metrics.orderCompleted();
    }
    if (actor != Actor.BUYER && BUYER_NEWS.contains(to) && o.buyerId() != null) {
      log.notify(o.buyerId(), "order_" + to.wire(), o.id());
    } else if (actor == Actor.BUYER && o.sellerId() != null) {
      log.notify(o.sellerId(), "order_" + to.wire() + "_by_buyer", o.id());
    }
    return new OrderViews.Moved(
        o.id(), o.buyerId(), o.sellerId(), o.itemsInfo(), total, from.wire(), to.wire());
  }

  /**
   * When an order takes its bouquets' flowers (PRODUCT.md §8.7): when it is accepted; a preorder
   * when it goes on from accepted, whether the job activates it on its date or the seller starts it
   * early, so no way forward skips the flowers.
   */
  static boolean takesFlowers(Order o, OrderStatus to) {
    if (!o.preorder()) {
      return to == OrderStatus.ACCEPTED;
    }
    return o.status() == OrderStatus.ACCEPTED
        && to != OrderStatus.CANCELLED
        && to != OrderStatus.REJECTED;
  }

  /** What a move to {@code to} means for online payment (PRODUCT.md §8.4). */
  private static Optional<Kind> momentOf(OrderStatus to) {
    return switch (to) {
      case ACCEPTED -> Optional.of(Kind.ACCEPTED);
      case REJECTED, CANCELLED -> Optional.of(Kind.CLOSED);
      default -> Optional.empty();
    };
  }

  /**
   * The order's units back into stock, product by product in id order (checkout's lock order); a
   * product deleted since (its line's product id is null) is skipped.
   */
  private void giveBackStock(Order o) {
    Map<Long, Integer> units = new TreeMap<>();
    for (OrderLine line : o.lines()) {
      if (line.productId() != null) {
        units.merge(line.productId(), line.quantity(), Integer::sum);
      }
    }
    units.forEach(stock::giveBack);
  }
}
