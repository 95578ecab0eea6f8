package ru.flurai.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Writes an order with its lines, its first history row and the seller's "new order" notification —
 * in the caller's transaction, so none of them exists without the others. The order keeps a
 * snapshot of the shop's name and contacts, which its readers show once the seller is hard-deleted.
 */
@ApplicationScoped
public class OrderLog {
  /** The shop's name and contacts as the order keeps them after the seller is deleted (V10). */
  static final String SNAPSHOT =
      "seller_tg_id, seller_shop_name, seller_username, seller_phone,"
          + " seller_address_name, seller_map_url";

  /** The snapshot's values, from {@code sellers s left join users u on u.tg_id = s.seller_id}. */
  static final String SNAPSHOT_VALUES =
      "s.seller_id, s.shop_name, u.username, u.phone, s.address_name, s.map_url";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Transactional(Transactional.TxType.MANDATORY)
  public long create(
      long buyer,
      long seller,
      DeliveryType type,
      BigDecimal total,
      BigDecimal fee,
      String address,
      String comment,
      String phone,
      String fio,
      List<ItemsInfo.Line> lines) {
    long id =
        ((Number)
                db.createNativeQuery(
                        "insert into orders (buyer_id, seller_id, delivery_type, total_price,"
                            + " original_price, delivery_fee, address, comment, buyer_phone, buyer_fio, "
                            + SNAPSHOT
                            + ")"
                            + " select ?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?8, ?9, "
                            + SNAPSHOT_VALUES
                            + " from sellers s left join users u on u.tg_id = s.seller_id where s.seller_id = ?2 returning id")
                    .setParameter(1, buyer)
                    .setParameter(2, seller)
                    .setParameter(3, type.wire())
                    .setParameter(4, total)
                    .setParameter(5, fee)
                    .setParameter(6, address)
                    .setParameter(7, comment)
                    .setParameter(8, phone)
                    .setParameter(9, fio)
                    .getSingleResult())
            .longValue();
    int no = 0;
    for (ItemsInfo.Line l : lines) {
      db.createNativeQuery(
              "insert into order_items (order_id, line_no, product_id, name, price, quantity)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, id)
          .setParameter(2, ++no)
          .setParameter(3, l.productId())
          .setParameter(4, l.name())
          .setParameter(5, l.price())
          .setParameter(6, l.quantity())
          .executeUpdate();
    }
    history(id, null, OrderStatus.PENDING, Actor.BUYER, buyer);
    notify(seller, "order_created", id);
    return id;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void history(long orderId, OrderStatus from, OrderStatus to, Actor actor, long actorId) {
    db.createNativeQuery(
            "insert into order_status_history (order_id, from_status, to_status, actor, actor_id)"
                + " values (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, orderId)
        .setParameter(2, from == null ? null : from.wire())
        .setParameter(3, to.wire())
        .setParameter(4, actor.name().toLowerCase(Locale.ROOT))
        .setParameter(5, actorId)
        .executeUpdate();
  }

  /** An outbox row for the Telegram dispatcher; the message is rendered when it is sent. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void notify(long chatId, String kind, long orderId) {
    db.createNativeQuery(
            "insert into notification_outbox (chat_id, kind, payload) values (?1, ?2, ?3)")
        .setParameter(1, chatId)
        .setParameter(2, kind)
        .setParameter(3, "{\"order_id\":" + orderId + "}")
        .executeUpdate();
  }

  /**
   * Refreshes the snapshot on every order of a seller about to be hard-deleted, so its orders show
   * the shop as it was at the end (the delete then sets their {@code seller_id} to null). Returns
   * the number of orders kept.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int snapshotSeller(long sellerId) {
    return db.createNativeQuery(
            "update orders set ("
                + SNAPSHOT
                + ") = (select "
                + SNAPSHOT_VALUES
                + " from sellers s left join users u on u.tg_id = s.seller_id where s.seller_id = ?1)"
                + " where seller_id = ?1")
        .setParameter(1, sellerId)
        .executeUpdate();
  }
}
