package ru.flurai.preorder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import ru.flurai.platform.domain.Invalid;

/**
 * The analytics range on {@code created_at} (LATER.md §2.9): {@code period} = 1d|7d|30d|90d ends
 * today, in calendar days of SHOP_TIMEZONE; otherwise {@code date_from}/{@code date_to} (inclusive
 * days, either may be absent); an unknown period and no dates mean all time.
 */
record PreorderPeriod(Instant from, Instant to) {
  static final String BAD_DATE = "Дата должна быть в формате YYYY-MM-DD";

  static PreorderPeriod of(String period, String dateFrom, String dateTo, ZoneId zone) {
    LocalDate today = LocalDate.now(zone);
    Integer days =
        period == null
            ? null
            : switch (period.strip()) {
              case "1d" -> 1;
              case "7d" -> 7;
              case "30d" -> 30;
              case "90d" -> 90;
              default -> null;
            };
    if (days != null) {
      return new PreorderPeriod(
          today.minusDays(days - 1L).atStartOfDay(zone).toInstant(),
          today.plusDays(1).atStartOfDay(zone).toInstant());
    }
    LocalDate from = date(dateFrom);
    LocalDate to = date(dateTo);
    return new PreorderPeriod(
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
  }

  static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(s.strip());
      if (d.getYear() < 2000 || d.getYear() > 2100) {
        throw new Invalid("Дата должна быть между 2000-01-01 и 2100-12-31");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new Invalid(BAD_DATE);
    }
  }
}
