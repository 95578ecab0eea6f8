package ru.flurai.preorder;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop's preorder settings as the preorder rules read them (LATER.md §2.1): the schedule, the
 * minimum lead time, the per-date maximum of orders (null = unlimited) and the early-booking
 * discount.
 */
public record PreorderTerms(
    boolean enabled,
    String scheduleType,
    Integer weekday,
    Integer intervalDays,
    LocalDate baseDate,
    List<LocalDate> customDates,
    int minLeadDays,
    Integer maxPerDate,
    BigDecimal discountPercent,
    int discountMinDays) {
  public static final String WEEKLY = "weekly";
  public static final String INTERVAL_DAYS = "interval_days";
  public static final String CUSTOM_DATES = "custom_dates";

  public PreorderTerms {
    customDates = customDates == null ? List.of() : List.copyOf(customDates);
    discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
  }

  /**
   * The early-booking discount on {@code goods} (the lines, never the delivery fee) for a preorder
   * delivered on {@code date}: the percent when the date is at least {@code discountMinDays} days
   * after {@code today} (the plain SHOP_TIMEZONE calendar date, LATER.md §0.1), rounded half up to
   * the kopeck; otherwise 0.
   */
  public BigDecimal discount(BigDecimal goods, LocalDate date, LocalDate today) {
    if (discountPercent.signum() <= 0
        || ChronoUnit.DAYS.between(today, date) < Math.max(1, discountMinDays)) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal pct = discountPercent.min(BigDecimal.valueOf(100));
    return goods.multiply(pct).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /** Whether a per-date maximum is set (a stored value of 0 or less means none). */
  public boolean limited() {
    return maxPerDate != null && maxPerDate > 0;
  }

  /** The dates of a stored {@code preorder_custom_dates} JSON array; anything else is skipped. */
  public static List<LocalDate> customDates(String json) {
    List<LocalDate> out = new ArrayList<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    JsonArray a;
    try (var reader = Json.createReader(new StringReader(json))) {
      if (!(reader.readValue() instanceof JsonArray array)) {
        return out;
      }
      a = array;
    } catch (JsonException e) {
      return out;
    }
    for (var v : a) {
      if (v instanceof JsonString s) {
        String text = s.getString().strip();
        try {
          out.add(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
          // skipped, as the original did
        }
      }
    }
    return out;
  }
}
