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

  /** Writes a new order with its lines and first history row; its id is known on return. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Order place(Order order) {
    db.persist(order);
    db.flush();
    return order;
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

  /**
   * The shop's name and contacts as an order keeps them, from the live seller row and the seller's
   * user row; empty when there is no such seller.
   */
  public Optional<SellerSnapshot> snapshot(long sellerId) {
    return Rows.first(
            db,
            "select s.seller_id as tg_id, s.shop_name, u.username, u.phone, s.address_name,"
                + " s.map_url from sellers s left join users u on u.tg_id = s.seller_id"
                + " where s.seller_id = ?1",
            sellerId)
        .map(
            r ->
                new SellerSnapshot(
                    r.optNum("tg_id"),
                    r.str("shop_name"),
                    r.str("username"),
                    r.str("phone"),
                    r.str("address_name"),
                    r.str("map_url")));
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
