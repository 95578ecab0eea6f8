package ru.flurai.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.flurai.crm.CustomerViews.Brief;
import ru.flurai.crm.CustomerViews.Detail;
import ru.flurai.crm.CustomerViews.Transaction;
import ru.flurai.identity.Phones;
import ru.flurai.loyalty.Cards;
import ru.flurai.loyalty.Points;
import ru.flurai.ordering.order.OrderReads;
import ru.flurai.ordering.order.OrderViews;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * The seller's customers (LATER.md §6.7): adding one by hand, the card page with its ledger, events
 * and figures, notes/tags/birthday, and the customer's orders. Every read and write is scoped to
 * the calling seller: another seller's customer is "not found".
 */
@ApplicationScoped
public class Customers {
  static final String NO_PHONE = "Укажите номер телефона";
  static final String NO_NAME = "Укажите имя";
  static final String BAD_BIRTHDAY = "Неверный формат даты рождения";
  static final int MAX_ORDERS = 500;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Cards cards;
  @Inject Phones phones;
  @Inject Points points;
  @Inject CustomerEvents events;
  @Inject OrderReads orderReads;
  @Inject FluraiConfig config;

  /** POST /seller-web/customers {phone, first_name, last_name, birthday?}. */
  public record Create(String phone, String firstName, String lastName, String birthday) {}

  @Transactional
  public Brief create(long sellerId, Create body) {
    if (body == null || body.phone() == null || body.phone().replaceAll("\\D", "").isEmpty()) {
      throw new Invalid(NO_PHONE);
    }
    String phone = phones.normalize(body.phone());
    String first = CleanText.line(body.firstName(), 100);
    if (first == null) {
      throw new Invalid(NO_NAME);
    }
    String last = Optional.ofNullable(CleanText.line(body.lastName(), 100)).orElse("—");
    LocalDate birthday = birthday(body.birthday());
    long id = cards.create(sellerId, phone, first, last, birthday);
    return brief(cards.of(sellerId, id));
  }

  @Transactional
  public Brief brief(long sellerId, long id) {
    return brief(cards.of(sellerId, id));
  }

  @Transactional
  public Detail detail(long sellerId, long id) {
    Cards.Card c = cards.of(sellerId, id);
    OrderFigures.Figures f =
        new OrderFigures(Rows.list(db, OrderFigures.SQL, sellerId))
            .card(c.linkedUserId(), c.phone());
    List<Transaction> transactions =
        Rows.list(
                db,
                "select id, kind, amount, points, order_id, created_at, expires_at from loyalty_ledger"
                    + " where customer_id = ?1 order by id desc limit 500",
                id)
            .stream()
            .map(
                r ->
                    new Transaction(
                        r.num("id"),
                        r.str("kind"),
                        r.decimal("amount"),
                        r.decimal("points"),
                        r.optNum("order_id"),
                        r.time("created_at"),
                        r.time("expires_at")))
            .toList();
    return new Detail(
        c.id(),
        c.phone(),
        c.firstName(),
        c.lastName(),
        c.cardNumber(),
        c.pointsBalance(),
        c.createdAt(),
        c.notes(),
        Tags.parse(c.tagsJson()),
        c.birthday(),
        c.linkedUserId() != null,
        transactions,
        events.of(sellerId, id),
        f.total(),
        f.last(),
        f.count(),
        points.tier(sellerId, id));
  }

  /**
   * PATCH: {@code notes} and {@code tags} change when present and not null; {@code birthday}
   * changes when present, and null removes it.
   */
  @Transactional
  public Brief patch(long sellerId, long id, JsonObject body) {
    JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
    Optional<String> notes = Optional.empty();
    JsonValue n = b.get("notes");
    if (n != null && n.getValueType() != JsonValue.ValueType.NULL) {
      if (!(n instanceof JsonString s)) {
        throw new Invalid("notes: ожидается строка");
      }
      notes = Optional.of(Optional.ofNullable(CleanText.of(s.getString(), 2000)).orElse(""));
    }
    Optional<String> tags = Optional.empty();
    JsonValue t = b.get("tags");
    if (t != null && t.getValueType() != JsonValue.ValueType.NULL) {
      tags = Optional.of(Tags.json(Tags.of(t)));
    }
    Optional<Optional<LocalDate>> birthday = Optional.empty();
    if (b.containsKey("birthday")) {
      JsonValue d = b.get("birthday");
      if (d.getValueType() == JsonValue.ValueType.NULL) {
        birthday = Optional.of(Optional.empty());
      } else if (d instanceof JsonString s) {
        birthday = Optional.of(Optional.ofNullable(birthday(s.getString())));
      } else {
        throw new Invalid(BAD_BIRTHDAY);
      }
    }
    cards.annotate(sellerId, id, notes, tags, birthday);
    return brief(cards.of(sellerId, id));
  }

  /** The seller's distinct tags, sorted. */
  @Transactional
  public List<String> tags(long sellerId) {
    return Rows.list(
            db,
            "select distinct t.tag from customers c, jsonb_array_elements_text(c.tags) as t(tag)"
                + " where c.seller_id = ?1 order by t.tag",
            sellerId)
        .stream()
        .map(r -> r.str("tag"))
        .toList();
  }

  /** The customer's orders at this seller: by the linked buyer, or by the card's phone. */
  @Transactional
  public List<OrderViews.SellerOrder> orders(long sellerId, long id) {
    Cards.Card c = cards.of(sellerId, id);
    List<Long> ids =
        Rows.list(
                db,
                "select id from orders where seller_id = ?1 and (buyer_id = ?2 or buyer_phone = ?3)"
                    + " order by created_at desc, id desc limit "
                    + MAX_ORDERS,
                sellerId,
                c.linkedUserId() == null ? -1L : c.linkedUserId(),
                c.phone())
            .stream()
            .map(r -> r.num("id"))
            .toList();
    return orderReads.byIds(ids);
  }

  /** GET /seller-web/customers/export: every card, as Excel opens it. */
  @Transactional
  public byte[] export(long sellerId) {
    Csv csv =
        new Csv()
            .row(
                List.of(
                    "Телефон",
                    "Имя",
                    "Фамилия",
                    "Карта",
                    "Баллы",
                    "Дата регистрации",
                    "Заметка",
                    "Теги"));
    for (Cards.Card c : cards.all(sellerId)) {
      List<Object> row = new ArrayList<>();
      row.add(c.phone());
      row.add(c.firstName());
      row.add(c.lastName());
      row.add(c.cardNumber());
      row.add(c.pointsBalance());
      row.add(c.createdAt().atZoneSameInstant(config.shopTimezone()).toLocalDate());
      row.add(c.notes());
      row.add(String.join(", ", Tags.parse(c.tagsJson())));
      csv.row(row);
    }
    return csv.bytes();
  }

  static Brief brief(Cards.Card c) {
    return new Brief(
        c.id(),
        c.phone(),
        c.firstName(),
        c.lastName(),
        c.cardNumber(),
        c.pointsBalance(),
        c.createdAt(),
        c.notes(),
        Tags.parse(c.tagsJson()),
        c.birthday());
  }

  /** A birthday "YYYY-MM-DD" between 1900-01-01 and today; blank is none. */
  static LocalDate birthday(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text.strip());
      if (d.getYear() < 1900 || d.isAfter(LocalDate.now().plusDays(1))) {
        throw new Invalid(BAD_BIRTHDAY);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new Invalid(BAD_BIRTHDAY);
    }
  }
}
