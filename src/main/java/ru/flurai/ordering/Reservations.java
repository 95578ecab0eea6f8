package ru.flurai.ordering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import ru.flurai.platform.config.FluraiConfig;

/**
 * Stock held by carts (PRODUCT.md §3.2). A cart row holds its quantity in {@code
 * products.reserved_quantity} until the row is deleted; every move is a guarded UPDATE, so stock
 * never goes negative and reservations never exceed stock, whatever runs concurrently. Callers
 * provide the transaction.
 */
@ApplicationScoped
public class Reservations {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;

  /**
   * How long a reservation lives without an extension ({@code CART_RESERVATION_SECONDS}, default
   * 300).
   */
  public Duration ttl() {
    return config.cartReservation();
  }

  /**
   * Extensions stop this long after a line's first reservation ({@code
   * CART_RESERVATION_MAX_SECONDS}, 1 800).
   */
  public Duration maxHold() {
    Duration max = config.cartReservationMax();
    return max.compareTo(ttl()) < 0 ? ttl() : max;
  }

  /**
   * The latest {@code reserved_at} an extension may set, as SQL over a cart row: the line then
   * expires at most {@link #maxHold} after its first reservation.
   */
  String latestReservedAt() {
    return "cart_items.first_reserved_at + make_interval(secs => "
        + (maxHold().toSeconds() - ttl().toSeconds())
        + ")";
  }

  /**
   * Reserves up to {@code wanted} units; returns how many were granted (0 when nothing is
   * available).
   */
  public int reserveUpTo(long productId, int wanted) {
    @SuppressWarnings("unchecked")
    List<Object> granted =
        db.createNativeQuery(
                "update products p set reserved_quantity = p.reserved_quantity + g.n"
                    + " from (select id, least(?1, quantity - reserved_quantity) as n from products"
                    + "       where id = ?2 for update) g"
                    + " where p.id = g.id and g.n > 0 returning g.n")
            .setParameter(1, wanted)
            .setParameter(2, productId)
            .getResultList();
    return granted.isEmpty() ? 0 : ((Number) granted.get(0)).intValue();
  }

  /** Reserves exactly {@code n} units or nothing. */
  public boolean reserveExactly(long productId, int n) {
    return db.createNativeQuery(
                "update products set reserved_quantity = reserved_quantity + ?1"
                    + " where id = ?2 and quantity - reserved_quantity >= ?1")
            .setParameter(1, n)
            .setParameter(2, productId)
            .executeUpdate()
        == 1;
  }

  public void release(long productId, int n) {
    db.createNativeQuery(
            "update products set reserved_quantity = greatest(0, reserved_quantity - ?1) where id = ?2")
        .setParameter(1, n)
        .setParameter(2, productId)
        .executeUpdate();
  }

  /**
   * Deletes expired cart rows (of one buyer, or of everyone when {@code buyerId} is null) and frees
   * their stock.
   */
  public int releaseExpired(Long buyerId) {
    @SuppressWarnings("unchecked")
    List<Object[]> freed =
        db.createNativeQuery(
                "delete from cart_items where reserved_at < now() - make_interval(secs => ?1)"
                    + " and (cast(?2 as bigint) is null or buyer_id = cast(?2 as bigint))"
                    + " returning product_id, quantity")
            .setParameter(1, ttl().toSeconds())
            .setParameter(2, buyerId)
            .getResultList();
    for (Object[] row : freed) {
      release(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
    return freed.size();
  }
}
