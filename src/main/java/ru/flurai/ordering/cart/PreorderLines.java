package ru.flurai.ordering.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;
import ru.flurai.preorder.PreorderBooking;

/**
 * Cart lines of preorder products (LATER.md §2.5): one line per (product, date), no stock reserved
 * (so no reservation time, never swept), quantity not capped by stock. The date must be one the
 * shop offers now and not fully booked; checkout checks both again under the seller lock. Quantity
 * changes and removals by product id apply to every date's line of the product (the client sends no
 * date).
 */
@ApplicationScoped
class PreorderLines {
  /** A line's quantity never grows past this (an int that cannot overflow on repeated adds). */
  static final int MAX_QUANTITY = 1000;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject PreorderBooking booking;

  @Transactional(Transactional.TxType.MANDATORY)
  CartViews.Added add(long buyer, long productId, Row product, int quantity, String rawDate) {
    LocalDate date = PreorderBooking.parseDate(rawDate);
    long seller = product.num("seller_id");
    booking.requireBookable(seller, date);
    Row row =
        Rows.one(
            db,
            "insert into cart_items (buyer_id, product_id, seller_id, quantity, name, price,"
                + " reserved_at, preorder_delivery_date) values (?1, ?2, ?3, least(?4, ?7), ?5, ?6,"
                + " null, ?8) on conflict (buyer_id, product_id, preorder_delivery_date)"
                + " where preorder_delivery_date is not null do update set"
                + " quantity = least(cart_items.quantity + excluded.quantity, ?7),"
                + " price = excluded.price, name = excluded.name returning quantity",
            buyer,
            productId,
            seller,
            quantity,
            product.str("name"),
            product.decimal("price"),
            MAX_QUANTITY,
            date);
    return new CartViews.Added(productId, row.integer("quantity"), seller, null);
  }

  /** Sets the quantity of the product's preorder lines (0 removes them); false when it has none. */
  @Transactional(Transactional.TxType.MANDATORY)
  boolean update(long buyer, long productId, int quantity) {
    if (quantity <= 0) {
      return remove(buyer, productId) > 0;
    }
    return db.createNativeQuery(
                "update cart_items set quantity = ?1 where buyer_id = ?2 and product_id = ?3"
                    + " and preorder_delivery_date is not null")
            .setParameter(1, Math.min(quantity, MAX_QUANTITY))
            .setParameter(2, buyer)
            .setParameter(3, productId)
            .executeUpdate()
        > 0;
  }

  /** Deletes the product's preorder lines (they hold no stock); returns how many. */
  @Transactional(Transactional.TxType.MANDATORY)
  int remove(long buyer, long productId) {
    return db.createNativeQuery(
            "delete from cart_items where buyer_id = ?1 and product_id = ?2"
                + " and preorder_delivery_date is not null")
        .setParameter(1, buyer)
        .setParameter(2, productId)
        .executeUpdate();
  }
}
