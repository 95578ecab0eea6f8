package ru.flurai.catalog.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CatalogueViews.AvailabilityView;
import ru.flurai.platform.cache.CacheEvicted;
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

  /** How far another instance's clock may be off when it read a snapshot this one holds. */
  private static final long CLOCK_MARGIN_MS = 2_000;

  /** The list as shown (a snapshot and the shops changed since), and its pages. */
  private volatile ListingPages pages = new ListingPages(null, null, null, -1);

  /** A request is loading the next snapshot. */
  private final AtomicBoolean reloading = new AtomicBoolean();

  /** Shops changed lately, here or on another instance: seller id → when it was heard (ms). */
  private final Map<Long, Long> changedShops = new ConcurrentHashMap<>();

  /** Counts those changes: the list as shown is current while it has seen the latest. */
  private final AtomicLong changes = new AtomicLong();

  /** One request at a time reads the changed shops again. */
  private final Object patching = new Object();

  /** A page of the catalogue list, cut from the cached {@link Listable} of today. */
  public RawJson list(ListingQuery q) {
    BusinessDay day = today();
    return listed(day).page(q, day);
  }

  /**
   * A shop's change ({@link CatalogueCache#evictionsFor}), here or heard from another instance: the
   * list reads that shop again before it is next shown, instead of reloading every shop.
   */
  void onEvicted(@Observes CacheEvicted evicted) {
    if (!CatalogueCache.LIST.name().equals(evicted.region()) || evicted.key() == null) {
      return;
    }
    try {
      changedShops.put(Long.parseLong(evicted.key()), System.currentTimeMillis());
      changes.incrementAndGet();
    } catch (NumberFormatException dayKey) {
      // a day's snapshot itself: the cache reloads it
    }
  }

  /**
   * Today's list as shown: the day's snapshot with every shop changed since it was read, read
   * again. So an order or a seller's edit costs one shop's read, not a reload of every shop (about
   * 100 ms at 2 000 shops), and is shown at once (loadtest/README.md).
   */
  ListingPages listed(BusinessDay day) {
    long need = changes.get();
    ListingPages current = pages;
    Listable base = snapshot(day, current);
    if (current.upToDate(base, need)) {
      return current;
    }
    synchronized (patching) {
      current = pages;
      if (current.upToDate(base, need)) {
        return current;
      }
      long version = changes.get();
      Listable from = current.of(base) ? current.shown() : base;
      // a patch's time is this instance's; a snapshot may have been read by another instance
      long since = from == base ? base.readAt() - CLOCK_MARGIN_MS : from.readAt();
      Listable shown = reread(from, since, day);
      current = new ListingPages(base, shown, day.date(), version);
      pages = current;
      return current;
    }
  }

  /**
   * The day's snapshot. When it has expired by age (not been invalidated), one request loads the
   * next one and the others go on from the previous one meanwhile, so that a load does not hold
   * every browsing request up.
   */
  private Listable snapshot(BusinessDay day, ListingPages current) {
    String key = day.date().toString();
    Optional<Listable> held = cache.peek(CatalogueCache.LIST, key);
    if (held.isPresent()) {
      return held.get();
    }
    if (current.servableOn(day.date()) && !cache.changedRecently(CatalogueCache.LIST, key)) {
      if (!reloading.compareAndSet(false, true)) {
        return current.base();
      }
      try {
        return cache.get(CatalogueCache.LIST, key, () -> loadListable(day));
      } finally {
        reloading.set(false);
      }
    }
    return cache.get(CatalogueCache.LIST, key, () -> loadListable(day));
  }

  /** {@code list} with the shops changed since {@code since} (ms) read again from the primary. */
  private Listable reread(Listable list, long since, BusinessDay day) {
    forgetOldChanges();
    List<Long> changed =
        changedShops.entrySet().stream()
            .filter(e -> e.getValue() >= since)
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    if (changed.isEmpty()) {
      return list;
    }
    long readAt = System.currentTimeMillis();
    return list.patched(changed, listedShops(reads.listable(day, changed, primary()), day), readAt);
  }

  /**
   * Every listed shop; from the primary while shops have changed lately, since a replica may not
   * have them yet and they are read again only from the snapshot's time on.
   */
  private Listable loadListable(BusinessDay day) {
    forgetOldChanges();
    long readAt = System.currentTimeMillis();
    List<Rows.Row> rows = reads.listable(day, List.of(), !changedShops.isEmpty() && primary());
    return new Listable(listedShops(rows, day), readAt);
  }

  /** Changed shops are read from the primary unless the primary-read window is off (0 s). */
  private boolean primary() {
    return !config.cachePrimaryRead().isZero();
  }

  private List<ListedShop> listedShops(List<Rows.Row> rows, BusinessDay day) {
    Map<Long, OrdersToday.Used> used =
        ordersToday.of(rows.stream().map(r -> r.num("seller_id")).toList(), day);
    ZonedDateTime now = ZonedDateTime.now(config.shopTimezone());
    return rows.stream().map(r -> ListedShop.of(r, used, now)).toList();
  }

  /**
   * Changes older than any snapshot that may still be shown (the primary-read window, plus the
   * cache's and the stale snapshot's lifetimes) are in every snapshot by now.
   */
  private void forgetOldChanges() {
    long oldest =
        System.currentTimeMillis()
            - config.cachePrimaryRead().toMillis()
            - ListingPages.STALE_AT_MOST.toMillis()
            - CatalogueCache.LIST.ttl().plus(CatalogueCache.LIST.nearTtl()).toMillis();
    changedShops.values().removeIf(t -> t < oldest);
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
