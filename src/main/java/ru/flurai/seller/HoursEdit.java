package ru.flurai.seller;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import ru.flurai.platform.http.ApiException;

/**
 * The seller's edit of the opening hours, checked and normalized before it is stored ({@code
 * catalog.WorkingHours} reads the stored form). Opening hours (API.md §0.7): keys "0" … "6", values
 * {@code {"open":"HH:MM","close":"HH:MM"}} or null (day off); a missing key means no restriction
 * that day; "24:00" closes at midnight. The texts are the ones the panel shows (API.md §6).
 */
final class HoursEdit {
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

  private HoursEdit() {}

  /** The normalized hours, or null for "no restriction" (null or an empty object). */
  static JsonObject normalize(JsonObject hours) {
    if (hours == null) {
      return null;
    }
    Map<String, JsonValue> days = new TreeMap<>();
    for (Map.Entry<String, JsonValue> e : hours.entrySet()) {
      String day = e.getKey();
      if (!Days.isWeekday(day)) {
        throw ApiException.badRequest("Некорректный день недели: " + day);
      }
      JsonValue v = e.getValue();
      if (v.getValueType() == JsonValue.ValueType.NULL) {
        days.put(day, JsonValue.NULL);
      } else if (v instanceof JsonObject o) {
        String open = time(o.get("open"), day);
        String close = time(o.get("close"), day);
        if (open.compareTo(close) >= 0) {
          throw ApiException.badRequest(
              "Время открытия должно быть раньше закрытия для дня " + day);
        }
        days.put(day, Json.createObjectBuilder().add("open", open).add("close", close).build());
      } else {
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

  private static String time(JsonValue v, String day) {
    if (v instanceof JsonString s && TIME.matcher(s.getString()).matches()) {
      return s.getString();
    }
    throw ApiException.badRequest("Время должно быть в формате HH:MM для дня " + day);
  }
}
