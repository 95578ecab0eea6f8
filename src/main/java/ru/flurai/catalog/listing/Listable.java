package ru.flurai.catalog.listing;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import ru.flurai.catalog.listing.CatalogueViews.SellerPage;

/**
 * Every shop the catalogue lists today, by seller id ({@link ListingSql#listable}): filtered,
 * ordered and paged in memory, so a page costs the same whatever the page, filter or number of
 * shops.
 */
public record Listable(List<ListedShop> shops) {
  private static final Comparator<ListedShop> BY_ID =
      Comparator.comparingLong(s -> s.card().sellerId());

  /** Free slots first, most free slots first (no orders counted: today's limits). */
  private static final Comparator<ListedShop> MOST_SLOTS =
      Comparator.comparingInt(ListedShop::limits).reversed().thenComparing(BY_ID);

  private static final Comparator<ListedShop> CHEAPEST =
      Comparator.comparing((ListedShop s) -> s.card().minPrice()).thenComparing(BY_ID);

  private static final Comparator<ListedShop> DEAREST =
      Comparator.comparing((ListedShop s) -> s.card().maxPrice()).reversed().thenComparing(BY_ID);

  /** A shuffle that is stable for the business day, so "load more" pages stay consistent. */
  private static final Comparator<ListedShop> SHUFFLED =
      Comparator.comparing(ListedShop::shuffle).thenComparing(BY_ID);

  public SellerPage page(ListingQuery q) {
    return page(q, i -> q.search() == null || shops.get(i).mentions(q.search()));
  }

  /** {@code found} tells, by position in {@link #shops}, the shops that match the search. */
  SellerPage page(ListingQuery q, IntPredicate found) {
    List<ListedShop> matching =
        IntStream.range(0, shops.size())
            .filter(found)
            .mapToObj(shops::get)
            .filter(s -> s.matchesFilters(q))
            .sorted(order(q))
            .toList();
    int from = Math.min(q.offset(), matching.size());
    int to = Math.min(from + q.perPage(), matching.size());
    return new SellerPage(
        matching.subList(from, to).stream().map(ListedShop::card).toList(),
        matching.size(),
        q.page(),
        q.perPage());
  }

  private static Comparator<ListedShop> order(ListingQuery q) {
    if ("asc".equals(q.sortPrice())) {
      return CHEAPEST;
    }
    if ("desc".equals(q.sortPrice())) {
      return DEAREST;
    }
    return q.sortMode() != null ? SHUFFLED : MOST_SLOTS;
  }
}
