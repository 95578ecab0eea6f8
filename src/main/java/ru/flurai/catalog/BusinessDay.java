package ru.flurai.catalog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The shops' business day: it starts at 06:00 in SHOP_TIMEZONE, so before 06:00 the previous date
 * is "today" (PRODUCT.md §3.3). Weekday keys "0".."6" are Monday..Sunday of that day.
 */
public record BusinessDay(LocalDate date, Instant start, Instant end) {
  public static final int START_HOUR = 6;

  public static BusinessDay at(Instant now, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    LocalDate date =
        local.getHour() < START_HOUR ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    Instant start = date.atTime(START_HOUR, 0).atZone(zone).toInstant();
    Instant end = date.plusDays(1).atTime(START_HOUR, 0).atZone(zone).toInstant();
    return new BusinessDay(date, start, end);
  }

  /** "0" (Monday) … "6" (Sunday), as the panel's weekly schedule keys. */
  public String weekdayKey() {
    return Integer.toString(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
  }
}
