package ru.flurai.catalog.listing;

import java.time.ZonedDateTime;
import java.util.Map;
import ru.flurai.catalog.listing.CatalogueViews.ProductView;
import ru.flurai.catalog.listing.CatalogueViews.SellerCard;
import ru.flurai.catalog.product.ProductJson;
import ru.flurai.catalog.shop.DailyLimits;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.catalog.shop.WorkingHours;
import ru.flurai.platform.db.Rows;

/** Maps the rows of {@link ListingSql} and {@link ShopSql#products} to the API shapes. */
public final class CardRows {
  private CardRows() {}

  public static SellerCard card(Rows.Row r, Map<Long, OrdersToday.Used> used, ZonedDateTime now) {
    long id = r.num("seller_id");
    String type = Shop.normalizeDeliveryType(r.str("delivery_type"));
    boolean delivers = "delivery".equals(type) || "both".equals(type);
    String plan = r.str("subscription_plan");
    boolean accepting =
        !r.flag("is_blocked")
            && !r.flag("expired")
            && plan != null
            && !"none".equalsIgnoreCase(plan);
    Slots slots =
        new Slots(
            new DailyLimits.Limits(r.integerOr("lim_d", 0), r.integerOr("lim_p", 0)),
            used.getOrDefault(id, OrdersToday.Used.NONE));
    var hours = WorkingHours.parse(r.str("working_hours"));
    return new SellerCard(
        id,
        r.str("shop_name"),
        r.str("fio"),
        type,
        r.decimal("delivery_price"),
        delivers ? r.decimal("zone_min_price") : null,
        r.str("city_name"),
        r.str("district_name"),
        r.str("metro_name"),
        r.optInt("metro_walk_minutes"),
        r.str("line_color"),
        slots.total(),
        slots.overall(accepting),
        slots.delivery(),
        slots.pickup(),
        slots.deliveryState(accepting),
        slots.pickupState(accepting),
        plan != null && !"none".equalsIgnoreCase(plan),
        r.decimal("min_price"),
        r.decimal("max_price"),
        r.integerOr("products_count", 0),
        r.num("subscribers"),
        hours,
        WorkingHours.openAt(hours, now));
  }

  static ProductView product(Rows.Row r) {
    var photos = ProductJson.photos(r.str("photo_ids"));
    return new ProductView(
        r.optNum("id"),
        r.str("name"),
        r.str("description"),
        r.decimal("price"),
        photos.isEmpty() ? null : photos.get(0),
        photos,
        r.integerOr("stock", 0),
        r.flag("is_preorder"),
        ProductJson.composition(r.str("composition")));
  }
}
