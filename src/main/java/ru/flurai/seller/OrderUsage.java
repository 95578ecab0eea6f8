package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.platform.db.Rows;

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
    Rows.Row r =
        Rows.one(
            db,
            "select count(*) filter (where status = 'pending' and delivery_type"
                + " = 'Доставка') as pending_delivery,"
                + " count(*) filter (where status = 'pending' and delivery_type = 'Самовывоз')"
                + " as pending_pickup,"
                + " count(*) filter (where status <> 'pending' and delivery_type = 'Доставка')"
                + " as active_delivery,"
                + " count(*) filter (where status <> 'pending' and delivery_type = 'Самовывоз')"
                + " as active_pickup from orders"
                + " where seller_id = ?1 and status not in ('rejected', 'cancelled') and created_at >= ?2"
                + " and created_at < ?3 and not is_preorder",
            sellerId,
            Timestamp.from(day.start()),
            Timestamp.from(day.end()));
    return new Counts(
        r.integer("pending_delivery"),
        r.integer("pending_pickup"),
        r.integer("active_delivery"),
        r.integer("active_pickup"));
  }
}
