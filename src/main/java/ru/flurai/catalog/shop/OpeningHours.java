package ru.flurai.catalog.shop;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.platform.domain.Invalid;

/**
 * The shop's opening hours, the part of the Shop aggregate the working-hours tab edits (API.md
 * §0.7): keys "0" (Monday) … "6", values {@code {"open":"HH:MM","close":"HH:MM"}} or null (day
 * off); a missing key means no restriction that day; "24:00" closes at midnight; no hours at all
 * (null) means no restriction. {@link WorkingHours} reads the stored form for "open now".
 */
@Embeddable
public class OpeningHours {
  private static final Set<String> WEEKDAYS = Set.of("0", "1", "2", "3", "4", "5", "6");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d|24:00");

  /** JSON text of {"0":{"open","close"}|null,…}, or null for no restriction. */
  @Column(name = "working_hours")
  String json;

  protected OpeningHours() {}

  /** The hours the seller sends, checked with the panel's texts and stored normalized. */
  void change(JsonObject hours) {
    JsonObject normalized = normalize(hours);
    json = normalized == null ? null : normalized.toString();
  }

  public String json() {
    return json;
  }

  /** Weekday keys of the panel's schedules: "0" = Monday … "6" = Sunday. */
  static boolean isWeekday(String key) {
    return WEEKDAYS.contains(key);
  }

  /** The normalized hours, or null for "no restriction" (null or an empty object). */
  static JsonObject normalize(JsonObject hours) {
    if (hours == null) {
      return null;
    }
    Map<String, JsonValue> days = new TreeMap<>();
    for (Map.Entry<String, JsonValue> e : hours.entrySet()) {
      String day = e.getKey();
      if (!isWeekday(day)) {
        throw new Invalid("Некорректный день недели: " + day);
      }
      JsonValue v = e.getValue();
      if (v.getValueType() == JsonValue.ValueType.NULL) {
        days.put(day, JsonValue.NULL);
      } else if (v instanceof JsonObject o) {
        String open = time(o.get("open"), day);
        String close = time(o.get("close"), day);
        if (open.compareTo(close) >= 0) {
          throw new Invalid("Время открытия должно быть раньше закрытия для дня " + day);
        }
        days.put(day, Json.createObjectBuilder().add("open", open).add("close", close).build());
      } else {
        throw new Invalid("Некорректный формат для дня " + day);
      }
    }
    return JsonColumns.objectOrNull(days);
  }

  private static String time(JsonValue v, String day) {
    if (v instanceof JsonString s && TIME.matcher(s.getString()).matches()) {
      return s.getString();
    }
    throw new Invalid("Время должно быть в формате HH:MM для дня " + day);
  }
}
