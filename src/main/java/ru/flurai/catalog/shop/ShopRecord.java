package ru.flurai.catalog.shop;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A read-only snapshot of a shop row for other features (the admin's seller rows): every shop
 * column but the password hash and the session marks. {@code deliveryType} is the stored spelling,
 * {@code weeklySchedule} the stored object (null when never set).
 */
public record ShopRecord(
    long sellerId,
    String shopName,
    String description,
    String hashtags,
    String inn,
    String ogrn,
    Long cityId,
    Long districtId,
    Long metroId,
    Integer metroWalkMinutes,
    String addressName,
    String mapUrl,
    String deliveryType,
    BigDecimal deliveryPrice,
    boolean useDeliveryZones,
    String bannerUrl,
    Plan plan,
    OffsetDateTime placementExpiredAt,
    Integer commissionPercent,
    String yookassaAccountId,
    boolean blocked,
    OffsetDateTime deletedAt,
    int maxOrders,
    LocalDate dailyLimitDate,
    Integer defaultDailyLimit,
    int maxDeliveryOrders,
    int maxPickupOrders,
    JsonObject weeklySchedule,
    String webLogin) {

  public boolean deleted() {
    return deletedAt != null;
  }

  /**
   * The most orders a day the plan allows: the highest limit anyone can set ({@value
   * LimitRules#MAX}), 0 for plan {@code none} (not listed, takes no orders).
   */
  public int planLimitCap() {
    return plan.listed() ? LimitRules.MAX : 0;
  }
}
