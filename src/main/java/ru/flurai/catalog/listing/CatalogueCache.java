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
import ru.flurai.platform.cache.CacheRegion;
import ru.flurai.platform.cache.TwoLevelCache;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.RawJson;

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
   * Every listed shop of the business day ({@link Listable}, keyed by the date), from which list
   * pages are cut: product counts, prices and slots are stock-sensitive.
   */
  public static final CacheRegion<Listable> LIST =
      new CacheRegion<>("catalogue-list", Listable.class, SHORT, SHORT_NEAR);

  /** Shops by seller id. */
  public static final CacheRegion<ShopInfo> SHOP =
      new CacheRegion<>(
          "catalogue-shop", ShopInfo.class, Duration.ofMinutes(10), Duration.ofMinutes(1));

  /**
   * Pages of shops the list does not show (closed today, sold out…) as JSON, by seller id: they
   * carry products' available quantities and today's slots.
   */
  public static final CacheRegion<RawJson> PAGE =
      new CacheRegion<>("catalogue-page", RawJson.class, SHORT, SHORT_NEAR);

  /**
   * Pages of listed shops as JSON, by {@link ShopPages#listedPageKey}: the key changes with
   * anything the page shows (the shop, its card and slots, its products' availability and prices),
   * so an entry never goes stale and may live long; old keys simply age out.
   */
  public static final CacheRegion<RawJson> LISTED_PAGE =
      new CacheRegion<>(
          "catalogue-listed-page", RawJson.class, Duration.ofMinutes(2), Duration.ofMinutes(1));

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

  static String availabilityKey(long sellerId, BusinessDay day) {
    return sellerId + ":" + day.date();
  }

  /** What a change of one shop makes stale: its page and slots, and the whole list. */
  public static List<Eviction> evictionsFor(ShopChanged change, BusinessDay day) {
    String id = Long.toString(change.sellerId());
    return List.of(
        new Eviction(SHOP, id),
        new Eviction(PAGE, id),
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
    cache.invalidate(PAGE, Long.toString(sellerId));
  }
}
