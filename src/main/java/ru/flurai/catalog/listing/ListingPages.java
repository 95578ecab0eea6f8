package ru.flurai.catalog.listing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CatalogueViews.SellerPage;
import ru.flurai.platform.http.RawJson;

/**
 * The list pages rendered from one {@link Listable}, kept as JSON for as long as that snapshot is
 * the current one. Searches are rendered each time (there is no end to them); so is everything once
 * {@link #MAX_PAGES} distinct pages were kept.
 */
final class ListingPages {
  static final int MAX_PAGES = 2_000;

  private final Listable source;
  private final Map<String, RawJson> pages = new ConcurrentHashMap<>();

  ListingPages(Listable source) {
    this.source = source;
  }

  boolean of(Listable snapshot) {
    return source == snapshot;
  }

  RawJson page(ListingQuery q, BusinessDay day) {
    if (q.search() != null || pages.size() >= MAX_PAGES) {
      return render(q);
    }
    return pages.computeIfAbsent(q.key(day), k -> render(q));
  }

  private RawJson render(ListingQuery q) {
    return RawJson.of(source.page(q), SellerPage.class);
  }
}
