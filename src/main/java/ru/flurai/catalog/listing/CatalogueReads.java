package ru.flurai.catalog.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CatalogueViews.ProductView;
import ru.flurai.catalog.shop.LimitSettings;
import ru.flurai.catalog.shop.ShopSql;
import ru.flurai.platform.cache.PrimaryWindow;

/**
 * Catalogue queries against the replica data source (which falls back to the primary in the
 * driver).
 */
@ApplicationScoped
public class CatalogueReads {
  @PersistenceContext(unitName = "replica")
  EntityManager replicaUnit;

  @PersistenceContext(unitName = "primary")
  EntityManager primaryUnit;

  /** The replica, except in a reload of a key changed a moment ago (see {@link PrimaryWindow}). */
  private EntityManager replica() {
    return PrimaryWindow.readPrimary() ? primaryUnit : replicaUnit;
  }

  /** The rows of one listing page (see {@link ListingSql#page}); the total is on every row. */
  public List<Object[]> listingPage(ListingQuery q, BusinessDay day) {
    return ListingSql.page(q, day).rows(replica());
  }

  public long listingCount(ListingQuery q, BusinessDay day) {
    return new Row(ListingSql.count(q, day).rows(replica()).get(0)).count(0);
  }

  public Optional<ShopInfo> shop(long sellerId) {
    return ShopSql.shop(sellerId).rows(replica()).stream()
        .findFirst()
        .map(r -> ShopInfo.of(new Row(r)));
  }

  /** Empty for an unknown or deleted shop. */
  public Optional<LimitSettings> limitSettings(long sellerId) {
    return ShopSql.limitSettings(sellerId).rows(replica()).stream()
        .findFirst()
        .map(r -> LimitSettings.of(new Row(r)));
  }

  public List<ProductView> products(long sellerId) {
    return ShopSql.products(sellerId).rows(replica()).stream()
        .map(r -> CardRows.product(new Row(r)))
        .toList();
  }
}
