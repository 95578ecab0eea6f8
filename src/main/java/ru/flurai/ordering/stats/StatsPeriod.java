package ru.flurai.ordering.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import ru.flurai.platform.domain.Invalid;

/**
 * A stats range in calendar days of SHOP_TIMEZONE (API.md §6 Stats): a period ending today,
 * explicit dates (one date = one day, reversed dates are swapped), or all time (both null).
 */
public record StatsPeriod(String period, LocalDate from, LocalDate to) {
  /**
   * The longest explicit range: a day-by-day series of more would cost seconds and megabytes per
   * call.
   */
  static final int MAX_DAYS = 366;

  static final String TOO_LONG = "Период не может быть длиннее " + MAX_DAYS + " дней";
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  static final String OUT_OF_RANGE = "Дата должна быть между 2000-01-01 и 2100-12-31";

  public static StatsPeriod of(String period, String dateFrom, String dateTo, ZoneId zone) {
    LocalDate today = LocalDate.now(zone);
    if (period != null && !period.isBlank()) {
      int days =
          switch (period.strip()) {
            case "1d" -> 1;
            case "7d" -> 7;
            case "30d" -> 30;
            default -> throw new Invalid("period: 1d, 7d или 30d");
          };
      return new StatsPeriod(period.strip(), today.minusDays(days - 1L), today);
    }
    LocalDate from = date(dateFrom);
    LocalDate to = date(dateTo);
    if (from == null && to == null) {
      return new StatsPeriod(null, null, null);
    }
    from = from == null ? to : from;
    to = to == null ? from : to;
    StatsPeriod range =
        from.isAfter(to)
            ? new StatsPeriod("custom", to, from)
            : new StatsPeriod("custom", from, to);
    if (range.to.toEpochDay() - range.from.toEpochDay() + 1 > MAX_DAYS) {
      throw new Invalid(TOO_LONG);
    }
    return range;
  }

  public boolean allTime() {
    return from == null;
  }

  public Instant start(ZoneId zone) {
    return allTime() ? Instant.EPOCH : from.atStartOfDay(zone).toInstant();
  }

  public Instant end(ZoneId zone) {
    return allTime()
        ? Instant.parse("9999-01-01T00:00:00Z")
        : to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The same number of days just before this range. */
  public StatsPeriod previous() {
    if (allTime()) {
      return this;
    }
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    return new StatsPeriod(period, from.minusDays(days), from.minusDays(1));
  }

  static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new Invalid("Дата должна быть в формате YYYY-MM-DD");
    }
    if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
      throw new Invalid(OUT_OF_RANGE);
    }
    return d;
  }
}
