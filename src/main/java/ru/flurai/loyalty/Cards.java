package ru.flurai.loyalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.NotFound;

/**
 * The one writer of {@code customers}: club cards, one per (seller, phone). A card is linked to a
 * buyer ({@code linked_user_id}) only through that buyer's verified phone, and only a linked card
 * is shown to and spent by a buyer.
 */
@ApplicationScoped
public class Cards {
  static final String DUPLICATE = "Клиент с таким номером телефона уже есть";
  static final String NOT_FOUND = "Клиент не найден";

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject LoyaltySettings settings;

  /** A card as the CRM shows it (the "brief" of API.md §6). */
  public record Card(
      long id,
      String phone,
      String firstName,
      String lastName,
      String cardNumber,
      BigDecimal pointsBalance,
      Long linkedUserId,
      OffsetDateTime createdAt,
      String notes,
      String tagsJson,
      LocalDate birthday) {}

  static final String COLUMNS =
      "id, phone, first_name, last_name, card_number, points_balance, linked_user_id, created_at,"
          + " notes, cast(tags as text) as tags, birthday";

  static Card card(Rows.Row r) {
    return new Card(
        r.num("id"),
        r.str("phone"),
        r.str("first_name"),
        r.str("last_name"),
        r.str("card_number"),
        r.decimal("points_balance"),
        r.optNum("linked_user_id"),
        r.time("created_at"),
        r.str("notes"),
        r.str("tags"),
        r.date("birthday"));
  }

  /**
   * The buyer's card at this seller, made or linked from the buyer's verified phone; empty without
   * one. Favouriting a shop calls it (LATER.md §6.2), and so does an accrual.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Long> ensureFor(long buyerId, long sellerId) {
    Optional<Long> linked = linkedId(buyerId, sellerId);
    if (linked.isPresent()) {
      return linked;
    }
    Optional<String> phone =
        Rows.first(db, "select phone from verified_phones where tg_id = ?1", buyerId)
            .map(r -> r.str("phone"));
    if (phone.isEmpty() || !userExists(buyerId)) {
      return Optional.empty();
    }
    String[] name = nameOf(buyerId);
    long id = createOrFind(sellerId, phone.get(), name[0], name[1], null);
    db.createNativeQuery("update customers set linked_user_id = ?1 where id = ?2")
        .setParameter(1, buyerId)
        .setParameter(2, id)
        .executeUpdate();
    return Optional.of(id);
  }

  /**
   * After a verification: the buyer's cards follow the verified phone (cards with another phone are
   * unlinked, every card with this phone is linked to the buyer), and every shop the buyer follows
   * gets a card.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void linkVerified(long buyerId, String phone) {
    if (!userExists(buyerId)) {
      return;
    }
    db.createNativeQuery(
            "update customers set linked_user_id = null where linked_user_id = ?1 and phone <> ?2")
        .setParameter(1, buyerId)
        .setParameter(2, phone)
        .executeUpdate();
    db.createNativeQuery(
            "update customers set linked_user_id = ?1 where phone = ?2"
                + " and linked_user_id is distinct from ?1")
        .setParameter(1, buyerId)
        .setParameter(2, phone)
        .executeUpdate();
    List<Long> followed =
        Rows.list(
                db,
                "select f.seller_id from buyer_favorite_sellers f where f.buyer_id = ?1"
                    + " and not exists (select 1 from customers c where c.seller_id = f.seller_id"
                    + " and c.linked_user_id = ?1) order by f.seller_id",
                buyerId)
            .stream()
            .map(r -> r.num("seller_id"))
            .toList();
    followed.forEach(seller -> ensureFor(buyerId, seller));
  }

  /** A customer the seller adds by hand (CRM); linked at once if a buyer verified this phone. */
  @Transactional(Transactional.TxType.MANDATORY)
  public long create(
      long sellerId, String phone, String firstName, String lastName, LocalDate birthday) {
    if (!Rows.list(
            db, "select 1 from customers where seller_id = ?1 and phone = ?2", sellerId, phone)
        .isEmpty()) {
      throw new Conflict(DUPLICATE);
    }
    long id = createOrFind(sellerId, phone, firstName, lastName, birthday);
    db.createNativeQuery(
            "update customers c set linked_user_id = v.tg_id from verified_phones v"
                + " where c.id = ?1 and v.phone = c.phone"
                + " and exists (select 1 from users u where u.tg_id = v.tg_id)"
                + " and not exists (select 1 from customers o where o.seller_id = c.seller_id"
                + " and o.linked_user_id = v.tg_id)")
        .setParameter(1, id)
        .executeUpdate();
    return id;
  }

  /** The seller's customer, or 404 (another seller's customer is not found either). */
  @Transactional
  public Card of(long sellerId, long customerId) {
    return Rows.first(
            db,
            "select " + COLUMNS + " from customers where id = ?1 and seller_id = ?2",
            customerId,
            sellerId)
        .map(Cards::card)
        .orElseThrow(() -> new NotFound(NOT_FOUND));
  }

