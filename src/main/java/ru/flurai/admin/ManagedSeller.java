package ru.flurai.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A seller row as the platform admin manages it: the shop settings the admin may edit, limits,
 * listing status, block and delete state, and web credentials. The catalogue ({@code Shop}) and
 * identity ({@code SellerAccount}) map the same row for their own purposes. Columns with database
 * defaults that the admin does not set at creation (base limits 10/20, listing status 'active') are
 * not inserted, so the defaults of the schema apply. Values arrive here already validated and
 * cleaned by {@link SellerFields}.
 */
@Entity(name = "ManagedSeller")
@Table(name = "sellers")
public class ManagedSeller {
  @Id
  @Column(name = "seller_id")
  Long sellerId;

  @Column(name = "shop_name")
  String shopName;

  String description;
  String hashtags = "";
  String inn;
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
  String deliveryType = "both";

  @Column(name = "delivery_price", insertable = false)
  BigDecimal deliveryPrice = BigDecimal.ZERO;

  @Column(name = "banner_url")
  String bannerUrl;

  @Column(name = "max_delivery_orders", insertable = false)
  int maxDeliveryOrders = 10;

  @Column(name = "max_pickup_orders", insertable = false)
  int maxPickupOrders = 20;

  @Column(name = "max_orders", insertable = false)
  int maxOrders;

  @Column(name = "daily_limit_date")
  LocalDate dailyLimitDate;

  @Column(name = "default_daily_limit")
  Integer defaultDailyLimit;

  @Column(name = "subscription_plan", insertable = false)
  String subscriptionPlan = "active";

  /**
   * Written by the seller panel only (PUT /seller-web/weekly-schedule); shown in the admin's rows.
   */
  @Column(name = "weekly_schedule", insertable = false, updatable = false)
  String weeklySchedule;

  @Column(name = "placement_expired_at")
  OffsetDateTime placementExpiredAt;

  @Column(name = "commission_percent")
  Integer commissionPercent;

  @Column(name = "yookassa_account_id")
  String yookassaAccountId;

  @Column(name = "use_delivery_zones", insertable = false)
  boolean useDeliveryZones;

  @Column(name = "is_blocked", insertable = false)
  boolean blocked;

  @Column(name = "deleted_at", insertable = false)
  OffsetDateTime deletedAt;

  @Column(name = "web_login")
  String webLogin;

  @Column(name = "password_hash")
  String passwordHash;

  @Column(name = "updated_at")
  OffsetDateTime updatedAt = OffsetDateTime.now();

  protected ManagedSeller() {}

  ManagedSeller(long sellerId, String shopName) {
    this.sellerId = sellerId;
    this.shopName = shopName;
  }

  void touch() {
    updatedAt = OffsetDateTime.now();
  }

  /** One admin-editable shop attribute, by its API (= column) name. */
  void put(String field, Object value) {
    switch (field) {
      case "shop_name" -> shopName = (String) value;
      case "description" -> description = (String) value;
      case "hashtags" -> hashtags = (String) value;
      case "address_name" -> addressName = (String) value;
      case "map_url" -> mapUrl = (String) value;
      case "delivery_type" -> deliveryType = (String) value;
      case "banner_url" -> bannerUrl = (String) value;
      case "ogrn" -> ogrn = (String) value;
      case "yookassa_account_id" -> yookassaAccountId = (String) value;
      case "use_delivery_zones" -> useDeliveryZones = (Boolean) value;
      case "placement_expired_at" -> placementExpiredAt = (OffsetDateTime) value;
      case "commission_percent" -> commissionPercent = (Integer) value;
      case "metro_walk_minutes" -> metroWalkMinutes = (Integer) value;
      case "metro_id" -> metroId = (Long) value;
      case "district_id" -> districtId = (Long) value;
      case "city_id" -> cityId = (Long) value;
      default -> throw new IllegalArgumentException(field);
    }
    touch();
  }

  void credentials(String login, String hash) {
    webLogin = login;
    passwordHash = hash;
    touch();
  }

  void block(boolean value) {
    blocked = value;
    touch();
  }

  void softDelete() {
    if (deletedAt == null) {
      deletedAt = OffsetDateTime.now();
    }
    touch();
  }

  void restore() {
    deletedAt = null;
    touch();
  }

  /**
   * Today's manual limit (DOMAIN.md §3.3); 0 clears the manual day, so the base limits apply again.
   */
  void manualLimit(int orders, LocalDate today) {
    maxOrders = orders;
    dailyLimitDate = orders == 0 ? null : today;
    touch();
  }

  void baseLimits(Integer legacyDefault, Integer delivery, Integer pickup) {
    defaultDailyLimit = legacyDefault;
    if (delivery != null) {
      maxDeliveryOrders = delivery;
    }
    if (pickup != null) {
      maxPickupOrders = pickup;
    }
    touch();
  }

  void plan(String plan) {
    subscriptionPlan = plan;
    touch();
  }

  boolean deleted() {
    return deletedAt != null;
  }
}
