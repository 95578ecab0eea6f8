package ru.flurai.catalog.listing;

import ru.flurai.catalog.listing.CatalogueViews.AvailabilityView;
import ru.flurai.catalog.shop.DailyLimits;

/**
 * Today's free order slots of a shop: the effective limits minus the orders already counted against
 * them.
 */
public record Slots(DailyLimits.Limits limits, OrdersToday.Used used) {
  public static final String AVAILABLE = "available";
  public static final String BUSY = "busy";
  public static final String UNAVAILABLE = "unavailable";

  static Slots of(AvailabilityView v) {
    return new Slots(
        new DailyLimits.Limits(v.deliveryLimit(), v.pickupLimit()),
        new OrdersToday.Used(v.deliveryUsed(), v.pickupUsed()));
  }

  public int delivery() {
    return Math.max(0, limits.delivery() - used.delivery());
  }

  public int pickup() {
    return Math.max(0, limits.pickup() - used.pickup());
  }

  public int total() {
    return delivery() + pickup();
  }

  /**
   * "unavailable" when the shop takes no orders today at all, "busy" when today's slots are used
   * up.
   */
  public static String state(int limit, int free, boolean accepting) {
    if (!accepting || limit <= 0) {
      return UNAVAILABLE;
    }
    return free > 0 ? AVAILABLE : BUSY;
  }

  public String overall(boolean accepting) {
    return state(limits.total(), total(), accepting);
  }

  public String deliveryState(boolean accepting) {
    return state(limits.delivery(), delivery(), accepting);
  }

  public String pickupState(boolean accepting) {
    return state(limits.pickup(), pickup(), accepting);
  }

  public AvailabilityView view() {
    return new AvailabilityView(
        delivery(), pickup(), limits.delivery(), limits.pickup(), used.delivery(), used.pickup());
  }
}
