package ru.flurai.admin;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import ru.flurai.identity.User;

/**
 * A seller as the admin panel's Sellers page reads it (API.md §7 "Seller row"): {@code delivery_type} raw as stored,
 * the plan, limits and block/delete state. {@code active_orders}/{@code pending_requests} are the block warning's
 * numbers; they stay 0 until orders exist.
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
    boolean useDeliveryZones,
    int activeOrders,
    int pendingRequests) {

  /** The one place a row is built, for the list, the search and the detail. */
  static SellerRow of(ManagedSeller s, User owner) {
    return new SellerRow(s.sellerId, owner == null ? null : owner.fio(), owner == null ? null : owner.phone(),
        s.shopName, s.description, s.hashtags, s.cityId, s.districtId, s.addressName, s.mapUrl, s.metroId,
        s.metroWalkMinutes, s.deliveryType, s.deliveryPrice, s.bannerUrl, s.placementExpiredAt, s.blocked,
        s.deleted(), s.deletedAt, s.maxOrders, s.dailyLimitDate, s.defaultDailyLimit, s.maxDeliveryOrders,
        s.maxPickupOrders, s.commissionPercent, s.yookassaAccountId, s.inn, s.ogrn, s.subscriptionPlan,
        s.useDeliveryZones, 0, 0);
  }
}
