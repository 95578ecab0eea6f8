package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.text.CleanText;

/** The admin's limit and listing-status controls (DOMAIN.md §3.3, PRODUCT.md §3.1). */
@ApplicationScoped
public class SellerLimits {
  static final int MAX = 1000;

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject FluraiConfig config;
  @Inject Event<ShopChanged> shopChanged;

  /** Today's manual limit, 0..1000; 0 clears it (the base limits apply again). */
  @Transactional
  public Results.LimitSet setLimit(long sellerId, Integer maxOrders) {
    if (maxOrders == null || maxOrders < 0 || maxOrders > MAX) {
      throw new ActionRefused("Лимит должен быть от 0 до " + MAX);
    }
    find(sellerId)
        .manualLimit(maxOrders, BusinessDay.at(Instant.now(), config.shopTimezone()).date());
    shopChanged.fire(new ShopChanged(sellerId));
    return new Results.LimitSet("ok", maxOrders);
  }

  /**
   * Base limits. With per-type values they are the base limits and the legacy default is their sum
   * (as the later original does); a legacy total alone is split over the types in proportion to the
   * current base limits; 0 alone clears the legacy default.
   */
  @Transactional
  public Results.DefaultLimitSet defaultLimit(
      long sellerId, Integer total, Integer delivery, Integer pickup) {
    for (Integer n : new Integer[] {total, delivery, pickup}) {
      if (n != null && (n < 0 || n > MAX)) {
        throw new ActionRefused("Лимит должен быть от 0 до " + MAX);
      }
    }
    if (total == null && delivery == null && pickup == null) {
      throw new ActionRefused("Укажите лимит");
    }
    ManagedSeller s = find(sellerId);
    if (delivery != null || pickup != null) {
      int d = delivery != null ? delivery : s.maxDeliveryOrders;
      int p = pickup != null ? pickup : s.maxPickupOrders;
      s.baseLimits(d + p, d, p);
    } else if (total == 0) {
      s.baseLimits(null, null, null);
    } else {
      int base = s.maxDeliveryOrders + s.maxPickupOrders;
      int d = base == 0 ? total / 2 : Math.round((float) total * s.maxDeliveryOrders / base);
      s.baseLimits(total, d, total - d);
    }
    shopChanged.fire(new ShopChanged(sellerId));
    return new Results.DefaultLimitSet(
        "ok", s.defaultDailyLimit, s.maxDeliveryOrders, s.maxPickupOrders);
  }

  /** {@code none} hides the shop; active, free, pro and premium all list it (API.md §10.10). */
  @Transactional
  public Results.PlanSet plan(long sellerId, String plan) {
    String p = SellerFields.plan(plan);
    if (p == null) {
      throw new ActionRefused(
          "Неизвестный план: "
              + CleanText.line(plan, 30)
              + ". Допустимые: none, active, free, pro, premium");
    }
    find(sellerId).plan(p);
    shopChanged.fire(new ShopChanged(sellerId));
    return new Results.PlanSet("ok", p);
  }

  private ManagedSeller find(long sellerId) {
    ManagedSeller s = db.find(ManagedSeller.class, sellerId);
    if (s == null) {
      throw new SellerMissing(sellerId);
    }
    return s;
  }
}
