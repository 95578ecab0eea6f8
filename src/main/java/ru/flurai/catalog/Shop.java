package ru.flurai.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import ru.flurai.platform.http.ApiException;

/**
 * The shop side of a seller row: what buyers see and what the seller configures. JSON columns
 * (working hours, weekly schedule, preorder dates) are kept as JSON text; the account side (login,
 * block, sessions) is {@link ru.flurai.identity.SellerAccount}, which maps the same row. Block and
 * delete state are read-only here.
 */
@Entity
@Table(name = "sellers")
public class Shop {
  @Id
  @Column(name = "seller_id")
  Long sellerId;

  @Column(name = "shop_name")
  String shopName;

  @Column(name = "description")
  String description;

  @Column(name = "hashtags")
  String hashtags;

  @Column(name = "inn")
  String inn;

  @Column(name = "ogrn")
  String ogrn;

  @Column(name = "city_id")
  Long cityId;

  @Column(name = "district_id")
  Long districtId;

  @Column(name = "metro_id")
  Long metroId;

  @Column(name = "metro_walk_minutes")
  Integer metroWalkMinutes;

  @Column(name = "address_name")
  String addressName;

  @Column(name = "map_url")
  String mapUrl;

  @Column(name = "delivery_type")
  String deliveryType;

  @Column(name = "delivery_price")
  BigDecimal deliveryPrice;

  @Column(name = "banner_url")
  String bannerUrl;

  @Column(name = "working_hours")
  String workingHours;

  @Column(name = "weekly_schedule")
  String weeklySchedule;

  @Column(name = "max_delivery_orders")
  int maxDeliveryOrders;

  @Column(name = "max_pickup_orders")
  int maxPickupOrders;

  @Column(name = "max_orders")
  int maxOrders;

  @Column(name = "daily_limit_date")
  LocalDate dailyLimitDate;

  @Column(name = "default_daily_limit")
  Integer defaultDailyLimit;

  @Column(name = "subscription_plan")
  String subscriptionPlan;

  @Column(name = "placement_expired_at")
  OffsetDateTime placementExpiredAt;

  @Column(name = "commission_percent")
  Integer commissionPercent;

  @Column(name = "yookassa_account_id")
  String yookassaAccountId;

  @Column(name = "use_delivery_zones")
  boolean useDeliveryZones;

  @Column(name = "preorder_enabled")
  boolean preorderEnabled;

  @Column(name = "preorder_schedule_type")
  String preorderScheduleType;

  @Column(name = "preorder_weekday")
  Integer preorderWeekday;

  @Column(name = "preorder_interval_days")
  Integer preorderIntervalDays;

  @Column(name = "preorder_base_date")
  LocalDate preorderBaseDate;

  @Column(name = "preorder_custom_dates")
  String preorderCustomDates;

  @Column(name = "preorder_min_lead_days")
  int preorderMinLeadDays;

  @Column(name = "preorder_max_per_date")
  Integer preorderMaxPerDate;

  @Column(name = "preorder_discount_percent")
  BigDecimal preorderDiscountPercent;

  @Column(name = "preorder_discount_min_days")
  int preorderDiscountMinDays;

  @Column(name = "is_blocked", insertable = false, updatable = false)
  boolean blocked;

  @Column(name = "deleted_at", insertable = false, updatable = false)
  OffsetDateTime deletedAt;

  @Column(name = "updated_at")
  OffsetDateTime updatedAt;

  protected Shop() {}

  public Shop(long sellerId) {
    this.sellerId = sellerId;
    this.shopName = "My Shop";
    this.hashtags = "";
    this.deliveryType = "both";
    this.deliveryPrice = BigDecimal.ZERO;
    this.maxDeliveryOrders = 10;
    this.maxPickupOrders = 20;
    this.subscriptionPlan = "active";
    this.preorderCustomDates = "[]";
    this.preorderMinLeadDays = 2;
    this.preorderDiscountPercent = BigDecimal.ZERO;
    this.preorderDiscountMinDays = 7;
    this.updatedAt = OffsetDateTime.now();
  }

