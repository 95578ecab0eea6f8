package ru.flurai.ordering.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What an order writes beside itself, in the caller's transaction: the notifications for the
 * Telegram outbox, and the refresh of the shop snapshot ({@link SellerSnapshot}) on a seller's
 * orders before the seller is hard-deleted.
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
