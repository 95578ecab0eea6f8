package ru.flurai.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ru.flurai.crm.CustomerViews.Upcoming;
import ru.flurai.platform.db.Rows;

/**
 * Birthdays and customer events coming up (LATER.md §6.6): each recurs every year on its day (29
 * February only in leap years); the next occurrence from {@code today} is within {@code days}.
 */
@ApplicationScoped
public class UpcomingEvents {
  static final String BIRTHDAY = "День рождения";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  /** A due date with what to remind of. */
  record Due(Upcoming item, long sourceId, int remindDaysBefore) {}

  @Transactional
  public List<Upcoming> of(long sellerId, LocalDate today, int days) {
    return due(sellerId, today, days).stream().map(Due::item).toList();
  }

  List<Due> due(long sellerId, LocalDate today, int days) {
    List<Due> out = new ArrayList<>();
    for (Rows.Row r :
        Rows.list(
            db,
            "select e.id, e.customer_id, e.title, e.event_date, e.remind_days_before,"
                + " c.first_name, c.last_name from customer_events e"
                + " join customers c on c.id = e.customer_id where e.seller_id = ?1",
            sellerId)) {
      next(r.date("event_date"), today)
          .filter(d -> ChronoUnit.DAYS.between(today, d) <= days)
          .ifPresent(
              d ->
                  out.add(
                      new Due(
                          new Upcoming(
                              "event",
                              r.num("customer_id"),
                              name(r.str("last_name"), r.str("first_name")),
                              r.str("title"),
                              d,
                              (int) ChronoUnit.DAYS.between(today, d)),
                          r.num("id"),
                          r.integer("remind_days_before"))));
    }
    for (Rows.Row r :
        Rows.list(
            db,
            "select id, first_name, last_name, birthday from customers"
                + " where seller_id = ?1 and birthday is not null",
            sellerId)) {
      next(r.date("birthday"), today)
          .filter(d -> ChronoUnit.DAYS.between(today, d) <= days)
          .ifPresent(
              d ->
                  out.add(
                      new Due(
                          new Upcoming(
                              "birthday",
                              r.num("id"),
                              name(r.str("last_name"), r.str("first_name")),
                              BIRTHDAY,
                              d,
                              (int) ChronoUnit.DAYS.between(today, d)),
                          r.num("id"),
                          3)));
    }
    out.sort(
        Comparator.comparingInt((Due d) -> d.item().daysUntil())
            .thenComparing(d -> d.item().customerName()));
    return out;
  }

  /**
   * The date itself while it is ahead, else its next anniversary on or after {@code today} (none
   * for 29 February off leap years within four years).
   */
  static Optional<LocalDate> next(LocalDate date, LocalDate today) {
    if (!date.isBefore(today)) {
      return Optional.of(date); // a date still ahead comes first on that day itself
    }
    MonthDay md = MonthDay.from(date);
    for (int year = today.getYear(); year <= today.getYear() + 4; year++) {
      if (md.isValidYear(year)) {
        LocalDate d = md.atYear(year);
        if (!d.isBefore(today)) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  static String name(String last, String first) {
    return (last == null || last.isBlank() || "—".equals(last) ? "" : last + " ")
        + (first == null ? "" : first);
  }
}
