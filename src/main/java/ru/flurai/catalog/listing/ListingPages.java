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
 * One {@link Listable} indexed by seller, and the list pages rendered from it, kept as JSON for as
 * long as that snapshot is the current one. Searches are rendered each time (there is no end to
 * them); so is everything once {@link #MAX_BYTES} of pages are kept, whatever pages and page sizes
 * a crawler asks for.
 */
final class ListingPages {
  static final long MAX_BYTES = 8L * 1024 * 1024;

  /** How long an expired snapshot may still be served while the next one loads. */
  static final Duration STALE_AT_MOST = Duration.ofSeconds(10);

  private final Listable source;
  private final LocalDate date;
  private final long loadedNanos = System.nanoTime();
  private final Map<String, RawJson> pages = new ConcurrentHashMap<>();
  private final AtomicLong kept = new AtomicLong();
  private final Map<Long, ListedShop> byId = new HashMap<>();
  private final SearchIndex names;

  ListingPages(Listable source, LocalDate date) {
    this.source = source;
    this.date = date;
    List<ListedShop> shops = source == null ? List.of() : source.shops();
    shops.forEach(s -> byId.put(s.card().sellerId(), s));
    names = new SearchIndex(shops);
  }

  /** The shop, when it is listed. */
  Optional<ListedShop> shop(long sellerId) {
    return Optional.ofNullable(byId.get(sellerId));
  }

  boolean of(Listable snapshot) {
    return source == snapshot;
  }

  /** Whether it may stand in for the day's snapshot for a moment, while that one loads. */
  boolean servableOn(LocalDate day) {
    return source != null
        && day.equals(date)
        && System.nanoTime() - loadedNanos < STALE_AT_MOST.toNanos();
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
