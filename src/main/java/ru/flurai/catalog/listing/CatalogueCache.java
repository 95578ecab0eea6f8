package ru.flurai.catalog.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.listing.CatalogueViews.AvailabilityView;
import ru.flurai.catalog.listing.CatalogueViews.ProductView;
import ru.flurai.catalog.listing.CatalogueViews.SellerPage;
import ru.flurai.platform.cache.CacheRegion;
import ru.flurai.platform.cache.TwoLevelCache;
import ru.flurai.platform.cache.Types;
import ru.flurai.platform.config.FluraiConfig;

/**
 * The catalogue's cache regions (PRODUCT.md §5) and their invalidation. Stock- and slot-sensitive
 * regions live a few seconds at most (Redis 3 s, near cache 2 s), so a sale or a reservation shows
 * within about five seconds even without an event; the shop itself lives long and is evicted by
 * {@link ShopChanged} on every instance.
 */
@ApplicationScoped
public class CatalogueCache {
  private static final Duration SHORT = Duration.ofSeconds(3);
  private static final Duration SHORT_NEAR = Duration.ofSeconds(2);

  /**
   * Listing pages: product counts, prices and slots are stock-sensitive. Keyed by {@link
   * ListingQuery#key}.
   */
  public static final CacheRegion<SellerPage> LIST =
      new CacheRegion<>("catalogue-list", SellerPage.class, SHORT, SHORT_NEAR);

  /** Shops by seller id. */
  public static final CacheRegion<ShopInfo> SHOP =
      new CacheRegion<>(
          "catalogue-shop", ShopInfo.class, Duration.ofMinutes(10), Duration.ofMinutes(1));

  /** A shop's listable products with their available quantity, by seller id. */
  public static final CacheRegion<List<ProductView>> PRODUCTS =
      new CacheRegion<>("catalogue-products", Types.listOf(ProductView.class), SHORT, SHORT_NEAR);

  /** Today's slots, by seller id and business date. */
  public static final CacheRegion<AvailabilityView> AVAILABILITY =
      new CacheRegion<>("catalogue-availability", AvailabilityView.class, SHORT, SHORT_NEAR);

  @Inject TwoLevelCache cache;
  @Inject FluraiConfig config;

  public record Eviction(CacheRegion<?> region, String key) {
    /** A null key drops the whole region. */
    boolean wholeRegion() {
      return key == null;
    }
  }

  /** A shop's preorder products in {@link #PRODUCTS}. */
  static String preorderKey(long sellerId) {
    return sellerId + ":preorder";
  }

  static String availabilityKey(long sellerId, BusinessDay day) {
    return sellerId + ":" + day.date();
  }

  /**
   * What a change of one shop makes stale: its page, products and slots, and every listing page.
   */
  public static List<Eviction> evictionsFor(ShopChanged change, BusinessDay day) {
    String id = Long.toString(change.sellerId());
    return List.of(
        new Eviction(SHOP, id),
        new Eviction(PRODUCTS, id),
        new Eviction(PRODUCTS, preorderKey(change.sellerId())),
        new Eviction(AVAILABILITY, availabilityKey(change.sellerId(), day)),
        new Eviction(LIST, null));
  }

  /**
   * After the writer's transaction commits (never for a rolled-back change); Cache spreads it to
   * all instances.
   */
  void onShopChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShopChanged change) {
    for (Eviction e : evictionsFor(change, BusinessDay.at(Instant.now(), config.shopTimezone()))) {
      if (e.wholeRegion()) {
        cache.invalidateAll(e.region());
      } else {
        cache.invalidate(e.region(), e.key());
      }
    }
  }

  /** A buyer (un)subscribed: only the shop's subscriber count changed. */
  public void subscribersChanged(long sellerId) {
    cache.invalidate(SHOP, Long.toString(sellerId));
  }
}
