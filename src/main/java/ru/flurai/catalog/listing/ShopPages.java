package ru.flurai.catalog.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.listing.CatalogueViews.AvailabilityView;
import ru.flurai.catalog.listing.CatalogueViews.ProductView;
import ru.flurai.catalog.listing.CatalogueViews.ShopPage;
import ru.flurai.catalog.shop.WorkingHours;
import ru.flurai.platform.cache.TwoLevelCache;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.RawJson;
import ru.flurai.preorder.PreorderCalendar;
import ru.flurai.preorder.PreorderTerms;

/** The public shop page (API.md §3), cached as JSON. */
@ApplicationScoped
public class ShopPages {
  @Inject Catalogue catalogue;
  @Inject TwoLevelCache cache;
  @Inject CatalogueReads reads;
  @Inject FluraiConfig config;
  @Inject PreorderCalendar preorderCalendar;

  /**
   * A shop page; its visibility is checked on every call. A listed shop's page is kept under a key
   * made of everything it shows that can change ({@link #listedPageKey}), so it stays cached for as
   * long as the list snapshot says nothing changed; any other shop's page lives seconds.
   */
  public RawJson shop(long sellerId) {
    ShopInfo s = catalogue.info(sellerId);
    s.requireVisible(Instant.now());
    BusinessDay day = catalogue.today();
    // read here: a cache loader must not read another cache entry
    Optional<ListedShop> listed = catalogue.listed(day).shop(sellerId);
    if (listed.isEmpty()) {
      return cache.get(
          CatalogueCache.PAGE,
          Long.toString(sellerId),
          () -> render(s, reads.products(sellerId), catalogue.loadAvailability(sellerId, day)));
    }
    ListedShop l = listed.get();
    try {
      return cache.get(
          CatalogueCache.LISTED_PAGE, listedPageKey(s, l, day), () -> renderAsListed(s, l));
    } catch (NewerThanTheList newer) {
      return newer.page;
    }
  }

  static String listedPageKey(ShopInfo s, ListedShop l, BusinessDay day) {
    return l.card().sellerId()
        + ":"
        + day.date()
        + ":"
        + Integer.toHexString(s.hashCode())
        + ":"
        + Integer.toHexString(Objects.hash(l.card(), l.slots(), l.stock(), l.touched()));
  }

  /**
   * The page as the list snapshot knows the shop. Its products come from the primary when the shop
   * changed a moment ago or when the replica's differ from the snapshot (a replica may lag behind a
   * snapshot read from the primary); when the primary's differ too (a reservation since the
   * snapshot), the page is served but not kept under the snapshot's key.
   */
  private RawJson renderAsListed(ShopInfo s, ListedShop l) {
    boolean changed = cache.changedRecently(CatalogueCache.PAGE, Long.toString(s.sellerId()));
    List<ProductView> products =
        changed ? reads.productsOnPrimary(s.sellerId()) : reads.products(s.sellerId());
    if (!changed && !ListedShop.stockOf(products).equals(l.stock())) {
      products = reads.productsOnPrimary(s.sellerId());
    }
    RawJson page = render(s, products, l.slots());
    if (!ListedShop.stockOf(products).equals(l.stock())) {
      throw new NewerThanTheList(page);
    }
    return page;
  }

  /** Not an error: carries a page that must not be cached out of the cache's loader. */
  private static final class NewerThanTheList extends RuntimeException {
    private final transient RawJson page;

    NewerThanTheList(RawJson page) {
      super(null, null, false, false);
      this.page = page;
    }
  }

  private RawJson render(ShopInfo s, List<ProductView> all, AvailabilityView today) {
    return RawJson.of(page(s, all, today), ShopPage.class);
  }

  private ShopPage page(ShopInfo s, List<ProductView> all, AvailabilityView today) {
    Instant now = Instant.now();
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
}
