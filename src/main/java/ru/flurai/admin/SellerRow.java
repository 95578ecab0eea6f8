package ru.flurai.admin;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import ru.flurai.catalog.shop.ShopRecord;
import ru.flurai.identity.User;
import ru.flurai.ordering.order.OpenOrders;

/**
 * A seller as the admin panel's Sellers page reads it (API.md §7 "Seller row"): {@code
 * delivery_type} raw as stored, the plan, limits and block/delete state. {@code
 * active_orders}/{@code pending_requests} are the block warning's numbers, counted from the open
 * orders ({@link OpenOrders}). {@code plan_limit_cap} is the most orders a day the plan allows: the
 * highest daily limit anyone can set ({@value SellerLimits#MAX}), 0 for plan {@code none} (not
 * listed, takes no orders). {@code weekly_schedule} is the stored object (API.md §0.7), null when
 * never set.
 */
public record SellerRow(
    long tgId,
    String fio,
    String phone,
    String shopName,
    String description,
    String hashtags,
    Long cityId,
    Long districtId,
    String addressName,
    String mapUrl,
    Long metroId,
    Integer metroWalkMinutes,
    String deliveryType,
    BigDecimal deliveryPrice,
    String bannerUrl,
    OffsetDateTime placementExpiredAt,
    @JsonbProperty("is_blocked") boolean isBlocked,
    @JsonbProperty("is_deleted") boolean isDeleted,
    OffsetDateTime deletedAt,
    int maxOrders,
    LocalDate dailyLimitDate,
    Integer defaultDailyLimit,
    int maxDeliveryOrders,
    int maxPickupOrders,
    Integer commissionPercent,
    String yookassaAccountId,
    String inn,
    String ogrn,
    String subscriptionPlan,
    int planLimitCap,
    JsonValue weeklySchedule,
    boolean useDeliveryZones,
    int activeOrders,
    int pendingRequests) {

  /** The one place a row is built, for the list, the search and the detail. */
  static SellerRow of(ShopRecord s, User owner, OpenOrders.Counts open) {
    return new SellerRow(
        s.sellerId(),
        owner == null ? null : owner.fio(),
        owner == null ? null : owner.phone(),
        s.shopName(),
        s.description(),
        s.hashtags(),
        s.cityId(),
        s.districtId(),
        s.addressName(),
        s.mapUrl(),
        s.metroId(),
        s.metroWalkMinutes(),
        s.deliveryType(),
        s.deliveryPrice(),
        s.bannerUrl(),
        s.placementExpiredAt(),
        s.blocked(),
        s.deleted(),
        s.deletedAt(),
        s.maxOrders(),
        s.dailyLimitDate(),
        s.defaultDailyLimit(),
        s.maxDeliveryOrders(),
        s.maxPickupOrders(),
        s.commissionPercent(),
        s.yookassaAccountId(),
        s.inn(),
        s.ogrn(),
        s.plan().wire(),
        s.planLimitCap(),
        s.weeklySchedule(),
        s.useDeliveryZones(),
        open.active(),
        open.pending());
  }
}
