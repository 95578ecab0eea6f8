package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import ru.flurai.catalog.BusinessDay;

/**
 * How much of today's limits the seller's orders use. Orders do not exist yet, so every count is 0; the ordering
 * feature replaces {@link #today} with counts derived from the orders of the business day (PRODUCT.md §3.3:
 * pending, and accepted … ready_for_pickup as active, per delivery type), never from stored counters.
 */
@ApplicationScoped
public class OrderUsage {
  /** Orders of one business day that hold a slot, per type. */
  public record Counts(int pendingDelivery, int pendingPickup, int activeDelivery, int activePickup) {
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

  public Counts today(long sellerId, BusinessDay day) {
    return Counts.NONE;
  }
}
