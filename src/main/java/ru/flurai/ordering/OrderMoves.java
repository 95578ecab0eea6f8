package ru.flurai.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.Stock;
import ru.flurai.platform.http.ApiException;
import ru.flurai.platform.metrics.BusinessMetrics;

/**
 * Every status change of an order, by the seller (panel or bot) or the buyer: the order row is
 * locked, the move is checked against {@link OrderTransitions}, stock comes back on reject/cancel,
 * and the history row, the notification and the metric are written in the same transaction. Someone
 * else's order is "not found".
 */
@ApplicationScoped
public class OrderMoves {
  static final String NOT_FOUND = "Заказ не найден";

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

  @Inject OrderLog log;
  @Inject OrderReads reads;
  @Inject BusinessMetrics metrics;
  @Inject Event<ShopChanged> shopChanged;
  @Inject Stock stock;

  /**
   * {@code sellerId} is null once the seller was hard-deleted: only the buyer can still move the
   * order.
   */
  private record Locked(
      long id,
      Long sellerId,
      Long buyerId,
      OrderStatus status,
      boolean pickup,
      BigDecimal total,
      BigDecimal originalPrice) {}

  /**
   * A refusal ({@link ApiException}) is thrown before anything is written, so it does not doom the
   * transaction: a caller that joins it (the bot, which marks the update in the same transaction)
   * can still commit a refused press as handled.
   */
  @Transactional(dontRollbackOn = ApiException.class)
  public OrderViews.Moved bySeller(long sellerId, long orderId, OrderStatus to) {
    Locked o = lock(orderId);
    if (o.sellerId() == null || o.sellerId() != sellerId) {
      throw ApiException.notFound(NOT_FOUND);
    }
    return move(o, to, Actor.SELLER, sellerId);
  }

  @Transactional(dontRollbackOn = ApiException.class)
  public OrderViews.Moved byBuyer(long buyerId, long orderId, OrderStatus to) {
    Locked o = lock(orderId);
    if (o.buyerId() == null || o.buyerId() != buyerId) {
      throw ApiException.notFound(NOT_FOUND);
    }
    return move(o, to, Actor.BUYER, buyerId);
  }

  private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");

  /**
   * The seller changes the price while the order is pending or accepted; the first price is kept.
   */
  @Transactional
  public OrderViews.Repriced reprice(long sellerId, long orderId, BigDecimal price) {
    Locked o = lock(orderId);
    if (o.sellerId() == null || o.sellerId() != sellerId) {
      throw ApiException.notFound(NOT_FOUND);
    }
    if (o.status() != OrderStatus.PENDING && o.status() != OrderStatus.ACCEPTED) {
      throw ApiException.conflict(
          "Цену можно изменить только у заказа в статусе pending или accepted");
    }
    if (price == null || price.signum() <= 0 || price.scale() > 2) {
      throw ApiException.badRequest("Цена должна быть больше 0");
    }
    if (price.compareTo(MAX_PRICE) > 0) { // numeric(12, 2)
      throw ApiException.badRequest("Цена не может быть больше 9999999999.99");
    }
    db.createNativeQuery(
            "update orders set total_price = ?1, original_price = coalesce(original_price, ?2)"
                + " where id = ?3")
        .setParameter(1, price)
        .setParameter(2, o.total())
        .setParameter(3, orderId)
        .executeUpdate();
    BigDecimal original = o.originalPrice() == null ? o.total() : o.originalPrice();
    return new OrderViews.Repriced(
        orderId, o.buyerId(), sellerId, price, original, reads.itemsInfo(orderId));
  }

  private OrderViews.Moved move(Locked o, OrderStatus to, Actor actor, long actorId) {
    OrderTransitions.require(o.status(), to, actor, o.pickup());
    db.createNativeQuery(
            "update orders set status = ?1, completed_at = case when ?1 in ('done', 'completed')"
                + " then coalesce(completed_at, now()) else completed_at end where id = ?2")
        .setParameter(1, to.wire())
        .setParameter(2, o.id())
        .executeUpdate();
    if (to == OrderStatus.REJECTED || to == OrderStatus.CANCELLED) {
      giveBackStock(o.id());
      metrics.orderCancelled();
      if (o.sellerId() != null) {
        shopChanged.fire(new ShopChanged(o.sellerId()));
      }
    }
    if ((to == OrderStatus.DONE || to == OrderStatus.COMPLETED) && o.status() != OrderStatus.DONE) {
      metrics.orderCompleted();
    }
    log.history(o.id(), o.status(), to, actor, actorId);
    if (actor == Actor.SELLER && BUYER_NEWS.contains(to) && o.buyerId() != null) {
      log.notify(o.buyerId(), "order_" + to.wire(), o.id());
    } else if (actor == Actor.BUYER && o.sellerId() != null) {
      log.notify(o.sellerId(), "order_" + to.wire() + "_by_buyer", o.id());
    }
    return new OrderViews.Moved(
        o.id(),
        o.buyerId(),
        o.sellerId(),
        reads.itemsInfo(o.id()),
        o.total(),
        o.status().wire(),
        to.wire());
  }

  /**
   * The order's units back into stock, product by product in id order (checkout's lock order); a
   * product deleted since is skipped.
   */
  private void giveBackStock(long orderId) {
    @SuppressWarnings("unchecked")
    List<Object[]> lines =
        db.createNativeQuery(
                "select product_id, sum(quantity) from order_items where order_id = ?1"
                    + " and product_id is not null group by product_id order by product_id")
            .setParameter(1, orderId)
            .getResultList();
    for (Object[] l : lines) {
      stock.giveBack(((Number) l[0]).longValue(), ((Number) l[1]).intValue());
    }
  }

  private Locked lock(long orderId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        db.createNativeQuery(
                "select id, seller_id, buyer_id, status, delivery_type, total_price,"
                    + " original_price from orders where id = ?1 for update")
            .setParameter(1, orderId)
            .getResultList();
    if (rows.isEmpty()) {
      throw ApiException.notFound(NOT_FOUND);
    }
    Object[] r = rows.get(0);
    return new Locked(
        OrderReads.num(r[0]),
        OrderReads.optNum(r[1]),
        OrderReads.optNum(r[2]),
        OrderStatus.parse((String) r[3]).orElseThrow(),
        DeliveryType.isPickup((String) r[4]),
        (BigDecimal) r[5],
        (BigDecimal) r[6]);
  }
}
