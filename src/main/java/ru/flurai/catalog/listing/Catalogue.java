package ru.flurai.catalog.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CatalogueViews.AvailabilityView;
import ru.flurai.platform.cache.TwoLevelCache;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.http.RawJson;

/**
 * The public catalogue: shop list and slots (the shop page is {@link ShopPages}). Reads the replica
 * through the catalogue cache.
 */
@ApplicationScoped
public class Catalogue {
  private static final String NOT_FOUND = "Продавец не найден";

  @Inject TwoLevelCache cache;
  @Inject CatalogueReads reads;
  @Inject OrdersToday ordersToday;
  @Inject FluraiConfig config;

  /** The current {@link Listable}, indexed, and the pages rendered from it. */
  private volatile ListingPages pages = new ListingPages(null, null);

  /** A request is loading the next snapshot. */
  private final AtomicBoolean reloading = new AtomicBoolean();

  /** A page of the catalogue list, cut from the cached {@link Listable} of today. */
  public RawJson list(ListingQuery q) {
    BusinessDay day = today();
    return listed(day).page(q, day);
  }

  /**
   * The day's snapshot. When it has expired by age (not been invalidated), one request loads the
   * next one and the others are answered from the previous one meanwhile, so that a load (about 100
   * ms at 2 000 shops) does not hold every browsing request up.
   */
  ListingPages listed(BusinessDay day) {
    String key = day.date().toString();
    ListingPages current = pages;
    Optional<Listable> held = cache.peek(CatalogueCache.LIST, key);
    Listable all;
    if (held.isPresent()) {
      all = held.get();
    } else if (current.servableOn(day.date()) && !cache.changedRecently(CatalogueCache.LIST, key)) {
      if (!reloading.compareAndSet(false, true)) {
        return current;
      }
      try {
        all = cache.get(CatalogueCache.LIST, key, () -> loadListable(day));
      } finally {
        reloading.set(false);
      }
    } else {
      all = cache.get(CatalogueCache.LIST, key, () -> loadListable(day));
    }
    current = pages;
    if (!current.of(all)) {
      current = new ListingPages(all, day.date());
      pages = current;
    }
    return current;
  }

  private Listable loadListable(BusinessDay day) {
    List<Rows.Row> rows = reads.listable(day);
    Map<Long, OrdersToday.Used> used =
        ordersToday.of(rows.stream().map(r -> r.num("seller_id")).toList(), day);
    ZonedDateTime now = ZonedDateTime.now(config.shopTimezone());
    return new Listable(rows.stream().map(r -> ListedShop.of(r, used, now)).toList());
  }

  /**
   * Today's limits and what is left of them; zeros for an unknown or deleted shop (DOMAIN.md §4.3).
   * Read apart from the long-lived shop, so that slots are never stale for more than seconds even
   * if an invalidation is lost.
   */
  public AvailabilityView availability(long sellerId) {
    BusinessDay day = today();
    return slotsOf(sellerId, listed(day), day);
  }

  /** A listed shop's slots come with the list; any other shop's are read and cached apart. */
  private AvailabilityView slotsOf(long sellerId, ListingPages listed, BusinessDay day) {
    return listed
        .shop(sellerId)
        .map(ListedShop::slots)
        .orElseGet(
            () ->
                cache.get(
                    CatalogueCache.AVAILABILITY,
                    CatalogueCache.availabilityKey(sellerId, day),
                    () -> loadAvailability(sellerId, day)));
  }

  AvailabilityView loadAvailability(long sellerId, BusinessDay day) {
    return reads
        .limitSettings(sellerId)
        .map(settings -> new Slots(settings.on(day), ordersToday.of(sellerId, day)).view())
        .orElse(AvailabilityView.NONE);
  }

  ShopInfo info(long sellerId) {
    return cache.get(
        CatalogueCache.SHOP,
        Long.toString(sellerId),
        () -> reads.shop(sellerId).orElseThrow(() -> new NotFound(NOT_FOUND)));
  }

  BusinessDay today() {
    return BusinessDay.at(Instant.now(), config.shopTimezone());
  }
}
