package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import ru.flurai.loyalty.Cards;
import ru.flurai.platform.db.Rows;

/**
 * Buyers who added the shop to their favourites ("подписчики"), with the card each has at the shop
 * (linked through a verified phone).
 */
@ApplicationScoped
public class Subscribers {
  static final int MAX_LIST = 5000;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Cards cards;

  public record Subscriber(
      long buyerId,
      String username,
      String fio,
      String phone,
      OffsetDateTime subscribedAt,
      String loyaltyCardNumber,
      BigDecimal loyaltyPoints,
      Long loyaltyCustomerId,
      boolean hasLoyalty) {}

  public record Page(List<Subscriber> subscribers, long total) {}

  @Transactional
  public long count(long sellerId) {
    return ((Number)
            db.createNativeQuery("select count(*) from buyer_favorite_sellers where seller_id = ?1")
                .setParameter(1, sellerId)
                .getSingleResult())
        .longValue();
  }

  @Transactional
  public Page list(long sellerId) {
    List<Rows.Row> rows =
        Rows.list(
            db,
            "select f.buyer_id, u.username, u.fio, u.phone, f.subscribed_at "
                + "from buyer_favorite_sellers f join users u on u.tg_id = f.buyer_id where f.seller_id = ?1 "
                + "order by f.subscribed_at desc limit "
                + MAX_LIST,
            sellerId);
    Map<Long, Cards.Card> linked = cards.linked(sellerId);
    List<Subscriber> list =
        rows.stream()
            .map(
                r -> {
                  Cards.Card c = linked.get(r.num("buyer_id"));
                  return new Subscriber(
                      r.num("buyer_id"),
                      r.str("username"),
                      r.str("fio"),
                      r.str("phone"),
                      r.time("subscribed_at"),
                      c == null ? null : c.cardNumber(),
                      c == null ? BigDecimal.ZERO : c.pointsBalance(),
                      c == null ? null : c.id(),
                      c != null);
                })
            .toList();
    return new Page(list, count(sellerId));
  }
}
