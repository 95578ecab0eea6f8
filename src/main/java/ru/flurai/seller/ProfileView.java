package ru.flurai.seller;

import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * GET/PUT /seller-web/me (API.md §6): every field the panel reads, plus the extras the original
 * returned. {@code delivery_type} is the raw stored value; money is a number; date lists are never
 * null.
 */
public record ProfileView(
    long sellerId,
    String fio,
    String phone,
    String shopName,
    String description,
    String hashtags,
    String deliveryType,
    String addressName,
    String mapUrl,
    String bannerUrl,
    Long cityId,
    Long districtId,
    String districtName,
    Long metroId,
    Integer metroWalkMinutes,
    int maxOrders,
    int ordersUsedToday,
    boolean limitSetForToday,
    int maxDeliveryOrders,
    int maxPickupOrders,
    int todayDeliveryLimit,
    int todayPickupLimit,
    Integer defaultDailyLimit,
    LocalDate dailyLimitDate,
    int activeOrders,
    int pendingRequests,
    int activeDeliveryOrders,
    int activePickupOrders,
    int pendingDeliveryRequests,
    int pendingPickupRequests,
    JsonValue weeklySchedule,
    JsonValue workingHours,
    String shopLink,
    OffsetDateTime placementExpiredAt,
    String subscriptionPlan,
    String yookassaAccountId,
    boolean useDeliveryZones,
    BigDecimal deliveryPrice,
    Integer commissionPercent,
    String inn,
    String ogrn,
    boolean isBlocked,
    OffsetDateTime deletedAt,
    boolean isDeleted,
    boolean preorderEnabled,
    String preorderScheduleType,
    Integer preorderWeekday,
    Integer preorderIntervalDays,
    LocalDate preorderBaseDate,
    List<LocalDate> preorderCustomDates,
    List<LocalDate> preorderAvailableDates,
    int preorderMinLeadDays,
    Integer preorderMaxPerDate,
    BigDecimal preorderDiscountPercent,
    int preorderDiscountMinDays) {}
