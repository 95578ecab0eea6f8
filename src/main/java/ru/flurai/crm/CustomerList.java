package ru.flurai.crm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.flurai.crm.CustomerViews.Row;
import ru.flurai.crm.CustomerViews.SegmentEntry;
import ru.flurai.crm.CustomerViews.Segments;
import ru.flurai.loyalty.Cards;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;

/**
 * The unified customer list (LATER.md §6.8, its flaw fixed): every subscriber (with their linked
 * card), then every card not shown with a subscriber (manual entries, cards of buyers who stopped
 * following the shop), then every buyer with orders at the shop who is neither; each with the RFM
 * segment and the figures of its completed orders.
 */
@ApplicationScoped
public class CustomerList {
  static final int MAX = 5000;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Cards cards;
  @Inject FluraiConfig config;

  @Transactional
  public List<Row> all(long sellerId) {
    LocalDate today = LocalDate.now(config.shopTimezone());
    OrderFigures figures = new OrderFigures(Rows.list(db, OrderFigures.SQL, sellerId));
    Map<Long, Cards.Card> byUser = new HashMap<>();
    List<Cards.Card> all = cards.all(sellerId);
    all.stream()
        .filter(c -> c.linkedUserId() != null)
        .forEach(c -> byUser.put(c.linkedUserId(), c));
    Set<Long> shownCards = new HashSet<>();
    Set<Long> shownBuyers = new HashSet<>();
    List<Row> rows = new ArrayList<>();
    for (Rows.Row s :
        Rows.list(
            db,
            "select f.buyer_id, u.username, u.fio, u.phone, f.subscribed_at"
                + " from buyer_favorite_sellers f join users u on u.tg_id = f.buyer_id"
                + " where f.seller_id = ?1 order by f.subscribed_at desc limit "
                + MAX,
            sellerId)) {
      long buyer = s.num("buyer_id");
      Cards.Card c = byUser.get(buyer);
      shownBuyers.add(buyer);
      if (c != null) {
        shownCards.add(c.id());
      }
      OrderFigures.Figures f = figures.buyer(buyer);
      rows.add(
          row(
              buyer,
              s.str("username"),
              s.str("fio"),
              s.str("phone"),
              s.time("subscribed_at"),
              c,
              f,
              today));
    }
    for (Cards.Card c : all) {
      if (shownCards.contains(c.id())) {
        continue;
      }
      if (c.linkedUserId() != null) {
        shownBuyers.add(c.linkedUserId());
      }
      rows.add(
          row(
              c.linkedUserId(),
              null,
              null,
              c.phone(),
              c.createdAt(),
              c,
              figures.card(c.linkedUserId(), c.phone()),
              today));
    }
    List<Long> buyersOnly = new ArrayList<>();
    figures
        .buyers()
        .forEach(
            b -> {
              if (!shownBuyers.contains(b)) {
                buyersOnly.add(b);
              }
            });
    if (!buyersOnly.isEmpty()) {
      for (Rows.Row u :
          Rows.list(
              db,
              "select tg_id, username, fio, phone from users where tg_id = any (?1) order by tg_id",
              (Object) buyersOnly.toArray(Long[]::new))) {
        long buyer = u.num("tg_id");
        rows.add(
            row(
                buyer,
                u.str("username"),
                u.str("fio"),
                u.str("phone"),
                null,
                null,
                figures.buyer(buyer),
                today));
      }
    }
    return rows.size() > MAX ? rows.subList(0, MAX) : rows;
  }

  /** The segments with their counts and who is in which (GET /seller-web/customers/segments). */
  @Transactional
  public Segments segments(long sellerId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String s : List.of("VIP", "Постоянный", "Новый", "Случайный", "Уходящий", "Потерянный")) {
      counts.put(s, 0L);
    }
    List<SegmentEntry> entries = new ArrayList<>();
    for (Row r : all(sellerId)) {
      counts.merge(r.segment(), 1L, Long::sum);
      long id = r.loyaltyCustomerId() != null ? r.loyaltyCustomerId() : r.buyerId();
      entries.add(new SegmentEntry(id, name(r), r.phone(), r.segment()));
    }
    return new Segments(counts, entries);
  }

  static String name(Row r) {
    if (r.fio() != null && !r.fio().isBlank()) {
      return r.fio();
    }
    if (r.firstName() != null) {
      return (r.lastName() == null || "—".equals(r.lastName()) ? "" : r.lastName() + " ")
          + r.firstName();
    }
    return r.username() != null ? "@" + r.username() : "ID " + r.buyerId();
  }

  private static Row row(
      Long buyer,
      String username,
      String fio,
      String phone,
      OffsetDateTime since,
      Cards.Card c,
      OrderFigures.Figures f,
      LocalDate today) {
    LocalDate last = f.last() == null ? null : f.last().toLocalDate();
    return new Row(
        buyer,
        username,
        fio,
        phone,
        since,
        c == null ? null : c.cardNumber(),
        c == null ? BigDecimal.ZERO : c.pointsBalance(),
        c == null ? null : c.id(),
        c != null,
        c == null ? null : c.firstName(),
        c == null ? null : c.lastName(),
        c == null ? List.of() : Tags.parse(c.tagsJson()),
        c == null ? null : c.birthday(),
        Rfm.segment(last, f.count(), f.total(), today),
        f.count(),
        f.total(),
        f.last());
  }
}
