package ru.flurai.preorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.BusinessDay;

/**
 * The dates offered for a preorder (LATER.md §2.3), one table per schedule type, across month and
 * year ends, a leap day and the 06:00 business-day boundary of SHOP_TIMEZONE (Moscow has no DST, so
 * the table checks that no date moves around the old DST weekends either).
 */
class PreorderCalendarTest {
  private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private static PreorderTerms weekly(int weekday, int lead) {
    return new PreorderTerms(
        true, "weekly", weekday, null, null, List.of(), lead, null, BigDecimal.ZERO, 7);
  }

  private static PreorderTerms interval(int days, String base, int lead) {
    return new PreorderTerms(
        true,
        "interval_days",
        null,
        days,
        LocalDate.parse(base),
        List.of(),
        lead,
        null,
        BigDecimal.ZERO,
        7);
  }

  private static PreorderTerms custom(int lead, String... dates) {
    return new PreorderTerms(
        true,
        "custom_dates",
        null,
        null,
        null,
        Arrays.stream(dates).map(LocalDate::parse).toList(),
        lead,
        null,
        BigDecimal.ZERO,
        7);
  }

  private static List<LocalDate> dates(String... d) {
    return Arrays.stream(d).map(LocalDate::parse).toList();
  }

  private static List<LocalDate> on(PreorderTerms t, String today) {
    return PreorderCalendar.available(t, LocalDate.parse(today));
  }

  /** weekday 0 = Monday … 6 = Sunday; the lead time counts from the business date. */
  @Test
  void weekly() {
    // Friday 2030-01-11 is the first Friday at least 2 days after Monday 2030-01-07
    assertEquals(
        dates("2030-01-11", "2030-01-18", "2030-01-25", "2030-02-01"),
        on(weekly(4, 2), "2030-01-07"));
    // the lead time pushes past a date that is too close
    assertEquals(LocalDate.parse("2030-01-18"), on(weekly(4, 5), "2030-01-07").get(0));
    // the earliest day itself counts when it is the weekday (lead 0: today)
    assertEquals(LocalDate.parse("2030-01-07"), on(weekly(0, 0), "2030-01-07").get(0));
    // across a year end: Saturday after Monday 2029-12-24 + 2 days, into January
    assertEquals(
        dates("2029-12-29", "2030-01-05", "2030-01-12", "2030-01-19"),
        on(weekly(5, 2), "2029-12-24"));
    // across February of a leap year: Sundays around 2028-02-29 (a Tuesday)
    assertEquals(
        dates("2028-03-05", "2028-03-12", "2028-03-19", "2028-03-26"),
        on(weekly(6, 2), "2028-02-29"));
    // across the end of March (an old DST weekend): nothing shifts
    assertEquals(
        dates("2030-03-31", "2030-04-07", "2030-04-14", "2030-04-21"),
        on(weekly(6, 0), "2030-03-30"));
    // a missing or impossible weekday offers nothing
    assertEquals(List.of(), on(weekly(7, 0), "2030-01-07"));
    assertEquals(
        List.of(),
        on(
            new PreorderTerms(
                true, "weekly", null, null, null, List.of(), 0, null, BigDecimal.ZERO, 7),
            "2030-01-07"));
  }

