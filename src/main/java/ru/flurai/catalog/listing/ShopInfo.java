package ru.flurai.catalog.listing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.catalog.shop.WorkingHours;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.NotFound;
import ru.flurai.preorder.PreorderCalendar;
import ru.flurai.preorder.PreorderTerms;

/**
 * What the shop page shows of a shop apart from its products and today's slots: it changes only
 * when the seller or the admin changes something (ShopChanged) or a buyer (un)subscribes, so it is
 * cached for long. Time-dependent answers (placement expiry, open now) are derived from it at
 * request time; today's limits are not part of it (they are read with the slots, which live
 * seconds).
 */
public record ShopInfo(
    long sellerId,
    String shopName,
    String description,
    String deliveryType,
    BigDecimal deliveryPrice,
    BigDecimal zoneMinPrice,
    String addressName,
    String mapUrl,
    Long cityId,
    String cityName,
    String districtName,
    String metroName,
    String metroLineColor,
    Integer metroWalkMinutes,
    String bannerUrl,
    Map<String, WorkingHours.Day> workingHours,
    String subscriptionPlan,
    Instant placementExpiredAt,
    boolean blocked,
    boolean deleted,
    String ownerUsername,
    String ownerFio,
    String inn,
    String ogrn,
    long subscriberCount,
    PreorderTerms preorders) {

  /** A row of ShopSql.shop. */
  static ShopInfo of(Rows.Row r) {
    Double expiry = r.real("placement_expires");
    return new ShopInfo(
        r.optNum("seller_id"),
        r.str("shop_name"),
        r.str("description"),
        r.str("delivery_type"),
        r.decimal("delivery_price"),
        r.decimal("zone_min_price"),
        r.str("address_name"),
        r.str("map_url"),
        r.optNum("city_id"),
        r.str("city_name"),
        r.str("district_name"),
        r.str("metro_name"),
        r.str("line_color"),
        r.optInt("metro_walk_minutes"),
        r.str("banner_url"),
        WorkingHours.parse(r.str("working_hours")),
        r.str("subscription_plan"),
        expiry == null ? null : Instant.ofEpochMilli(Math.round(expiry * 1000)),
        r.flag("is_blocked"),
        r.flag("deleted"),
        r.str("username"),
        r.str("fio"),
        r.str("inn"),
        r.str("ogrn"),
        r.num("subscribers"),
        PreorderCalendar.terms(r));
  }

  /** 404 / 403 with the texts of API.md §3, or nothing when the shop page may be shown. */
  void requireVisible(Instant now) {
    if (deleted) {
      throw new NotFound("Продавец не найден");
    }
    if (blocked) {
      throw new Forbidden("Продавец заблокирован");
    }
    if (expired(now)) {
      throw new Forbidden("Размещение продавца истекло");
    }
  }

  boolean expired(Instant now) {
    return placementExpiredAt != null && !placementExpiredAt.isAfter(now);
  }

  boolean planActive() {
    return subscriptionPlan != null && !"none".equalsIgnoreCase(subscriptionPlan);
  }

  /** Orders can be placed at all: listed plan, not blocked, deleted or expired. */
  boolean accepting(Instant now) {
    return planActive() && !blocked && !deleted && !expired(now);
  }

  String normalizedDeliveryType() {
    return Shop.normalizeDeliveryType(deliveryType);
  }

  boolean delivers() {
    String t = normalizedDeliveryType();
    return "delivery".equals(t) || "both".equals(t);
  }

  /**
   * With a flat delivery price, the cheapest delivery is that price; a shop that does not deliver
   * has none.
   */
  BigDecimal minDeliveryPrice() {
    return delivers() ? zoneMinPrice : null;
  }
}
