package ru.flurai.preorder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.db.Rows.Row;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;

/**
 * Whether a preorder may be booked for a date (LATER.md §2.5–§2.6): the date must be one the shop
 * offers now, and the shop's per-date maximum of preorder orders (rejected and cancelled ones do
 * not count) must leave a place. The cart checks it when a line is added; checkout checks it again
 * under the seller row lock it holds, so two buyers can never both take the last place.
 */
@ApplicationScoped
public class PreorderBooking {
  public static final String NO_DATE = "Для предзаказа укажите дату поставки";
  public static final String BAD_DATE = "Неверный формат даты (ожидается ГГГГ-ММ-ДД)";
  public static final String DATE_UNAVAILABLE = "Выбранная дата недоступна для предзаказа";
  static final String SHOP_NOT_FOUND = "Магазин не найден";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject PreorderCalendar calendar;

  /** The date a buyer sent: required, {@code YYYY-MM-DD} (its first ten characters). */
  public static LocalDate parseDate(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new Invalid(NO_DATE);
    }
    String s = raw.strip();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new Invalid(BAD_DATE);
    }
  }

  /** The shop's preorder settings, read from the primary; 404 for an unknown or deleted shop. */
  public PreorderTerms terms(long sellerId) {
    Row r =
        Rows.first(
                db,
                "select "
                    + PreorderCalendar.COLUMNS
                    + " from sellers s where s.seller_id = ?1 and s.deleted_at is null",
                sellerId)
            .orElseThrow(() -> new NotFound(SHOP_NOT_FOUND));
    return PreorderCalendar.terms(r);
  }

  /** Add-to-cart: the date is offered now and not fully booked (nothing is held). */
  @Transactional
  public PreorderTerms requireBookable(long sellerId, LocalDate date) {
    return check(sellerId, date);
  }

  /**
   * Checkout, in its transaction and under the seller row lock it already holds: the same checks,
   * now counted against every committed order, so the answer holds until the order is written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public PreorderTerms seat(long sellerId, LocalDate date) {
    return check(sellerId, date);
  }

  /** The early-booking discount on {@code goods} for that date, by today's calendar date. */
  public BigDecimal discount(PreorderTerms terms, BigDecimal goods, LocalDate date) {
    return terms.discount(goods, date, calendar.calendarToday());
  }

  private PreorderTerms check(long sellerId, LocalDate date) {
    PreorderTerms t = terms(sellerId);
    if (!calendar.available(t).contains(date)) {
      throw new Invalid(DATE_UNAVAILABLE);
    }
    if (t.limited() && booked(sellerId, date) >= t.maxPerDate()) {
      throw new Conflict("На эту дату все места заняты (лимит: " + t.maxPerDate() + ")");
    }
    return t;
  }

  /** Preorder orders of the seller for the date that hold a place (not rejected or cancelled). */
  long booked(long sellerId, LocalDate date) {
    return Rows.one(
            db,
            "select count(*) as n from orders where seller_id = ?1 and is_preorder"
                + " and preorder_delivery_date = ?2 and status not in ('rejected', 'cancelled')",
            sellerId,
            date)
        .num("n");
  }
}
