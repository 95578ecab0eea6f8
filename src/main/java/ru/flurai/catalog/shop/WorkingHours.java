package ru.flurai.catalog.shop;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import ru.flurai.catalog.JsonColumns;

/**
 * A shop's working hours (API.md §0.7): keys "0".."6" are Monday..Sunday in SHOP_TIMEZONE; a null
 * day is a day off; a missing day, or a day whose times cannot be read, has no restriction. A shop
 * without working hours has no "open now" badge at all ({@code null}).
 */
public final class WorkingHours {
  private WorkingHours() {}

  public record Day(String open, String close) {}

  /**
   * The stored JSON as a map (null stays null; entries that are neither null nor {open, close} are
   * dropped).
   */
  public static Map<String, Day> parse(String json) {
    JsonObject o = JsonColumns.object(json);
    if (o == null) {
      return null;
    }
    Map<String, Day> days = new TreeMap<>();
    for (var e : o.entrySet()) {
      JsonValue v = e.getValue();
      if (v.getValueType() == JsonValue.ValueType.NULL) {
        days.put(e.getKey(), null);
      } else if (v instanceof JsonObject d
          && d.get("open") instanceof JsonString open
          && d.get("close") instanceof JsonString close) {
        days.put(e.getKey(), new Day(open.getString(), close.getString()));
      }
    }
    return days;
  }

  /**
   * Open at that local time: [open, close) on that weekday; close before open means open past
   * midnight.
   */
  public static Boolean openAt(Map<String, Day> hours, ZonedDateTime local) {
    if (hours == null) {
      return null;
    }
    String key = Integer.toString(local.getDayOfWeek().getValue() - 1);
    if (!hours.containsKey(key)) {
      return true;
    }
    Day day = hours.get(key);
    if (day == null) {
      return false;
    }
    int open = minutes(day.open());
    int close = minutes(day.close());
    if (open < 0 || close < 0 || open == close) {
      return true;
    }
    int now = local.getHour() * 60 + local.getMinute();
    return open < close ? now >= open && now < close : now >= open || now < close;
  }

  /** "HH:MM" as minutes of the day (24:00 allowed as the end of the day), or -1. */
  static int minutes(String hhmm) {
    if (hhmm == null || !hhmm.strip().matches("\\d{1,2}:\\d{2}")) {
      return -1;
    }
    String[] parts = hhmm.strip().split(":");
    int h = Integer.parseInt(parts[0]);
    int m = Integer.parseInt(parts[1]);
    if (h > 24 || m > 59 || (h == 24 && m > 0)) {
      return -1;
    }
    return h * 60 + m;
  }
}
