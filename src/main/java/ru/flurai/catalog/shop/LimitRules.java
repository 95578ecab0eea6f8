package ru.flurai.catalog.shop;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.platform.domain.Invalid;

/**
 * The one set of bounds for a shop's order limits (DOMAIN.md §3.3): every limit a person sets is a
 * whole number from 0 to {@value #MAX}, in the seller panel, in its weekly schedule and in the
 * admin panel alike. The two panels word a refusal differently (the seller panel names the broken
 * bound, the admin panel the range, in-band), so each has its texts here; the effective limits of a
 * day are {@link DailyLimits}, and their SQL form {@link LimitSql}.
 */
public final class LimitRules {
  public static final int MAX = 1000;

  static final String NEGATIVE = "Лимит не может быть отрицательным";
  static final String TOO_HIGH = "Лимит не может быть больше " + MAX;
  static final String ADMIN_RANGE = "Лимит должен быть от 0 до " + MAX;

  private LimitRules() {}

  /** A limit from the seller panel; null (not sent) passes. */
  static void requirePanel(Integer value) {
    if (value == null) {
      return;
    }
    if (value < 0) {
      throw new Invalid(NEGATIVE);
    }
    if (value > MAX) {
      throw new Invalid(TOO_HIGH);
    }
  }

  /** The admin's manual limit of today: required, in the bounds. */
  static void requireAdminLimit(Integer value) {
    if (value == null || value < 0 || value > MAX) {
      throw new Invalid(ADMIN_RANGE);
    }
  }

  /** The admin's base limits: each one sent in the bounds, and at least one sent. */
  static void requireAdminDefault(Integer total, Integer delivery, Integer pickup) {
    for (Integer n : new Integer[] {total, delivery, pickup}) {
      if (n != null && (n < 0 || n > MAX)) {
        throw new Invalid(ADMIN_RANGE);
      }
    }
    if (total == null && delivery == null && pickup == null) {
      throw new Invalid("Укажите лимит");
    }
  }

  /**
   * The weekly schedule as the seller sends it (API.md §0.7): keys "0" (Monday) … "6", values
   * {@code {"delivery":int,"pickup":int}} (a legacy plain integer is kept as it is), each limit in
   * the panel's bounds. Returns the normalized schedule, or null when it is empty (no schedule).
   */
  static JsonObject normalizeSchedule(JsonObject schedule) {
    Map<String, JsonValue> days = new TreeMap<>();
    for (Map.Entry<String, JsonValue> e : schedule.entrySet()) {
      String day = e.getKey();
      if (!OpeningHours.isWeekday(day)) {
        throw new Invalid("Некорректный день недели: " + day);
      }
      JsonValue v = e.getValue();
      if (v instanceof JsonObject o) {
        days.put(
            day,
            Json.createObjectBuilder()
                .add("delivery", scheduleLimit(o.get("delivery"), day))
                .add("pickup", scheduleLimit(o.get("pickup"), day))
                .build());
      } else if (v instanceof JsonNumber) {
        days.put(day, Json.createValue(scheduleLimit(v, day)));
      } else if (v.getValueType() != JsonValue.ValueType.NULL) {
        throw new Invalid("Некорректный формат для дня " + day);
      }
    }
    return JsonColumns.objectOrNull(days);
  }

  private static int scheduleLimit(JsonValue v, String day) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return 0;
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw new Invalid("Лимит должен быть целым числом (день " + day + ")");
    }
    if (n.bigDecimalValue().signum() < 0) {
      throw new Invalid(NEGATIVE);
    }
    if (n.bigDecimalValue().compareTo(BigDecimal.valueOf(MAX)) > 0) {
      throw new Invalid(TOO_HIGH);
    }
    return n.intValue();
  }

  /**
   * The admin's legacy total alone, split over the types in proportion to the current base limits
   * (half each when both are 0). Unlike {@link DailyLimits#split} (a legacy day of the weekly
   * schedule, each type at least 1), a type may get 0 here: these become the stored base limits.
   */
  static int adminDeliveryShare(int total, int baseDelivery, int basePickup) {
    int base = baseDelivery + basePickup;
    return base == 0 ? total / 2 : Math.round((float) total * baseDelivery / base);
  }
}
