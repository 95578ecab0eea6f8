package ru.flurai.catalog.listing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.catalog.shop.WorkingHours;
import ru.flurai.platform.domain.Forbidden;
import ru.flurai.platform.domain.NotFound;

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
    long subscriberCount) {

  static ShopInfo of(Row r) {
    Double expiry = r.decimal(16);
    return new ShopInfo(
        r.id(0),
        r.text(1),
        r.text(2),
        r.text(3),
        r.money(4),
        r.text(5),
        r.text(6),
        r.id(7),
        r.text(8),
        r.text(9),
        r.text(10),
        r.text(11),
        r.integer(12),
        r.text(13),
        WorkingHours.parse(r.text(14)),
        r.text(15),
        expiry == null ? null : Instant.ofEpochMilli(Math.round(expiry * 1000)),
        r.flag(17),
        r.flag(18),
        r.text(19),
        r.text(20),
        r.text(21),
        r.text(22),
        r.count(23));
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
    return delivers() ? deliveryPrice : null;
  }
}
