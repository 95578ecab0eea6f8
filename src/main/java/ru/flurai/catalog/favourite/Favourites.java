package ru.flurai.catalog.favourite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CardRows;
import ru.flurai.catalog.listing.CatalogueCache;
import ru.flurai.catalog.listing.CatalogueViews.FavouriteProduct;
import ru.flurai.catalog.listing.CatalogueViews.SellerCard;
import ru.flurai.catalog.listing.ListingSql;
import ru.flurai.catalog.listing.OrdersToday;
import ru.flurai.catalog.product.ProductJson;
import ru.flurai.identity.Caller;
import ru.flurai.identity.buyer.Buyers;
import ru.flurai.loyalty.Cards;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.NotFound;

/**
 * A buyer's favourite shops ("Подписки") and products (API.md §4). Reads and writes go to the
 * primary, so a buyer sees their own change at once; adding or removing is idempotent.
 */
@ApplicationScoped
public class Favourites {
  /** A bound on what one answer carries; far above what a buyer follows in practice. */
  static final int MAX = 1000;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Buyers buyers;
  @Inject OrdersToday ordersToday;
  @Inject CatalogueCache catalogueCache;
  @Inject FluraiConfig config;
  @Inject Cards cards;

  @Transactional
  public List<SellerCard> sellers(Caller caller) {
    BusinessDay day = BusinessDay.at(Instant.now(), config.shopTimezone());
    List<Rows.Row> rows = ListingSql.favourites(caller.buyerId(), day, MAX).list(db);
    Map<Long, OrdersToday.Used> used =
        ordersToday.of(rows.stream().map(r -> r.num("seller_id")).toList(), day);
    ZonedDateTime now = ZonedDateTime.now(config.shopTimezone());
    return rows.stream().map(r -> CardRows.card(r, used, now)).toList();
  }

  @Transactional
  public void addSeller(Caller caller, long sellerId) {
    Rows.Row r =
        Rows.first(
                db,
                "select s.is_blocked, s.deleted_at is not null as deleted from sellers s"
                    + " where s.seller_id = ?1",
                sellerId)
            .orElseThrow(() -> new NotFound("Магазин не найден"));
    if (r.flag("is_blocked") || r.flag("deleted")) {
      throw new Invalid("Магазин недоступен");
    }
    buyers.ensure(caller);
    int added =
        db.createNativeQuery(
                "insert into buyer_favorite_sellers (buyer_id, seller_id) values (?1, ?2)"
                    + " on conflict do nothing")
            .setParameter(1, caller.buyerId())
            .setParameter(2, sellerId)
            .executeUpdate();
    if (added > 0) {
      catalogueCache.subscribersChanged(sellerId);
    }
    cards.ensureFor(caller.buyerId(), sellerId); // loyalty: a card once the phone is verified
  }

  @Transactional
  public void removeSeller(Caller caller, long sellerId) {
    int removed =
        db.createNativeQuery(
                "delete from buyer_favorite_sellers where buyer_id = ?1 and seller_id = ?2")
            .setParameter(1, caller.buyerId())
            .setParameter(2, sellerId)
            .executeUpdate();
    if (removed > 0) {
      catalogueCache.subscribersChanged(sellerId);
    }
  }

  /**
   * Newest first; inactive and sold-out products stay (with their raw stock), those of deleted
   * shops do not.
   */
  @Transactional
  public List<FavouriteProduct> products(Caller caller) {
    return Rows.list(
            db,
            "select p.id, p.name, p.description, p.price, p.photo_ids::text as photo_ids,"
                + " p.quantity, p.is_preorder, p.seller_id, s.shop_name from buyer_favorite_products f"
                + " join products p on p.id = f.product_id join sellers s on s.seller_id = p.seller_id"
                + " where f.buyer_id = ?1 and s.deleted_at is null order by f.created_at desc, p.id limit ?2",
            caller.buyerId(),
            MAX)
        .stream()
        .map(Favourites::product)
        .toList();
  }

  private static FavouriteProduct product(Rows.Row r) {
    List<String> photos = ProductJson.photos(r.str("photo_ids"));
    return new FavouriteProduct(
        r.num("id"),
        r.str("name"),
        r.str("description"),
        r.decimal("price"),
        photos.isEmpty() ? null : photos.get(0),
        photos,
        r.integerOr("quantity", 0),
        r.flag("is_preorder"),
        r.num("seller_id"),
        r.str("shop_name"));
  }

  @Transactional
  public void addProduct(Caller caller, long productId) {
    long found =
        Rows.one(
                db,
                "select count(*) as found from products p join sellers s"
                    + " on s.seller_id = p.seller_id where p.id = ?1 and s.deleted_at is null",
                productId)
            .num("found");
    if (found == 0) {
      throw new NotFound("Товар не найден");
    }
    buyers.ensure(caller);
    db.createNativeQuery(
            "insert into buyer_favorite_products (buyer_id, product_id) values (?1, ?2)"
                + " on conflict do nothing")
        .setParameter(1, caller.buyerId())
        .setParameter(2, productId)
        .executeUpdate();
  }

  @Transactional
  public void removeProduct(Caller caller, long productId) {
    db.createNativeQuery(
            "delete from buyer_favorite_products where buyer_id = ?1 and product_id = ?2")
        .setParameter(1, caller.buyerId())
        .setParameter(2, productId)
        .executeUpdate();
  }
}
