package ru.flurai.catalog.listing;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.flurai.catalog.listing.CatalogueViews.AvailabilityView;
import ru.flurai.catalog.listing.CatalogueViews.ProductView;
import ru.flurai.catalog.listing.CatalogueViews.SellerCard;
import ru.flurai.catalog.shop.DailyLimits;
import ru.flurai.platform.db.Rows;

/**
 * A shop in the catalogue list: its card, its slots of today, what the list's filters and orders
 * look at (PRODUCT.md §3.1, §8.1), and what its shop page shows of its products ({@link #stock},
 * {@link #touched}), so that a cached shop page is known to be current without reading it again.
 * Names and hashtags are lower-cased by PostgreSQL, as the search text is by {@link ListingQuery}.
 */
public record ListedShop(
    SellerCard card,
    String name,
    String hashtags,
    Long cityId,
    Long districtId,
    Long metroId,
    boolean delivers,
    boolean picksUp,
    boolean deliversAndPicksUp,
    boolean anyZone,
    boolean freeZone,
    AvailabilityView slots,
    String shuffle,
    String stock,
    String touched) {

  /** A row of {@link ListingSql#listable}. */
  static ListedShop of(Rows.Row r, Map<Long, OrdersToday.Used> used, ZonedDateTime now) {
    return new ListedShop(
        CardRows.card(r, used, now),
        r.str("name_lc"),
        r.str("tags_lc"),
        r.optNum("city_id"),
        r.optNum("district_id"),
        r.optNum("metro_id"),
        r.flag("delivers"),
        r.flag("picks_up"),
        r.flag("both_ways"),
        r.flag("any_zone"),
        r.flag("free_zone"),
        new Slots(
                new DailyLimits.Limits(r.integerOr("lim_d", 0), r.integerOr("lim_p", 0)),
                used.getOrDefault(r.num("seller_id"), OrdersToday.Used.NONE))
            .view(),
        r.str("shuffle"),
        r.str("stock"),
        r.str("touched"));
  }

  /**
   * {@link #stock} of the products a shop page was rendered with (listable and preorder ones, as
   * {@link ListingSql#STOCK} writes it).
   */
  static String stockOf(List<ProductView> products) {
    return products.stream()
        .sorted(Comparator.comparingLong(ProductView::id))
        .map(p -> p.id() + ":" + p.quantity() + ":" + p.price().toPlainString())
        .collect(Collectors.joining(","));
  }

  /** Today's limits together (the list's default order). */
  int limits() {
    return slots.deliveryLimit() + slots.pickupLimit();
  }

  /** The query's filters but its search (see {@link #mentions}). */
  boolean matchesFilters(ListingQuery q) {
    return (q.cityId() == null || q.cityId().equals(cityId))
        && (q.districtId() == null || q.districtId().equals(districtId))
        && (q.metroId() == null || q.metroId().equals(metroId))
        && (q.deliveryType() == null || offers(q.deliveryType()))
        && (q.freeDelivery() == null
            || delivers && (q.freeDelivery() ? freeZone : anyZone && !freeZone));
  }

  /** The search text is part of the name or of the hashtags (both lower-cased). */
  boolean mentions(String search) {
    return name.contains(search) || hashtags.contains(search);
  }

  private boolean offers(String deliveryType) {
    return switch (deliveryType) {
      case "delivery" -> delivers;
      case "pickup" -> picksUp;
      default -> deliversAndPicksUp;
    };
  }
}
