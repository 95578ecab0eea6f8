package ru.flurai.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.function.Supplier;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.catalog.ShopChanged;
import ru.flurai.catalog.shop.Plan;
import ru.flurai.catalog.shop.ShopRecord;
import ru.flurai.catalog.shop.Shops;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * The admin's limit and listing-status controls (DOMAIN.md §3.3, PRODUCT.md §3.1). The rules and
 * bounds are the Shop aggregate's ({@code catalog.LimitRules}); the admin panel expects their
 * refusals in-band, so they become {@link ActionRefused}.
 */
@ApplicationScoped
public class SellerLimits {
  @Inject Shops shops;
  @Inject FluraiConfig config;
  @Inject Event<ShopChanged> shopChanged;

  /** Today's manual limit, 0..1000; 0 clears it (the base limits apply again). */
  @Transactional
  public Results.LimitSet setLimit(long sellerId, Integer maxOrders) {
    int set =
        inBand(
                () ->
                    shops.setManualLimit(
                        sellerId,
                        maxOrders,
                        BusinessDay.at(Instant.now(), config.shopTimezone()).date()))
            .orElseThrow(() -> new SellerMissing(sellerId));
    shopChanged.fire(new ShopChanged(sellerId));
    return new Results.LimitSet("ok", set);
  }

  /**
   * Base limits. With per-type values they are the base limits and the legacy default is their sum
   * (as the later original does); a legacy total alone is split over the types in proportion to the
   * current base limits; 0 alone clears the legacy default.
   */
  @Transactional
  public Results.DefaultLimitSet defaultLimit(
      long sellerId, Integer total, Integer delivery, Integer pickup) {
    ShopRecord s =
        inBand(() -> shops.setDefaultLimit(sellerId, total, delivery, pickup))
            .orElseThrow(() -> new SellerMissing(sellerId));
    shopChanged.fire(new ShopChanged(sellerId));
    return new Results.DefaultLimitSet(
        "ok", s.defaultDailyLimit(), s.maxDeliveryOrders(), s.maxPickupOrders());
  }

  /** {@code none} hides the shop; active, free, pro and premium all list it (API.md §10.10). */
  @Transactional
  public Results.PlanSet plan(long sellerId, String plan) {
    Plan p =
        Plan.parse(plan)
            .orElseThrow(
                () ->
                    new ActionRefused(
                        "Неизвестный план: "
                            + CleanText.line(plan, 30)
                            + ". Допустимые: none, active, free, pro, premium"));
    if (!shops.setPlan(sellerId, p)) {
      throw new SellerMissing(sellerId);
    }
    shopChanged.fire(new ShopChanged(sellerId));
    return new Results.PlanSet("ok", p.wire());
  }

  /** The aggregate's refusal, as the panel expects it: 200 {"status":"error","message":…}. */
  private static <T> T inBand(Supplier<T> action) {
    try {
      return action.get();
    } catch (Invalid e) {
      throw new ActionRefused(e.getMessage());
    }
  }
}
