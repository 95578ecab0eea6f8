package ru.flurai.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import ru.flurai.crm.CustomerViews.Event;
import ru.flurai.loyalty.Cards;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.text.CleanText;

/**
 * A customer's dates (LATER.md §6.6–§6.7): anniversaries, orders to remember, with how many days
 * before the seller wants a reminder. An event is reached only through its seller and customer.
 */
@ApplicationScoped
public class CustomerEvents {
  static final String NOT_FOUND = "Событие не найдено";
  static final String BAD_DATE = "Неверный формат даты";
  static final String NO_TITLE = "Заполните название и дату";
  static final String BAD_REMIND = "remind_days_before: целое число от 0 до 365";
  static final int MAX_PER_CUSTOMER = 100;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Cards cards;

  @Transactional
  public List<Event> of(long sellerId, long customerId) {
    return Rows.list(
            db,
            "select id, title, event_date, remind_days_before, notes from customer_events"
                + " where customer_id = ?1 and seller_id = ?2 order by event_date, id",
            customerId,
            sellerId)
        .stream()
        .map(CustomerEvents::event)
        .toList();
  }

  @Transactional
  public Event create(long sellerId, long customerId, JsonObject body) {
    cards.of(sellerId, customerId);
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    String title = title(b.get("title"));
    LocalDate date = date(b.get("event_date"));
    if (title == null || date == null) {
      throw new Invalid(NO_TITLE);
    }
    int remind = b.containsKey("remind_days_before") ? remind(b.get("remind_days_before"), 3) : 3;
    String notes = notes(b.get("notes"));
    if (Rows.one(db, "select count(*) as n from customer_events where customer_id = ?1", customerId)
            .num("n")
        >= MAX_PER_CUSTOMER) {
      throw new Invalid("У клиента может быть не больше " + MAX_PER_CUSTOMER + " событий");
    }
    long id =
        Rows.one(
                db,
                "insert into customer_events (customer_id, seller_id, title, event_date,"
                    + " remind_days_before, notes) values (?1, ?2, ?3, ?4, ?5, ?6) returning id",
                customerId,
                sellerId,
                title,
                date,
                remind,
                notes)
            .num("id");
    return one(sellerId, customerId, id);
  }

  /** Partial: present fields change; {@code "notes": null} clears the notes. */
  @Transactional
  public Event update(long sellerId, long customerId, long eventId, JsonObject body) {
    Event now = one(sellerId, customerId, eventId);
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    String title = b.containsKey("title") ? title(b.get("title")) : now.title();
    LocalDate date = b.containsKey("event_date") ? date(b.get("event_date")) : now.eventDate();
    if (title == null || date == null) {
      throw new Invalid(NO_TITLE);
    }
    int remind =
        b.containsKey("remind_days_before")
            ? remind(b.get("remind_days_before"), now.remindDaysBefore())
            : now.remindDaysBefore();
    String notes = b.containsKey("notes") ? notes(b.get("notes")) : now.notes();
    db.createNativeQuery(
            "update customer_events set title = ?1, event_date = ?2, remind_days_before = ?3,"
                + " notes = ?4 where id = ?5")
        .setParameter(1, title)
        .setParameter(2, date)
        .setParameter(3, remind)
        .setParameter(4, notes)
        .setParameter(5, eventId)
        .executeUpdate();
    return one(sellerId, customerId, eventId);
  }

  @Transactional
  public void delete(long sellerId, long customerId, long eventId) {
    one(sellerId, customerId, eventId);
    db.createNativeQuery("delete from customer_events where id = ?1")
        .setParameter(1, eventId)
        .executeUpdate();
  }

  private Event one(long sellerId, long customerId, long eventId) {
    cards.of(sellerId, customerId);
    return Rows.first(
            db,
            "select id, title, event_date, remind_days_before, notes from customer_events"
                + " where id = ?1 and customer_id = ?2 and seller_id = ?3",
            eventId,
            customerId,
            sellerId)
        .map(CustomerEvents::event)
        .orElseThrow(() -> new NotFound(NOT_FOUND));
  }

  private static Event event(Rows.Row r) {
    return new Event(
        r.num("id"),
        r.str("title"),
        r.date("event_date"),
        r.integer("remind_days_before"),
        r.str("notes"));
  }

  private static String title(JsonValue v) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw new Invalid(NO_TITLE);
    }
    return CleanText.line(s.getString(), 255);
  }

  static LocalDate date(JsonValue v) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw new Invalid(BAD_DATE);
    }
    try {
      LocalDate d = LocalDate.parse(s.getString().strip());
      if (d.getYear() < 1900 || d.getYear() > 2100) {
        throw new Invalid(BAD_DATE);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new Invalid(BAD_DATE);
    }
  }

  private static int remind(JsonValue v, int otherwise) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return otherwise;
    }
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw new Invalid(BAD_REMIND);
    }
    int days;
    try {
      days = n.intValueExact();
    } catch (ArithmeticException e) {
      throw new Invalid(BAD_REMIND);
    }
    if (days < 0 || days > 365) {
      throw new Invalid(BAD_REMIND);
    }
    return days;
  }

  private static String notes(JsonValue v) {
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw new Invalid("notes: ожидается строка");
    }
    return CleanText.of(s.getString(), 2000);
  }
}
