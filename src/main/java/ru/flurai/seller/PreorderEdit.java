package ru.flurai.seller;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.platform.domain.Invalid;

/**
 * The preorder tab's fields of PUT /seller-web/me (LATER, but stored now so the tab works): the
 * clamping rules of the original (API.md §6), with readable refusals for values that cannot mean
 * anything.
 */
final class PreorderEdit {
  static final Set<String> SCHEDULE_TYPES = Set.of("weekly", "interval_days", "custom_dates");
  static final int MAX_CUSTOM_DATES = 60;
  static final int MAX_DAYS = 365;

  private PreorderEdit() {}

  static void apply(JsonFields f, Shop shop) {
    Shop.Preorders p = shop.preorders();
    String scheduleType = p.scheduleType();
    if (f.string("preorder_schedule_type").isPresent()) {
      scheduleType = scheduleType(f.string("preorder_schedule_type").get());
    }
    // an explicit null clears these three (the panel sends null for what it does not use)
    LocalDate baseDate =
        f.present("preorder_base_date") ? f.date("preorder_base_date").orElse(null) : p.baseDate();
    Integer maxPerDate =
        f.present("preorder_max_per_date")
            ? f.integer("preorder_max_per_date")
                .map(n -> n <= 0 ? null : Math.min(n, 10_000))
                .orElse(null)
            : p.maxPerDate();
    String customDates =
        f.present("preorder_custom_dates")
            ? f.value("preorder_custom_dates").map(PreorderEdit::customDates).orElse("[]")
            : p.customDatesJson();
    Shop.Preorders next =
        new Shop.Preorders(
            f.bool("preorder_enabled").orElse(p.enabled()),
            scheduleType,
            f.integer("preorder_weekday").map(PreorderEdit::weekday).orElse(p.weekday()),
            f.integer("preorder_interval_days")
                .map(PreorderEdit::interval)
                .orElse(p.intervalDays()),
            baseDate,
            customDates,
            f.integer("preorder_min_lead_days")
                .map(d -> clamp(d, 0, MAX_DAYS))
                .orElse(p.minLeadDays()),
            maxPerDate,
            f.decimal("preorder_discount_percent")
                .map(PreorderEdit::percent)
                .orElse(p.discountPercent()),
            f.integer("preorder_discount_min_days")
                .map(d -> clamp(d, 1, MAX_DAYS))
                .orElse(p.discountMinDays()));
    requireComplete(next);
    if (!next.equals(p)) {
      shop.changePreorders(next);
    }
  }

  /**
   * Enabled preorders need a complete schedule (LATER.md §2.2), with the panel's own texts; a
   * switched-off tab may keep a half-filled one.
   */
  static void requireComplete(Shop.Preorders p) {
    if (!p.enabled() || p.scheduleType() == null) {
      return;
    }
    switch (p.scheduleType()) {
      case "weekly" -> {
        if (p.weekday() == null) {
          throw new Invalid("Выберите день недели для предзаказов");
        }
      }
      case "interval_days" -> {
        if (p.baseDate() == null || p.intervalDays() == null) {
          throw new Invalid("Укажите базовую дату и интервал в днях");
        }
      }
      default -> {
        if (customDates(p.customDatesJson()).isEmpty()) {
          throw new Invalid("Выберите хотя бы одну дату");
        }
      }
    }
  }

  private static String scheduleType(String v) {
    String t = v.strip();
    if (t.isEmpty()) {
      return null;
    }
    if (!SCHEDULE_TYPES.contains(t)) {
      throw new Invalid(
          "Некорректный тип расписания предзаказов: допустимы weekly, interval_days, "
              + "custom_dates");
    }
    return t;
  }

  private static Integer weekday(int d) {
    if (d < 0 || d > 6) {
      throw new Invalid("День недели для предзаказов должен быть от 0 до 6");
    }
    return d;
  }

  private static Integer interval(int d) {
    if (d < 1 || d > MAX_DAYS) {
      throw new Invalid("Интервал предзаказов должен быть от 1 до " + MAX_DAYS + " дней");
    }
    return d;
  }

  /**
   * Valid "YYYY-MM-DD" strings, sorted and distinct; anything else is dropped, as the original did.
   */
  private static String customDates(JsonValue v) {
    if (!(v instanceof JsonArray a)) {
      throw JsonFields.invalid("preorder_custom_dates");
    }
    List<LocalDate> dates =
        a.stream()
            .filter(x -> x instanceof JsonString)
            .map(x -> JsonFields.parseDate(((JsonString) x).getString().strip()))
            .flatMap(Optional::stream)
            .distinct()
            .sorted()
            .limit(MAX_CUSTOM_DATES)
            .toList();
    JsonArrayBuilder b = Json.createArrayBuilder();
    dates.forEach(d -> b.add(d.toString()));
    return b.build().toString();
  }

  static List<LocalDate> customDates(String json) {
    if (!(JsonColumns.parse(json) instanceof JsonArray a)) {
      return List.of();
    }
    return a.stream()
        .filter(x -> x instanceof JsonString)
        .map(x -> JsonFields.parseDate(((JsonString) x).getString()))
        .flatMap(Optional::stream)
        .toList();
  }

  private static BigDecimal percent(BigDecimal d) {
    BigDecimal clamped = d.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
    return clamped.setScale(2, RoundingMode.HALF_UP);
  }

  private static int clamp(int v, int min, int max) {
    return Math.max(min, Math.min(max, v));
  }
}