  @Test
  void intervalDays() {
    assertEquals(
        dates("2030-01-10", "2030-01-13", "2030-01-16", "2030-01-19"),
        on(interval(3, "2030-01-01", 2), "2030-01-07"));
    // a base date in the future: the series starts there
    assertEquals(
        dates("2030-03-01", "2030-03-11", "2030-03-21", "2030-03-31"),
        on(interval(10, "2030-03-01", 2), "2030-01-07"));
    // across a month end and a year end
    assertEquals(
        dates("2029-12-30", "2030-01-06", "2030-01-13", "2030-01-20"),
        on(interval(7, "2029-12-02", 2), "2029-12-27"));
    // a base date more than a year back still gives dates (the original gave up after 53 steps)
    assertEquals(
        dates("2030-01-09", "2030-01-16", "2030-01-23", "2030-01-30"),
        on(interval(7, "2020-01-01", 2), "2030-01-07"));
    // the earliest day itself when the series lands on it
    assertEquals(
        LocalDate.parse("2030-01-09"), on(interval(7, "2020-01-01", 2), "2030-01-07").get(0));
    // leap day in the series
    assertEquals(
        dates("2028-02-29", "2028-03-01", "2028-03-02", "2028-03-03"),
        on(interval(1, "2028-02-01", 0), "2028-02-29"));
    // a year-long interval: only the dates inside the 365-day horizon
    assertEquals(dates("2030-06-01"), on(interval(365, "2029-06-01", 0), "2030-01-07"));
    // no base date: nothing
    assertEquals(
        List.of(),
        on(
            new PreorderTerms(
                true, "interval_days", null, 3, null, List.of(), 0, null, BigDecimal.ZERO, 7),
            "2030-01-07"));
  }

  @Test
  void customDates() {
    // sorted, distinct, none before today + lead, at most four
    assertEquals(
        dates("2030-01-09", "2030-02-01"),
        on(custom(2, "2030-02-01", "2030-01-08", "2030-01-09", "2030-01-09"), "2030-01-07"));
    assertEquals(
        dates("2029-12-30", "2029-12-31", "2030-01-01", "2030-01-02"),
        on(
            custom(
                1,
                "2030-01-04",
                "2030-01-03",
                "2030-01-02",
                "2030-01-01",
                "2029-12-31",
                "2029-12-30"),
            "2029-12-29"));
    // beyond the horizon: left out
    assertEquals(dates("2030-03-01"), on(custom(0, "2030-03-01", "2032-01-01"), "2030-01-07"));
    assertEquals(List.of(), on(custom(0), "2030-01-07"));
  }

  @Test
  void disabledOrWithoutTypeOffersNothing() {
    PreorderTerms off =
        new PreorderTerms(false, "weekly", 4, null, null, List.of(), 2, null, BigDecimal.ZERO, 7);
    assertEquals(List.of(), on(off, "2030-01-07"));
    PreorderTerms noType =
        new PreorderTerms(true, null, 1, 1, null, List.of(), 0, null, BigDecimal.ZERO, 7);
    assertEquals(List.of(), on(noType, "2030-01-07"));
    PreorderTerms unknown =
        new PreorderTerms(true, "monthly", 1, 1, null, List.of(), 0, null, BigDecimal.ZERO, 7);
    assertEquals(List.of(), on(unknown, "2030-01-07"));
  }

  /**
   * The business date decides "today": at 05:59 in Moscow on Saturday 1 January it is still Friday
   * 31 December, so a Saturday with lead 0 is offered for that very morning.
   */
  @Test
  void theBusinessDayStartsAtSixInShopTime() {
    LocalDate beforeSix =
        BusinessDay.at(Instant.parse("2033-01-01T02:59:00Z"), MOSCOW).date(); // 05:59 MSK
    LocalDate atSix = BusinessDay.at(Instant.parse("2033-01-01T03:00:00Z"), MOSCOW).date();
    assertEquals(LocalDate.parse("2032-12-31"), beforeSix);
    assertEquals(LocalDate.parse("2033-01-01"), atSix);
    assertEquals(
        dates("2033-01-01", "2033-01-08", "2033-01-15", "2033-01-22"),
        PreorderCalendar.available(weekly(5, 1), beforeSix));
    assertEquals(
        dates("2033-01-08", "2033-01-15", "2033-01-22", "2033-01-29"),
        PreorderCalendar.available(weekly(5, 1), atSix));
  }

  @Test
  void customDatesAreReadFromTheStoredJson() {
    assertEquals(
        dates("2030-01-09", "2030-02-01"),
        PreorderTerms.customDates("[\"2030-01-09\", \"nope\", 5, \"2030-02-01T10:00\"]"));
    assertEquals(List.of(), PreorderTerms.customDates(null));
    assertEquals(List.of(), PreorderTerms.customDates("{}"));
  }
}
