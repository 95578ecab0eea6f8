package ru.flurai.catalog.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CatalogueViews.AvailabilityView;
import ru.flurai.catalog.listing.CatalogueViews.ProductView;
import ru.flurai.catalog.listing.CatalogueViews.ShopPage;
import ru.flurai.catalog.shop.WorkingHours;
import ru.flurai.platform.cache.TwoLevelCache;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.platform.http.RawJson;
import ru.flurai.preorder.PreorderCalendar;
import ru.flurai.preorder.PreorderTerms;

/**
 * The public catalogue: shop list, shop page, slots. Reads the replica through the catalogue cache.
 */
@ApplicationScoped
public class Catalogue {
  private static final String NOT_FOUND = "Продавец не найден";

  @Inject TwoLevelCache cache;
  @Inject CatalogueReads reads;
  @Inject OrdersToday ordersToday;
  @Inject FluraiConfig config;
  @Inject PreorderCalendar preorderCalendar;

  /** The current {@link Listable}, indexed, and the pages rendered from it. */
  private volatile ListingPages pages = new ListingPages(null);

  /** A page of the catalogue list, cut from the cached {@link Listable} of today. */
  public RawJson list(ListingQuery q) {
    BusinessDay day = today();
    return listed(day).page(q, day);
  }

  private ListingPages listed(BusinessDay day) {
    Listable all = cache.get(CatalogueCache.LIST, day.date().toString(), () -> loadListable(day));
    ListingPages current = pages;
    if (!current.of(all)) {
      current = new ListingPages(all);
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
   * A shop page; its visibility is checked on every call, the page itself comes from {@link
   * CatalogueCache#PAGE}.
   */
  public RawJson shop(long sellerId) {
    ShopInfo s = info(sellerId);
    s.requireVisible(Instant.now());
    BusinessDay day = today();
    // read here: a cache loader must not read another cache entry
    ListingPages listed = listed(day);
    return cache.get(
        CatalogueCache.PAGE,
        Long.toString(sellerId),
        () -> {
          AvailabilityView slots =
              listed
                  .shop(sellerId)
                  .map(ListedShop::slots)
                  .orElseGet(() -> loadAvailability(sellerId, day));
          return RawJson.of(page(s, slots), ShopPage.class);
        });
  }

  private ShopPage page(ShopInfo s, AvailabilityView today) {
    Instant now = Instant.now();
    long sellerId = s.sellerId();
    List<ProductView> all = reads.products(sellerId);
    List<ProductView> products = all.stream().filter(p -> !p.isPreorder()).toList();
    List<ProductView> preorderProducts = all.stream().filter(ProductView::isPreorder).toList();
    Slots slots = Slots.of(today);
    boolean accepting = s.accepting(now);
    PreorderTerms pre = s.preorders();
    List<LocalDate> dates = preorderCalendar.available(pre);
    return new ShopPage(
        s.sellerId(),
        s.shopName(),
        s.description(),
        s.normalizedDeliveryType(),
        s.deliveryPrice(),
        s.minDeliveryPrice(),
        s.addressName(),
        s.mapUrl(),
        s.cityId(),
        s.cityName(),
        s.districtName(),
        s.metroName(),
        s.metroLineColor(),
        s.metroWalkMinutes(),
        slots.total(),
        slots.overall(accepting),
        slots.delivery(),
        slots.pickup(),
        slots.deliveryState(accepting),
        slots.pickupState(accepting),
        s.planActive(),
        products,
        preorderProducts,
        dates,
        !dates.isEmpty() && !preorderProducts.isEmpty(),
        pre.discountPercent(),
        pre.discountMinDays(),
        pre.limited() ? pre.maxPerDate() : null,
        s.bannerUrl(),
        s.subscriberCount(),
        s.workingHours(),
        WorkingHours.openAt(s.workingHours(), now.atZone(config.shopTimezone())),
        s.ownerUsername(),
        s.sellerId(),
        s.ownerFio(),
        s.inn(),
        s.ogrn());
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

  private AvailabilityView loadAvailability(long sellerId, BusinessDay day) {
    return reads
        .limitSettings(sellerId)
        .map(settings -> new Slots(settings.on(day), ordersToday.of(sellerId, day)).view())
        .orElse(AvailabilityView.NONE);
  }

  private ShopInfo info(long sellerId) {
    return cache.get(
        CatalogueCache.SHOP,
        Long.toString(sellerId),
        () -> reads.shop(sellerId).orElseThrow(() -> new NotFound(NOT_FOUND)));
  }

  private BusinessDay today() {
    return BusinessDay.at(Instant.now(), config.shopTimezone());
  }
}
