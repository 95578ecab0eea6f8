package ru.flurai.seller;

import jakarta.json.JsonValue;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.catalog.shop.DailyLimits;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.identity.User;
import ru.flurai.preorder.PreorderCalendar;
import ru.flurai.preorder.PreorderTerms;

/** Builds the /seller-web/me object from the shop row and what goes with it. */
final class ProfileViews {
  private ProfileViews() {}

  record Context(
      User owner,
      String districtName,
      OrderUsage.Counts usage,
      BusinessDay today,
      String shopLink) {}

  static ProfileView of(Shop s, Context c) {
    DailyLimits.Limits limits = s.limits(c.today());
    OrderUsage.Counts u = c.usage();
    Shop.Preorders p = s.preorders();
    var customDates = PreorderEdit.customDates(p.customDatesJson());
    return new ProfileView(
        s.sellerId(),
        c.owner() == null ? null : c.owner().fio(),
        c.owner() == null ? null : c.owner().phone(),
        s.shopName(),
        s.description(),
        s.hashtags() == null ? "" : s.hashtags(),
        s.deliveryType(),
        s.addressName(),
        s.mapUrl(),
        s.bannerUrl(),
        s.cityId(),
        s.districtId(),
        c.districtName(),
        s.metroId(),
        s.metroWalkMinutes(),
        limits.total(),
        u.used(),
        limits.open(),
        s.maxDeliveryOrders(),
        s.maxPickupOrders(),
        limits.delivery(),
        limits.pickup(),
        s.defaultDailyLimit(),
        s.dailyLimitDate(),
        u.active(),
        u.pending(),
        u.activeDelivery(),
        u.activePickup(),
        u.pendingDelivery(),
        u.pendingPickup(),
        json(s.weeklySchedule()),
        json(s.workingHours()),
        c.shopLink(),
        s.placementExpiredAt(),
        s.subscriptionPlan(),
        s.yookassaAccountId(),
        s.useDeliveryZones(),
        s.deliveryPrice(),
        s.commissionPercent(),
        s.inn(),
        s.ogrn(),
        s.blocked(),
        s.deletedAt(),
        s.deletedAt() != null,
        p.enabled(),
        p.scheduleType(),
        p.weekday(),
        p.intervalDays(),
        p.baseDate(),
        customDates,
        PreorderCalendar.available(
            new PreorderTerms(
                p.enabled(),
                p.scheduleType(),
                p.weekday(),
                p.intervalDays(),
                p.baseDate(),
                customDates,
                p.minLeadDays(),
                p.maxPerDate(),
                p.discountPercent(),
                p.discountMinDays()),
            c.today().date()),
        p.minLeadDays(),
        p.maxPerDate(),
        p.discountPercent(),
        p.discountMinDays());
  }

  /** A stored JSON object column as JSON (null stays null). */
  private static JsonValue json(String text) {
    return JsonColumns.object(text);
  }
}
