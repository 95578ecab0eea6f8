package ru.flurai.catalog.shop;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;

/**
 * The shop's limit settings, the part of the Shop aggregate that every limit change goes through:
 * the base per-type limits, the manual limit of one business day ({@code max_orders} with {@code
 * daily_limit_date}; 0 that day means closed), the legacy total default and the weekly schedule.
 * {@link #on} derives the limits of a business day ({@link DailyLimits}); the bounds and texts are
 * {@link LimitRules}. The catalogue also builds one from a native row to compute a shop's limits.
 */
@Embeddable
public class LimitSettings {
  @Column(name = "max_delivery_orders")
  int baseDelivery = 10;

  @Column(name = "max_pickup_orders")
  int basePickup = 20;

  @Column(name = "max_orders")
  int maxOrders;

  @Column(name = "daily_limit_date")
  LocalDate limitDate;

  @Column(name = "default_daily_limit")
  Integer defaultDailyLimit;

  /** JSON text of {"0":{"delivery","pickup"},…}, or null for no schedule. */
  @Column(name = "weekly_schedule")
  String weeklySchedule;

  /** A new shop's settings: the schema's defaults (10 deliveries, 20 pickups a day). */
  protected LimitSettings() {}

  LimitSettings(
      int baseDelivery, int basePickup, int maxOrders, LocalDate limitDate, String weeklySchedule) {
    this.baseDelivery = baseDelivery;
    this.basePickup = basePickup;
    this.maxOrders = maxOrders;
    this.limitDate = limitDate;
    this.weeklySchedule = weeklySchedule;
  }

  /**
   * Columns: max_delivery_orders, max_pickup_orders, max_orders, daily_limit_date (text),
   * weekly_schedule (text).
   */
  public static LimitSettings of(Rows.Row r) {
    String date = r.str("daily_limit_date");
    return new LimitSettings(
        r.integerOr("max_delivery_orders", 0),
        r.integerOr("max_pickup_orders", 0),
        r.integerOr("max_orders", 0),
        date == null ? null : LocalDate.parse(date),
        r.str("weekly_schedule"));
  }

  /** The limits of that business day. */
  public DailyLimits.Limits on(BusinessDay day) {
    return DailyLimits.effective(
        baseDelivery, basePickup, maxOrders, limitDate, JsonColumns.object(weeklySchedule), day);
  }

  /**
   * The seller panel's limits for today (PUT /seller-web/limits): missing types keep their value;
   * they become the base limits and override the weekly schedule for this business day. A legacy
   * total of 0 alone closes the shop for today. Each value sent is checked, also the legacy total.
   */
  void limitToday(Integer delivery, Integer pickup, Integer legacyTotal, BusinessDay today) {
    LimitRules.requirePanel(delivery);
    LimitRules.requirePanel(pickup);
    LimitRules.requirePanel(legacyTotal);
    requireAny(delivery, pickup, legacyTotal);
    if (delivery == null && pickup == null && legacyTotal == 0) {
      closeFor(today);
      return;
    }
    baseDelivery = orElse(delivery, baseDelivery);
    basePickup = orElse(pickup, basePickup);
    maxOrders = baseDelivery + basePickup;
    limitDate = today.date();
  }

  /** The seller panel's base limits (PUT /seller-web/default-limit), with their legacy total. */
  void changeBase(Integer delivery, Integer pickup) {
    LimitRules.requirePanel(delivery);
    LimitRules.requirePanel(pickup);
    requireAny(delivery, pickup);
    baseDelivery = orElse(delivery, baseDelivery);
    basePickup = orElse(pickup, basePickup);
    defaultDailyLimit = baseDelivery + basePickup;
  }

  /** No new orders until the next business day starts (06:00 in the shop time zone). */
  void closeFor(BusinessDay today) {
    maxOrders = 0;
    limitDate = today.date();
  }

  /** The normalized schedule, stored (null = none). */
  JsonObject changeWeeklySchedule(JsonObject schedule) {
    JsonObject normalized = LimitRules.normalizeSchedule(schedule);
    weeklySchedule = normalized == null ? null : normalized.toString();
    return normalized;
  }

  /**
   * The admin's manual limit of today (DOMAIN.md §3.3); 0 clears the manual day, so the base limits
   * apply again.
   */
  void adminLimit(int orders, LocalDate today) {
    maxOrders = orders;
    limitDate = orders == 0 ? null : today;
  }

  /**
   * The admin's base limits: with per-type values they are the base limits and the legacy default
   * is their sum; a legacy total alone is split over the types in proportion to the current base
   * limits; 0 alone clears the legacy default. Values are checked by {@link
   * LimitRules#requireAdminDefault} first.
   */
  void adminDefault(Integer total, Integer delivery, Integer pickup) {
    if (delivery != null || pickup != null) {
      baseDelivery = orElse(delivery, baseDelivery);
      basePickup = orElse(pickup, basePickup);
      defaultDailyLimit = baseDelivery + basePickup;
    } else if (total == 0) {
      defaultDailyLimit = null;
    } else {
      int d = LimitRules.adminDeliveryShare(total, baseDelivery, basePickup);
      baseDelivery = d;
      basePickup = total - d;
      defaultDailyLimit = total;
    }
  }

  private static void requireAny(Integer... values) {
    for (Integer v : values) {
      if (v != null) {
        return;
      }
    }
    throw new Invalid("Укажите max_delivery_orders и/или max_pickup_orders");
  }

  private static int orElse(Integer value, int current) {
    return value == null ? current : value;
  }

  public int baseDelivery() {
    return baseDelivery;
  }

  public int basePickup() {
    return basePickup;
  }

  public int maxOrders() {
    return maxOrders;
  }

  public LocalDate limitDate() {
    return limitDate;
  }

  public Integer defaultDailyLimit() {
    return defaultDailyLimit;
  }

  public String weeklySchedule() {
    return weeklySchedule;
  }
}
