package ru.flurai.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import ru.flurai.platform.db.Rows;

/**
 * The one writer of a product's stock ({@code products.quantity}) and of the units carts hold
 * ({@code products.reserved_quantity}), PRODUCT.md §3.2–§3.4. Every move is one guarded UPDATE of
 * one product row: the row lock it takes orders concurrent moves, and its condition is checked
 * against the row as the previous holder left it, so {@code 0 <= reserved_quantity <= quantity}
 * whatever runs at the same time (the table's checks are the last line). Each move joins the
 * caller's transaction ({@code MANDATORY}); a caller moving several products moves them in product
 * id order, so two transactions never wait on each other's rows.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Stock {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /**
   * Reserves up to {@code wanted} of the free units ({@code quantity - reserved_quantity}); returns
   * how many were reserved, 0 when none is free (or the product is gone).
   *
   * <p>Two statements on one locked row. The first locks the row if it has a free unit as committed
   * when the statement starts (none free: it answers 0 at once, without waiting for a transaction
   * that may free some), waiting for a transaction holding it and then reading the row as that one
   * left it; the second is the guarded update, which cannot miss under that lock. (One {@code
   * UPDATE … FROM (SELECT … FOR UPDATE)} read the locked subquery's newer row but updated the
   * statement's older one: racing a return it wrote more reserved than stock, and the table's check
   * turned that into a 500; {@code StockRaceIT#aReservationWaitingOnAReturnGetsTheReturnedUnits}.)
   */
  public int reserveUpTo(long productId, int wanted) {
    @SuppressWarnings("unchecked")
    List<Object> free =
        db.createNativeQuery(
                "select quantity - reserved_quantity from products"
                    + " where id = ?1 and quantity > reserved_quantity for update")
            .setParameter(1, productId)
            .getResultList();
    int n = free.isEmpty() ? 0 : Math.min(wanted, ((Number) free.get(0)).intValue());
    if (n <= 0) {
      return 0;
    }
    int moved =
        db.createNativeQuery(
                "update products set reserved_quantity = reserved_quantity + ?1"
                    + " where id = ?2 and quantity - reserved_quantity >= ?1")
            .setParameter(1, n)
            .setParameter(2, productId)
            .executeUpdate();
    return moved == 1 ? n : 0;
  }

  /**
   * {@link #reserveUpTo}, refused with {@link OutOfStock} ({@code Товар закончился}) when no unit
   * is free; returns 1 to {@code wanted}.
   */
  public int reserveSome(long productId, int wanted) {
    int granted = reserveUpTo(productId, wanted);
    if (granted == 0) {
      throw OutOfStock.soldOut();
    }
    return granted;
  }

  /**
   * Frees {@code units} held by a cart row that is gone; never below 0. Returns whether the product
   * exists.
   */
  public boolean release(long productId, int units) {
    return db.createNativeQuery(
                "update products set reserved_quantity = greatest(0, reserved_quantity - ?1)"
                    + " where id = ?2")
            .setParameter(1, units)
            .setParameter(2, productId)
            .executeUpdate()
        == 1;
  }

  /**
   * Sells {@code units} out of a reservation: stock and reservation both drop by them, only if the
   * reservation still holds them; refused with {@link OutOfStock} naming the product otherwise.
   */
  public void sell(long productId, int units, String productName) {
    int moved =
        db.createNativeQuery(
                "update products set quantity = quantity - ?1, reserved_quantity ="
                    + " reserved_quantity - ?1 where id = ?2 and reserved_quantity >= ?1 and quantity >= ?1")
            .setParameter(1, units)
            .setParameter(2, productId)
            .executeUpdate();
    if (moved != 1) {
      throw OutOfStock.of(productName);
    }
  }

  /**
   * Sells {@code units} that no cart held (a guest's order, PRODUCT.md §8.2): they are reserved and
   * sold at once through the same guarded moves, all or nothing; refused with {@link OutOfStock}
   * naming the product when fewer are free (the caller's rollback frees any part reserved). Units
   * other carts hold are never taken.
   */
  public void reserveAndSell(long productId, int units, String productName) {
    if (reserveUpTo(productId, units) < units) {
      throw OutOfStock.of(productName);
    }
    sell(productId, units, productName);
  }

  /**
   * Puts {@code units} of a rejected or cancelled order back into stock, free for anyone; returns
   * false when the product is gone (nothing to give back to).
   */
  public boolean giveBack(long productId, int units) {
    return db.createNativeQuery("update products set quantity = quantity + ?1 where id = ?2")
            .setParameter(1, units)
            .setParameter(2, productId)
            .executeUpdate()
        == 1;
  }

  /** A product whose stock is derived from a bouquet's flowers, as locked for the derivation. */
  public record BouquetBacked(long productId, long bouquetId, int quantity, int reserved) {}

  /**
   * Locks every product of the seller (in id order, the order checkout sells them in) and answers
   * the ones backed by a bouquet that are not preorder products: the stock the florist feature
   * derives from the flowers on hand. Held until the caller's transaction ends, so no sale or
   * reservation of the shop runs between reading the stock and setting it.
   */
  public List<BouquetBacked> lockBouquetBacked(long sellerId) {
    return Rows.list(
            db,
            "select id, bouquet_id, quantity, reserved_quantity, is_preorder from products"
                + " where seller_id = ?1 order by id for update",
            sellerId)
        .stream()
        .filter(r -> r.optNum("bouquet_id") != null && !r.flag("is_preorder"))
        .map(
            r ->
                new BouquetBacked(
                    r.num("id"),
                    r.num("bouquet_id"),
                    r.integer("quantity"),
                    r.integer("reserved_quantity")))
        .toList();
  }

  /**
   * Sets a bouquet-backed product's stock to the units its flowers allow, never below what carts
   * hold (so {@code reserved_quantity <= quantity} stays true); returns the stock set, or -1 when
   * the product is gone.
   */
  public int derive(long productId, int units) {
    List<Rows.Row> set =
        Rows.list(
            db,
            "update products set quantity = greatest(?1, reserved_quantity), updated_at = now()"
                + " where id = ?2 returning quantity",
            Math.max(0, units),
            productId);
    return set.isEmpty() ? -1 : set.get(0).integer("quantity");
  }
}
