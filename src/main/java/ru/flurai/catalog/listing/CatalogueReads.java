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
import ru.flurai.platform.db.Rows;

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

  /** Every listed shop (see {@link ListingSql#listable}). */
  public List<Rows.Row> listable(BusinessDay day) {
    return ListingSql.listable(day).list(replica());
  }

  public Optional<ShopInfo> shop(long sellerId) {
    return ShopSql.shop(sellerId).list(replica()).stream().findFirst().map(ShopInfo::of);
  }

  /** Empty for an unknown or deleted shop. */
  public Optional<LimitSettings> limitSettings(long sellerId) {
    return ShopSql.limitSettings(sellerId).list(replica()).stream()
        .findFirst()
        .map(LimitSettings::of);
  }

  /** A shop's listable products, then its preorder products (see {@link ShopSql#products}). */
  public List<ProductView> products(long sellerId) {
    return products(sellerId, replica());
  }

  /** The same from the primary, for when a replica's answer is older than the list's. */
  public List<ProductView> productsOnPrimary(long sellerId) {
    return products(sellerId, primaryUnit);
  }

  private static List<ProductView> products(long sellerId, EntityManager db) {
    return ShopSql.products(sellerId).list(db).stream().map(CardRows::product).toList();
  }
}
