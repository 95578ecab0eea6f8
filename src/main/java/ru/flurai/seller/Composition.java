package ru.flurai.seller;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * A bouquet's composition {@code [{name, qty, unit}]} (API.md §6). {@code qty} is always a JSON
 * number or null: the Mini App calls {@code qty.toFixed(1)}, so a string would crash it. Units
 * outside the list become null, as do quantities that are not non-negative numbers; items without a
 * name are dropped.
 */
final class Composition {
  static final Set<String> UNITS = Set.of("шт.", "м", "г", "кг", "упак.", "мл", "л");
  static final int MAX_ITEMS = 50;
  static final int MAX_NAME = 255;
  private static final BigDecimal MAX_QTY = BigDecimal.valueOf(1_000_000);

  private Composition() {}

  static JsonArray normalize(JsonValue value) {
    if (!(value instanceof JsonArray items)) {
      throw new Invalid("Некорректный состав: ожидается список [{name, qty, unit}]");
    }
    JsonArrayBuilder out = Json.createArrayBuilder();
    int count = 0;
    for (JsonValue item : items) {
      if (!(item instanceof JsonObject o) || count == MAX_ITEMS) {
        continue;
      }
      String name =
          o.get("name") instanceof JsonString s ? CleanText.line(s.getString(), MAX_NAME) : null;
      if (name == null) {
        continue;
      }
      JsonObjectBuilder b = Json.createObjectBuilder().add("name", name);
      BigDecimal qty = qty(o.get("qty"));
      if (qty == null) {
        b.addNull("qty");
      } else {
        b.add("qty", qty);
      }
      String unit = o.get("unit") instanceof JsonString u ? u.getString().strip() : null;
      if (unit != null && UNITS.contains(unit)) {
        b.add("unit", unit);
      } else {
        b.addNull("unit");
      }
      out.add(b);
      count++;
    }
    return out.build();
  }

  private static BigDecimal qty(JsonValue v) {
    BigDecimal d = null;
    if (v instanceof JsonNumber n) {
      d = n.bigDecimalValue();
    } else if (v instanceof JsonString s) {
      try {
        d = new BigDecimal(s.getString().strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (d == null || d.signum() < 0 || d.compareTo(MAX_QTY) > 0) {
      return null;
    }
    d = d.stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }
}
