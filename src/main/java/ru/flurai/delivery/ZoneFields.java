package ru.flurai.delivery;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import ru.flurai.platform.domain.Invalid;

/**
 * The panel's zone body (LATER.md §3.2) read into {@link ZoneTerms}. A new zone takes the defaults
 * for what is absent (price 0, active, priority 0, no thresholds). A change keeps what is absent
 * and drops {@code null} values, except the two thresholds: the panel resends every stored value on
 * edit and sends {@code null} for an emptied "Бесплатно от суммы", so there {@code null} clears
 * (the old backend ignored it and the threshold could never be removed).
 */
final class ZoneFields {
  private ZoneFields() {}

  static ZoneTerms created(JsonObject body) {
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    return ZoneTerms.of(
        text(b, "name"),
        ids(b),
        money(b, "delivery_price"),
        money(b, "min_order_amount"),
        money(b, "free_delivery_from"),
        present(b, "is_active") ? bool(b, "is_active") : true,
        present(b, "priority") ? integer(b, "priority") : 0);
  }

  static ZoneTerms changed(ZoneTerms old, JsonObject body) {
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    return ZoneTerms.of(
        present(b, "name") ? text(b, "name") : old.name(),
        present(b, "district_ids") ? ids(b) : old.districtIds(),
        present(b, "delivery_price") ? money(b, "delivery_price") : old.deliveryPrice(),
        b.containsKey("min_order_amount") ? money(b, "min_order_amount") : old.minOrderAmount(),
        b.containsKey("free_delivery_from")
            ? money(b, "free_delivery_from")
            : old.freeDeliveryFrom(),
        present(b, "is_active") ? bool(b, "is_active") : old.active(),
        present(b, "priority") ? integer(b, "priority") : old.priority());
  }

  private static boolean present(JsonObject b, String key) {
    return b.containsKey(key) && !b.isNull(key);
  }

  private static String text(JsonObject b, String key) {
    JsonValue v = b.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v instanceof JsonString s) {
      return s.getString();
    }
    throw new Invalid("Поле " + key + " должно быть строкой");
  }

  private static Set<Long> ids(JsonObject b) {
    JsonValue v = b.get("district_ids");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return Set.of();
    }
    if (v.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new Invalid("Поле district_ids должно быть списком ID районов");
    }
    Set<Long> ids = new TreeSet<>();
    for (JsonValue item : v.asJsonArray()) {
      ids.add(id(item));
      if (ids.size() > ZoneTerms.MAX_DISTRICTS) {
        throw new Invalid("В зоне не может быть больше " + ZoneTerms.MAX_DISTRICTS + " районов");
      }
    }
    return ids;
  }

  private static long id(JsonValue v) {
    if (v instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().signum() > 0) {
      try {
        return n.longValueExact();
      } catch (ArithmeticException e) {
        // too big: refused below
      }
    }
    throw new Invalid("Некорректный ID района в district_ids");
  }

  private static BigDecimal money(JsonObject b, String key) {
    JsonValue v = b.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    try {
      if (v instanceof JsonNumber n) {
        return n.bigDecimalValue();
      }
      if (v instanceof JsonString s && s.getString().strip().length() <= 20) {
        String t = s.getString().strip().replace(',', '.');
        return t.isEmpty() ? null : new BigDecimal(t);
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new Invalid("Поле " + key + " должно быть числом");
  }

  private static boolean bool(JsonObject b, String key) {
    JsonValue v = b.get(key);
    if (v != null && v.getValueType() == JsonValue.ValueType.TRUE) {
      return true;
    }
    if (v != null && v.getValueType() == JsonValue.ValueType.FALSE) {
      return false;
    }
    throw new Invalid("Поле " + key + " должно быть true или false");
  }

  private static int integer(JsonObject b, String key) {
    if (b.get(key) instanceof JsonNumber n && n.isIntegral()) {
      try {
        int p = n.intValueExact();
        if (Math.abs(p) <= 1_000_000) {
          return p;
        }
      } catch (ArithmeticException e) {
        // refused below
      }
    }
    throw new Invalid("Поле " + key + " должно быть целым числом от -1000000 до 1000000");
  }
}
