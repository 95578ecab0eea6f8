package ru.flurai.catalog.shop;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import ru.flurai.catalog.BusinessDay;

/**
 * Today's effective per-type order limits (DOMAIN.md §3.3, first match wins): a manual limit set
 * for this business day ({@code max_orders = 0} that day means closed), else the weekly schedule's
 * entry for the weekday, else the base limits. Pure: the inputs are the seller's stored settings.
 */
public final class DailyLimits {
  private DailyLimits() {}

  public record Limits(int delivery, int pickup) {
    public int total() {
      return delivery + pickup;
    }

    public boolean open() {
      return total() > 0;
    }
  }

  public static Limits effective(
      int baseDelivery,
      int basePickup,
      int maxOrders,
      LocalDate limitDate,
      JsonObject weeklySchedule,
      BusinessDay today) {
    if (today.date().equals(limitDate)) {
      return maxOrders == 0 ? new Limits(0, 0) : new Limits(baseDelivery, basePickup);
    }
    if (weeklySchedule != null && weeklySchedule.containsKey(today.weekdayKey())) {
      JsonValue day = weeklySchedule.get(today.weekdayKey());
      if (day instanceof JsonObject o) {
        int d = intOf(o.get("delivery"));
        int p = intOf(o.get("pickup"));
        if (d > 0 || p > 0) {
          return new Limits(d, p);
        }
      } else if (day instanceof JsonNumber n && n.intValue() > 0) {
        return split(n.intValue(), baseDelivery, basePickup);
      }
    }
    return new Limits(baseDelivery, basePickup);
  }

  /**
   * A legacy single-number day limit, split in proportion to the base limits, each type at least 1.
   */
  static Limits split(int total, int baseDelivery, int basePickup) {
    int base = baseDelivery + basePickup;
    if (base == 0) {
      return new Limits(Math.max(1, total / 2), Math.max(1, total - total / 2));
    }
    int d = Math.max(1, Math.round((float) total * baseDelivery / base));
    return new Limits(d, Math.max(1, total - d));
  }

  private static int intOf(JsonValue v) {
    return v instanceof JsonNumber n ? Math.max(0, n.intValue()) : 0;
  }
}