  /** The preorder settings of the shop, edited as one value. */
  public record Preorders(
      boolean enabled,
      String scheduleType,
      Integer weekday,
      Integer intervalDays,
      LocalDate baseDate,
      String customDatesJson,
      int minLeadDays,
      Integer maxPerDate,
      BigDecimal discountPercent,
      int discountMinDays) {}

  // Seller panel edits. The seller feature cleans and validates the input; these keep the row
  // consistent.

  public void renameShop(String name) {
    if (name == null || name.isBlank()) {
      throw ApiException.badRequest("Название магазина не может быть пустым");
    }
    shopName = name;
    touch();
  }

  public void describe(String text) {
    description = text;
    touch();
  }

  public void tag(String commaSeparated) {
    hashtags = commaSeparated == null ? "" : commaSeparated;
    touch();
  }

  /** The raw capability as the panel sends it ("" = not chosen); public views normalize it. */
  public void changeDeliveryType(String raw) {
    deliveryType = raw == null ? "" : raw;
    touch();
  }

  public void changeAddress(String address) {
    addressName = address;
    touch();
  }

  public void changeMapUrl(String url) {
    mapUrl = url;
    touch();
  }

  public void changeBanner(String url) {
    bannerUrl = url;
    touch();
  }

  public void changePayoutAccount(String accountId) {
    yookassaAccountId = accountId;
    touch();
  }

  public void useDeliveryZones(boolean value) {
    useDeliveryZones = value;
    touch();
  }

  /** JSON text of {"0":{"open","close"}|null,…}, or null for no restriction. */
  public void changeWorkingHours(String json) {
    workingHours = json;
    touch();
  }

  /** JSON text of {"0":{"delivery","pickup"},…}, or null for no schedule. */
  public void changeWeeklySchedule(String json) {
    weeklySchedule = json;
    touch();
  }

  /** The base per-type limits, and the legacy total default that goes with them. */
  public void changeBaseLimits(int delivery, int pickup) {
    requireLimits(delivery, pickup);
    maxDeliveryOrders = delivery;
    maxPickupOrders = pickup;
    defaultDailyLimit = delivery + pickup;
    touch();
  }

  /**
   * Limits set for today: they become the base limits and override the weekly schedule for this
   * business day.
   */
  public void limitToday(int delivery, int pickup, BusinessDay today) {
    requireLimits(delivery, pickup);
    maxDeliveryOrders = delivery;
    maxPickupOrders = pickup;
    maxOrders = delivery + pickup;
    dailyLimitDate = today.date();
    touch();
  }

  /** No new orders until the next business day starts (06:00 in the shop time zone). */
  public void closeFor(BusinessDay today) {
    maxOrders = 0;
    dailyLimitDate = today.date();
    touch();
  }

  private static void requireLimits(int delivery, int pickup) {
    if (delivery < 0 || pickup < 0) {
      throw ApiException.badRequest("Лимит не может быть отрицательным");
    }
  }

  public Preorders preorders() {
    return new Preorders(
        preorderEnabled,
        preorderScheduleType,
        preorderWeekday,
        preorderIntervalDays,
        preorderBaseDate,
        preorderCustomDates,
        preorderMinLeadDays,
        preorderMaxPerDate,
        preorderDiscountPercent,
        preorderDiscountMinDays);
  }

  public void changePreorders(Preorders p) {
    preorderEnabled = p.enabled();
    preorderScheduleType = p.scheduleType();
    preorderWeekday = p.weekday();
    preorderIntervalDays = p.intervalDays();
    preorderBaseDate = p.baseDate();
    preorderCustomDates = p.customDatesJson() == null ? "[]" : p.customDatesJson();
    preorderMinLeadDays = Math.max(0, p.minLeadDays());
    preorderMaxPerDate = p.maxPerDate();
    preorderDiscountPercent = p.discountPercent() == null ? BigDecimal.ZERO : p.discountPercent();
    preorderDiscountMinDays = Math.max(1, p.discountMinDays());
    touch();
  }

