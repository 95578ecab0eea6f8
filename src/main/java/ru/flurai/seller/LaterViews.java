package ru.flurai.seller;

import java.math.BigDecimal;
import java.util.List;

/**
 * The minimal shapes of seller screens whose features come later (API.md §6 "LATER seller
 * endpoints").
 */
public final class LaterViews {
  private LaterViews() {}

  public record CustomerStats(
      int totalCustomers,
      int newCustomers,
      int returningCustomers,
      int repeatOrders,
      BigDecimal retentionRate,
      BigDecimal avgLtv,
      List<Object> topCustomers) {
    static final CustomerStats NONE =
        new CustomerStats(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
  }

  public record LoyaltySettings(
      BigDecimal pointsPercent,
      int maxPointsDiscountPercent,
      BigDecimal pointsToRubleRate,
      List<Object> tiersConfig,
      Integer pointsExpireDays) {
    static final LoyaltySettings NONE =
        new LoyaltySettings(BigDecimal.ZERO, 100, BigDecimal.ONE, List.of(), null);
  }
}
