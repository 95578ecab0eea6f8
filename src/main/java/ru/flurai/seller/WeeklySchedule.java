package ru.flurai.seller;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import ru.flurai.platform.http.ApiException;

/**
 * The per-weekday limits a seller sets in the limits tab (API.md §0.7): keys "0" (Monday) … "6",
 * values {@code {"delivery":int,"pickup":int}} (a legacy plain integer is kept as it is). {@code
 * {}} turns it off.
 */
final class WeeklySchedule {
  static final int MAX_LIMIT = 1000;

  private WeeklySchedule() {}

  /** The normalized schedule, or null when it is empty (no schedule). */
  static JsonObject normalize(JsonObject schedule) {
    Map<String, JsonValue> days = new TreeMap<>();
    for (Map.Entry<String, JsonValue> e : schedule.entrySet()) {
      String day = e.getKey();
      if (!Days.isWeekday(day)) {
        throw ApiException.badRequest("Некорректный день недели: " + day);
      }
      JsonValue v = e.getValue();
      if (v instanceof JsonObject o) {
        days.put(
            day,
            Json.createObjectBuilder()
                .add("delivery", limit(o.get("delivery"), day))
                .add("pickup", limit(o.get("pickup"), day))
                .build());
      } else if (v instanceof JsonNumber) {
        days.put(day, Json.createValue(limit(v, day)));
      } else if (v.getValueType() != JsonValue.ValueType.NULL) {
        throw ApiException.badRequest("Некорректный формат для дня " + day);
      }
    }
    if (days.isEmpty()) {
      return null;
    }
    JsonObjectBuilder b = Json.createObjectBuilder();
    days.forEach(b::add);
    return b.build();
  }

  private static int limit(JsonValue v, String day) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return 0;
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw ApiException.badRequest("Лимит должен быть целым числом (день " + day + ")");
    }
    if (n.bigDecimalValue().signum() < 0) {
      throw ApiException.badRequest("Лимит не может быть отрицательным");
    }
    if (n.bigDecimalValue().compareTo(BigDecimal.valueOf(MAX_LIMIT)) > 0) {
      throw ApiException.badRequest("Лимит не может быть больше " + MAX_LIMIT);
    }
    return n.intValue();
  }
}
