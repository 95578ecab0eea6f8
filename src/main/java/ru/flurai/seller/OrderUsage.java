package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import ru.flurai.catalog.BusinessDay;

/**
 * How much of today's limits the seller's orders use, derived from the orders created in the
 * business day (PRODUCT.md §3.3), never from stored counters: pending ones, and "active" = every
 * other status that still holds its slot (all but rejected and cancelled) — the same count checkout
 * enforces.
 */
@ApplicationScoped
public class OrderUsage {
  /** Orders of one business day that hold a slot, per type. */
  public record Counts(
      int pendingDelivery, int pendingPickup, int activeDelivery, int activePickup) {
    public static final Counts NONE = new Counts(0, 0, 0, 0);

    public int pending() {
      return pendingDelivery + pendingPickup;
    }

    public int active() {
      return activeDelivery + activePickup;
    }

    public int used() {
      return pending() + active();
    }
  }

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  public Counts today(long sellerId, BusinessDay day) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        db.createNativeQuery(
                "select count(*) filter (where status = 'pending' and delivery_type"
                    + " = 'Доставка'), count(*) filter (where status = 'pending' and delivery_type = 'Самовывоз'),"
                    + " count(*) filter (where status <> 'pending' and delivery_type = 'Доставка'),"
                    + " count(*) filter (where status <> 'pending' and delivery_type = 'Самовывоз') from orders"
                    + " where seller_id = ?1 and status not in ('rejected', 'cancelled') and created_at >= ?2"
                    + " and created_at < ?3")
            .setParameter(1, sellerId)
            .setParameter(2, Timestamp.from(day.start()))
            .setParameter(3, Timestamp.from(day.end()))
            .getResultList();
    Object[] r = rows.get(0);
    return new Counts(
        ((Number) r[0]).intValue(),
        ((Number) r[1]).intValue(),
        ((Number) r[2]).intValue(),
        ((Number) r[3]).intValue());
  }
}
