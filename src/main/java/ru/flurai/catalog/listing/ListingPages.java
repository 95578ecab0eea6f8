package ru.flurai.catalog.listing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CatalogueViews.SellerPage;
import ru.flurai.platform.http.RawJson;

/**
 * The list as shown: a cached snapshot ({@code base}) with the shops changed since it read again
 * ({@code shown}, see {@link Catalogue#listed}), indexed by seller, and the list pages rendered
 * from it, kept as JSON for as long as it is the current one. Searches are rendered each time
 * (there is no end to them); so is everything once {@link #MAX_BYTES} of pages are kept, whatever
 * pages and page sizes a crawler asks for.
 */
final class ListingPages {
  static final long MAX_BYTES = 8L * 1024 * 1024;

  /** How long an expired snapshot may still be served while the next one loads. */
  static final Duration STALE_AT_MOST = Duration.ofSeconds(10);

  private final Listable base;
  private final Listable source;
  private final long version;
  private final LocalDate date;
  private final Map<String, RawJson> pages = new ConcurrentHashMap<>();
  private final AtomicLong kept = new AtomicLong();
  private final Map<Long, ListedShop> byId = new HashMap<>();
  private final SearchIndex names;

  /**
   * {@code shown} is {@code base} brought up to date with the shop changes counted up to {@code
   * version}.
   */
  ListingPages(Listable base, Listable shown, LocalDate date, long version) {
    this.base = base;
    this.source = shown;
    this.version = version;
    this.date = date;
    List<ListedShop> shops = source == null ? List.of() : source.shops();
    shops.forEach(s -> byId.put(s.card().sellerId(), s));
    names = new SearchIndex(shops);
  }

  /** The shop, when it is listed. */
  Optional<ListedShop> shop(long sellerId) {
    return Optional.ofNullable(byId.get(sellerId));
  }

  /** Whether these pages were cut from {@code snapshot}, with every change up to {@code need}. */
  boolean upToDate(Listable snapshot, long need) {
    return base == snapshot && version >= need;
  }

  boolean of(Listable snapshot) {
    return base == snapshot;
  }

  Listable base() {
    return base;
  }

  Listable shown() {
    return source;
  }

  /** Whether it may stand in for the day's snapshot for a moment, while that one loads. */
  boolean servableOn(LocalDate day) {
    return base != null
        && day.equals(date)
        && System.currentTimeMillis() - base.readAt() < STALE_AT_MOST.toMillis();
  }

  RawJson page(ListingQuery q, BusinessDay day) {
    if (q.search() != null) {
      return render(q);
    }
    String key = q.key(day);
    RawJson page = pages.get(key);
    if (page == null) {
      page = render(q);
      if (kept.addAndGet(page.utf8().length) <= MAX_BYTES) {
        RawJson raced = pages.putIfAbsent(key, page);
        page = raced == null ? page : raced;
      }
    }
    return page;
  }

  private RawJson render(ListingQuery q) {
    SellerPage page =
        q.search() == null ? source.page(q) : source.page(q, names.mentioning(q.search())::get);
    return RawJson.of(page, SellerPage.class);
  }
}