  /** Every card of the seller, newest first. */
  @Transactional
  public List<Card> all(long sellerId) {
    return Rows.list(
            db,
            "select "
                + COLUMNS
                + " from customers where seller_id = ?1 order by created_at desc, id desc",
            sellerId)
        .stream()
        .map(Cards::card)
        .toList();
  }

  /** The seller's cards linked to a buyer, by buyer. */
  @Transactional
  public Map<Long, Card> linked(long sellerId) {
    Map<Long, Card> out = new HashMap<>();
    Rows.list(
            db,
            "select "
                + COLUMNS
                + " from customers where seller_id = ?1 and linked_user_id is not null",
            sellerId)
        .forEach(r -> out.put(r.num("linked_user_id"), card(r)));
    return out;
  }

  /** Notes, tags and birthday as the CRM edits them; null leaves a field as it is. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void annotate(
      long sellerId,
      long customerId,
      Optional<String> notes,
      Optional<String> tagsJson,
      Optional<Optional<LocalDate>> birthday) {
    of(sellerId, customerId);
    if (notes.isPresent()) {
      db.createNativeQuery("update customers set notes = ?1 where id = ?2")
          .setParameter(1, notes.get().isEmpty() ? null : notes.get())
          .setParameter(2, customerId)
          .executeUpdate();
    }
    if (tagsJson.isPresent()) {
      db.createNativeQuery("update customers set tags = cast(?1 as jsonb) where id = ?2")
          .setParameter(1, tagsJson.get())
          .setParameter(2, customerId)
          .executeUpdate();
    }
    if (birthday.isPresent()) {
      db.createNativeQuery("update customers set birthday = ?1 where id = ?2")
          .setParameter(1, birthday.get().orElse(null))
          .setParameter(2, customerId)
          .executeUpdate();
    }
  }

  /** GET /buyers/me/loyalty/{seller_id}: the buyer's own (linked) card and the seller's terms. */
  @Transactional
  public LoyaltyViews.BuyerCard buyerCard(long buyerId, long sellerId) {
    if (Rows.list(db, "select 1 from sellers where seller_id = ?1 and deleted_at is null", sellerId)
        .isEmpty()) {
      throw new NotFound("Магазин не найден");
    }
    LoyaltyTerms terms = settings.terms(sellerId);
    return Rows.first(
            db,
            "select card_number, points_balance from customers"
                + " where seller_id = ?1 and linked_user_id = ?2",
            sellerId,
            buyerId)
        .map(
            r ->
                new LoyaltyViews.BuyerCard(
                    r.decimal("points_balance"),
                    terms.pointsPercent(),
                    r.str("card_number"),
                    true,
                    terms.maxPointsDiscountPercent(),
                    terms.pointsToRubleRate()))
        .orElseGet(
            () ->
                new LoyaltyViews.BuyerCard(
                    BigDecimal.ZERO,
                    terms.pointsPercent(),
                    null,
                    false,
                    terms.maxPointsDiscountPercent(),
                    terms.pointsToRubleRate()));
  }

  /** The id of the buyer's linked card at this seller. */
  Optional<Long> linkedId(long buyerId, long sellerId) {
    return Rows.first(
            db,
            "select id from customers where seller_id = ?1 and linked_user_id = ?2",
            sellerId,
            buyerId)
        .map(r -> r.num("id"));
  }

  private long createOrFind(
      long sellerId, String phone, String firstName, String lastName, LocalDate birthday) {
    Optional<Long> existing = idByPhone(sellerId, phone);
    if (existing.isPresent()) {
      return existing.get();
    }
    String number = settings.nextCardNumber(sellerId);
    db.createNativeQuery(
            "insert into customers (seller_id, phone, first_name, last_name, card_number, birthday)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (seller_id, phone) do nothing")
        .setParameter(1, sellerId)
        .setParameter(2, phone)
        .setParameter(3, firstName)
        .setParameter(4, lastName)
        .setParameter(5, number)
        .setParameter(6, birthday)
        .executeUpdate();
    return idByPhone(sellerId, phone).orElseThrow();
  }

  private Optional<Long> idByPhone(long sellerId, String phone) {
    return Rows.first(
            db, "select id from customers where seller_id = ?1 and phone = ?2", sellerId, phone)
        .map(r -> r.num("id"));
  }

  private boolean userExists(long buyerId) {
    return !Rows.list(db, "select 1 from users where tg_id = ?1", buyerId).isEmpty();
  }

  /** First and last name from the buyer's name: its first word, the rest ("Подписчик", "—"). */
  private String[] nameOf(long buyerId) {
    String fio =
        Rows.first(db, "select fio from users where tg_id = ?1", buyerId)
            .map(r -> r.str("fio"))
            .orElse(null);
    if (fio == null || fio.isBlank()) {
      return new String[] {"Подписчик", "—"};
    }
    String[] parts = fio.strip().split("\\s+", 2);
    String first = parts[0].length() > 100 ? parts[0].substring(0, 100) : parts[0];
    String last = parts.length > 1 ? parts[1] : "—";
    return new String[] {first, last.length() > 100 ? last.substring(0, 100) : last};
  }
}
