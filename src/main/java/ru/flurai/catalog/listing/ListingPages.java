package ru.flurai.catalog.listing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CatalogueViews.SellerPage;
import ru.flurai.platform.http.RawJson;

/**
 * One {@link Listable} indexed by seller, and the list pages rendered from it, kept as JSON for as
 * long as that snapshot is the current one. Searches are rendered each time (there is no end to
 * them); so is everything once {@link #MAX_PAGES} distinct pages were kept.
 */
final class ListingPages {
  static final int MAX_PAGES = 2_000;

  /** How long an expired snapshot may still be served while the next one loads. */
  static final Duration STALE_AT_MOST = Duration.ofSeconds(10);

  private final Listable source;
  private final LocalDate date;
  private final long loadedNanos = System.nanoTime();
  private final Map<String, RawJson> pages = new ConcurrentHashMap<>();
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
    if (q.search() != null || pages.size() >= MAX_PAGES) {
      return render(q);
    }
    return pages.computeIfAbsent(q.key(day), k -> render(q));
  }

  private RawJson render(ListingQuery q) {
    SellerPage page =
        q.search() == null ? source.page(q) : source.page(q, names.mentioning(q.search())::get);
    return RawJson.of(page, SellerPage.class);
  }
}
