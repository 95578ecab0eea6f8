package ru.flurai.ordering.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;

/**
 * The repository of the {@link Order} aggregate: placing, locking and the JPQL reads (the named
 * queries on {@link Order}). The listings and statistics stay native SQL read by column name
 * ({@link OrderReads}, {@link SellerStats}, {@link AdminDashboard} ...).
 */
@ApplicationScoped
public class Orders {
  /** Statuses that free the order's slot: it no longer counts against the daily limit. */
  private static final EnumSet<OrderStatus> FREE =
      EnumSet.of(OrderStatus.REJECTED, OrderStatus.CANCELLED);

  /** Pending and in-progress statuses (DOMAIN.md §3.3). */
  static final EnumSet<OrderStatus> OPEN =
      EnumSet.of(
          OrderStatus.PENDING,
          OrderStatus.ACCEPTED,
          OrderStatus.ASSEMBLING,
          OrderStatus.IN_TRANSIT,
          OrderStatus.READY_FOR_PICKUP);

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /**
   * Writes a new order in one statement ({@link OrderInsert}): its row with the shop snapshot taken
   * from the live seller row, its lines, its first history row and the seller's outbox row of kind
   * {@code sellerNotice}. Its id and snapshot are set on return; the order stays unmanaged, a later
   * change is written by the method that makes it ({@link #savePoints}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Order place(Order order, String sellerNotice) {
    OrderInsert insert = new OrderInsert(order, sellerNotice);
    Row r =
        Rows.first(db, insert.sql(), insert.args())
            .orElseThrow(() -> new IllegalStateException("no seller " + order.sellerId()));
    order.placed(
        r.num("order_id"),
        new SellerSnapshot(
            r.optNum("seller_tg_id"),
            r.str("seller_shop_name"),
            r.str("seller_username"),
            r.str("seller_phone"),
            r.str("seller_address_name"),
            r.str("seller_map_url")));
    return order;
  }

  /** Writes what {@link Order#payWithPoints} changed on a just-placed order. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void savePoints(Order order) {
    db.createNativeQuery(
            "update orders set total_price = ?1, points_used = ?2, points_discount = ?3"
                + " where id = ?4")
        .setParameter(1, order.totalPrice())
        .setParameter(2, order.pointsUsed())
        .setParameter(3, order.pointsDiscount())
        .setParameter(4, order.id())
        .executeUpdate();
  }

  /**
   * The order, its row locked until the transaction ends ({@code select ... for update}); every
   * status or price change goes through here.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Order> lock(long id) {
    return Optional.ofNullable(db.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Writes the aggregate's changes now, so the caller's next statements see them. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void flush() {
    db.flush();
  }

  /** Orders of a seller and delivery type created in [from, to) that hold a slot. */
  public long slotsUsed(long sellerId, DeliveryType type, Instant from, Instant to) {
    return db.createNamedQuery(Order.SLOTS_USED, Long.class)
        .setParameter("seller", sellerId)
        .setParameter("type", type)
        .setParameter("free", FREE)
        .setParameter("from", from.atOffset(ZoneOffset.UTC))
        .setParameter("to", to.atOffset(ZoneOffset.UTC))
        .getSingleResult();
  }

  /** Open orders of the given sellers, per seller and status. */
  public List<OpenOrderCount> openBySeller(Collection<Long> sellerIds) {
    return db.createNamedQuery(Order.OPEN_BY_SELLER, OpenOrderCount.class)
        .setParameter("sellers", sellerIds)
        .setParameter("open", OPEN)
        .getResultList();
  }

  /** The buyer's comment on the order, if it has one. */
  public Optional<String> comment(long orderId) {
    return db
        .createNamedQuery(Order.COMMENT, String.class)
        .setParameter("id", orderId)
        .getResultList()
        .stream()
        .filter(c -> c != null)
        .findFirst();
  }

  /** The order's status history, oldest first. */
  public List<StatusChange> history(long orderId) {
    return db.createNamedQuery(Order.HISTORY, StatusChange.class)
        .setParameter("id", orderId)
        .getResultList();
  }
}
