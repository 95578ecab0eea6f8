package ru.flurai.catalog.listing;

import java.time.ZonedDateTime;
import java.util.Map;
import ru.flurai.catalog.listing.CatalogueViews.ProductView;
import ru.flurai.catalog.listing.CatalogueViews.SellerCard;
import ru.flurai.catalog.product.ProductJson;
import ru.flurai.catalog.shop.DailyLimits;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.catalog.shop.WorkingHours;

/** Maps the rows of {@link ListingSql} and {@link ShopSql#products} to the API shapes. */
public final class CardRows {
  private CardRows() {}

  static long total(Row r) {
    return r.count(1);
  }

  public static long sellerId(Object[] row) {
    return ((Number) row[2]).longValue();
  }

  public static SellerCard card(Row r, Map<Long, OrdersToday.Used> used, ZonedDateTime now) {
    long id = r.id(2);
    String type = Shop.normalizeDeliveryType(r.text(5));
    boolean delivers = "delivery".equals(type) || "both".equals(type);
    boolean accepting =
        !r.flag(15) && !r.flag(16) && r.text(14) != null && !"none".equalsIgnoreCase(r.text(14));
    Slots slots =
        new Slots(
            new DailyLimits.Limits(r.number(12), r.number(13)),
            used.getOrDefault(id, OrdersToday.Used.NONE));
    var hours = WorkingHours.parse(r.text(21));
    return new SellerCard(
        id,
        r.text(3),
        r.text(4),
        type,
        r.money(6),
        delivers ? r.money(6) : null,
        r.text(7),
        r.text(8),
        r.text(9),
        r.integer(10),
        r.text(11),
        slots.total(),
        slots.overall(accepting),
        slots.delivery(),
        slots.pickup(),
        slots.deliveryState(accepting),
        slots.pickupState(accepting),
        r.text(14) != null && !"none".equalsIgnoreCase(r.text(14)),
        r.money(18),
        r.money(19),
        r.number(17),
        r.count(20),
        hours,
        WorkingHours.openAt(hours, now));
  }

  static ProductView product(Row r) {
    var photos = ProductJson.photos(r.text(4));
    return new ProductView(
        r.id(0),
        r.text(1),
        r.text(2),
        r.money(3),
        photos.isEmpty() ? null : photos.get(0),
        photos,
        r.number(5),
        r.flag(6),
        ProductJson.composition(r.text(7)));
  }
}
