package ru.flurai.seller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.shop.Shop;
import ru.flurai.seller.LimitsViews.DefaultLimitSet;
import ru.flurai.seller.LimitsViews.LimitsSet;

/**
 * Daily limits, the weekly schedule and opening hours (API.md §6, DOMAIN.md §3.3); the rules and
 * bounds are the Shop aggregate's. Every change locks the seller row, the same lock checkout takes
 * to count orders against today's limits.
 */
@ApplicationScoped
public class LimitsService {
  @Inject ProfileService profiles;
  @Inject ShopClock clock;
  @Inject Event<ShopChanged> changed;

  /**
   * Today's per-type limits (missing ones keep their value); they also become the base limits. A
   * legacy total of 0 alone closes the shop for today.
   */
  @Transactional
  public LimitsSet limitToday(
      long sellerId, Integer delivery, Integer pickup, Integer legacyTotal) {
    Shop shop = profiles.shop(sellerId, true);
    BusinessDay today = clock.today();
    shop.limitToday(delivery, pickup, legacyTotal, today);
    changed.fire(new ShopChanged(sellerId));
    return new LimitsSet(
        "ok", shop.limits(today).total(), shop.maxDeliveryOrders(), shop.maxPickupOrders());
  }

  @Transactional
  public DefaultLimitSet changeDefault(long sellerId, Integer delivery, Integer pickup) {
    Shop shop = profiles.shop(sellerId, true);
    shop.changeBaseLimits(delivery, pickup);
    changed.fire(new ShopChanged(sellerId));
    return new DefaultLimitSet(
        "ok", shop.defaultDailyLimit(), shop.maxDeliveryOrders(), shop.maxPickupOrders());
  }

  /** Closed until the next business day starts. */
  @Transactional
  public void closeForToday(long sellerId) {
    profiles.shop(sellerId, true).closeFor(clock.today());
    changed.fire(new ShopChanged(sellerId));
  }

  /** The normalized schedule as stored (null = none). */
  @Transactional
  public JsonObject changeWeeklySchedule(long sellerId, JsonObject schedule) {
    JsonObject normalized = profiles.shop(sellerId, true).changeWeeklySchedule(schedule);
    changed.fire(new ShopChanged(sellerId));
    return normalized;
  }

  /** The normalized hours as stored (null = no restriction). */
  @Transactional
  public JsonObject changeWorkingHours(long sellerId, JsonObject hours) {
    JsonObject stored = profiles.shop(sellerId, true).changeWorkingHours(hours);
    changed.fire(new ShopChanged(sellerId));
    return stored;
  }
}
