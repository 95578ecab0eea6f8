package ru.flurai.ordering.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import ru.flurai.catalog.product.Stock;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;

/**
 * How long cart rows hold stock (PRODUCT.md §3.2). A cart row holds its quantity in {@code
 * products.reserved_quantity} until the row is deleted; the units move through the catalogue's
 * {@link Stock}. Callers provide the transaction.
 */
@ApplicationScoped
public class Reservations {
  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;
  @Inject Stock stock;

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
    return maxHold(ttl(), config.cartReservationMax());
  }

  /** The maximum hold is never shorter than one reservation's lifetime. */
  static Duration maxHold(Duration ttl, Duration configuredMax) {
    return configuredMax.compareTo(ttl) < 0 ? ttl : configuredMax;
  }

  /**
   * How long after a line's first reservation its timer may still be restarted: a restart at that
   * moment lapses exactly {@code maxHold} after the first reservation.
   */
  static Duration lastRestartAfterFirst(Duration ttl, Duration configuredMax) {
    return maxHold(ttl, configuredMax).minus(ttl);
  }

  /**
   * The latest {@code reserved_at} an extension may set, as SQL over a cart row: the line then
   * expires at most {@link #maxHold} after its first reservation.
   */
  String latestReservedAt() {
    return "cart_items.first_reserved_at + make_interval(secs => "
        + lastRestartAfterFirst(ttl(), config.cartReservationMax()).toSeconds()
        + ")";
  }

  /**
   * Deletes expired cart rows (of one buyer, or of everyone when {@code buyerId} is null) and frees
   * their stock.
   */
  public int releaseExpired(Long buyerId) {
    List<Row> freed =
        Rows.list(
            db,
            "delete from cart_items where reserved_at < now() - make_interval(secs => ?1)"
                + " and (cast(?2 as bigint) is null or buyer_id = cast(?2 as bigint))"
                + " returning product_id, quantity",
            ttl().toSeconds(),
            buyerId);
    for (Row row : freed) {
      stock.release(row.num("product_id"), row.integer("quantity"));
    }
    return freed.size();
  }
}