  /**
   * API.md §0.7: public views normalize the stored capability to delivery / pickup / both, or null.
   */
  public static String normalizeDeliveryType(String raw) {
    if (raw == null) {
      return null;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "доставка", "delivery" -> "delivery";
      case "самовывоз", "pickup" -> "pickup";
      case "доставка и самовывоз", "both" -> "both";
      default -> null;
    };
  }

  public boolean delivers() {
    String t = normalizeDeliveryType(deliveryType);
    return "delivery".equals(t) || "both".equals(t);
  }

  /** Listing status: any plan except "none" counts as active (PRODUCT.md §3.1). */
  public boolean planActive() {
    return subscriptionPlan != null && !"none".equalsIgnoreCase(subscriptionPlan);
  }

  public DailyLimits.Limits limits(BusinessDay day) {
    return DailyLimits.effective(
        maxDeliveryOrders,
        maxPickupOrders,
        maxOrders,
        dailyLimitDate,
        JsonColumns.object(weeklySchedule),
        day);
  }

  public void touch() {
    updatedAt = OffsetDateTime.now();
  }

  public Long sellerId() {
    return sellerId;
  }

  public String shopName() {
    return shopName;
  }

  public String description() {
    return description;
  }

  public String hashtags() {
    return hashtags;
  }

  public String inn() {
    return inn;
  }

  public String ogrn() {
    return ogrn;
  }

  public Long cityId() {
    return cityId;
  }

  public Long districtId() {
    return districtId;
  }

  public Long metroId() {
    return metroId;
  }

  public Integer metroWalkMinutes() {
    return metroWalkMinutes;
  }

  public String addressName() {
    return addressName;
  }

  public String mapUrl() {
    return mapUrl;
  }

  public String deliveryType() {
    return deliveryType;
  }

  public BigDecimal deliveryPrice() {
    return deliveryPrice;
  }

  public String bannerUrl() {
    return bannerUrl;
  }

  public String workingHours() {
    return workingHours;
  }

  public String weeklySchedule() {
    return weeklySchedule;
  }

  public int maxDeliveryOrders() {
    return maxDeliveryOrders;
  }

  public int maxPickupOrders() {
    return maxPickupOrders;
  }

  public int maxOrders() {
    return maxOrders;
  }

  public LocalDate dailyLimitDate() {
    return dailyLimitDate;
  }

  public Integer defaultDailyLimit() {
    return defaultDailyLimit;
  }

  public String subscriptionPlan() {
    return subscriptionPlan;
  }

  public OffsetDateTime placementExpiredAt() {
    return placementExpiredAt;
  }

  public Integer commissionPercent() {
    return commissionPercent;
  }

  public String yookassaAccountId() {
    return yookassaAccountId;
  }

  public boolean useDeliveryZones() {
    return useDeliveryZones;
  }

  public boolean preorderEnabled() {
    return preorderEnabled;
  }

  public String preorderScheduleType() {
    return preorderScheduleType;
  }

  public Integer preorderWeekday() {
    return preorderWeekday;
  }

  public Integer preorderIntervalDays() {
    return preorderIntervalDays;
  }

  public LocalDate preorderBaseDate() {
    return preorderBaseDate;
  }

  public String preorderCustomDates() {
    return preorderCustomDates;
  }

  public int preorderMinLeadDays() {
    return preorderMinLeadDays;
  }

  public Integer preorderMaxPerDate() {
    return preorderMaxPerDate;
  }

  public BigDecimal preorderDiscountPercent() {
    return preorderDiscountPercent;
  }

  public int preorderDiscountMinDays() {
    return preorderDiscountMinDays;
  }

  public boolean blocked() {
    return blocked;
  }

  public OffsetDateTime deletedAt() {
    return deletedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
