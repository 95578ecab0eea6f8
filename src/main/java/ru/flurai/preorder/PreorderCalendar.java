package ru.flurai.preorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows.Row;

/**
 * The one clock and schedule of preorders (LATER.md §2.3, PRODUCT.md §8.3): the dates a buyer may
 * choose are computed from the business date of SHOP_TIMEZONE (the day starts at 06:00); "days
 * ahead" for the discount from the plain calendar date of the same zone.
 */
@ApplicationScoped
public class PreorderCalendar {
  /** How many dates the Mini App offers (its chips) and the panel previews. */
  public static final int COUNT = 4;

  /** No date further than this after the earliest one is offered (the original's weekly search). */
  public static final int HORIZON_DAYS = 365;

  /** The {@code preorder_*} columns of {@code sellers s} that {@link #terms} reads. */
  public static final String COLUMNS =
      "s.preorder_enabled, s.preorder_schedule_type, s.preorder_weekday,"
          + " s.preorder_interval_days, s.preorder_base_date::text as preorder_base_date,"
          + " s.preorder_custom_dates::text as preorder_custom_dates,"
          + " s.preorder_min_lead_days, s.preorder_max_per_date,"
          + " s.preorder_discount_percent, s.preorder_discount_min_days";

  @Inject FluraiConfig config;

  /** The settings of a row selected with {@link #COLUMNS}. */
  public static PreorderTerms terms(Row r) {
    String base = r.str("preorder_base_date");
    return new PreorderTerms(
        r.flag("preorder_enabled"),
        r.str("preorder_schedule_type"),
        r.optInt("preorder_weekday"),
        r.optInt("preorder_interval_days"),
        base == null ? null : LocalDate.parse(base),
        PreorderTerms.customDates(r.str("preorder_custom_dates")),
        r.integer("preorder_min_lead_days"),
        r.optInt("preorder_max_per_date"),
        r.decimal("preorder_discount_percent"),
        r.integer("preorder_discount_min_days"));
  }

  /** Today's business date (before 06:00 it is still yesterday). */
  public LocalDate businessToday() {
    return BusinessDay.at(Instant.now(), config.shopTimezone()).date();
  }

  /** Today's calendar date in SHOP_TIMEZONE. */
  public LocalDate calendarToday() {
    return LocalDate.now(config.shopTimezone());
  }

  /** The dates offered now. */
  public List<LocalDate> available(PreorderTerms t) {
    return available(t, businessToday());
  }

  /**
   * At most {@link #COUNT} dates, ascending, none before {@code today} + the minimum lead time and
   * none more than {@link #HORIZON_DAYS} after that; empty when preorders are off or the schedule
   * is incomplete.
   */
  public static List<LocalDate> available(PreorderTerms t, LocalDate today) {
    if (t == null || !t.enabled() || t.scheduleType() == null) {
      return List.of();
    }
    LocalDate earliest = today.plusDays(Math.max(0, t.minLeadDays()));
    LocalDate last = earliest.plusDays(HORIZON_DAYS);
    List<LocalDate> out = new ArrayList<>();
    switch (t.scheduleType()) {
      case PreorderTerms.WEEKLY -> {
        if (t.weekday() != null && t.weekday() >= 0 && t.weekday() <= 6) {
          int shift = Math.floorMod(t.weekday() - (earliest.getDayOfWeek().getValue() - 1), 7);
          for (LocalDate d = earliest.plusDays(shift);
              out.size() < COUNT && !d.isAfter(last);
              d = d.plusWeeks(1)) {
            out.add(d);
          }
        }
      }
      case PreorderTerms.INTERVAL_DAYS -> {
        Integer step = t.intervalDays();
        if (step != null && step > 0 && t.baseDate() != null) {
          long behind = ChronoUnit.DAYS.between(t.baseDate(), earliest);
          long k = behind <= 0 ? 0 : (behind + step - 1) / step;
          for (LocalDate d = t.baseDate().plusDays(k * step);
              out.size() < COUNT && !d.isAfter(last);
              d = d.plusDays(step)) {
            out.add(d);
          }
        }
      }
      case PreorderTerms.CUSTOM_DATES ->
          t.customDates().stream()
              .filter(d -> !d.isBefore(earliest) && !d.isAfter(last))
              .distinct()
              .sorted()
              .limit(COUNT)
              .forEach(out::add);
      default -> {
        // an unknown stored type offers nothing
      }
    }
    return out;
  }
}
