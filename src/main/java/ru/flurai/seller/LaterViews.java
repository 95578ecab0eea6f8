package ru.flurai.seller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The minimal shapes of seller screens whose features come later (API.md §6 "LATER seller
 * endpoints").
 */
public final class LaterViews {
  private LaterViews() {}

  public record PreorderAnalytics(
      int totalPreorders,
      int completedPreorders,
      int cancelledPreorders,
      BigDecimal completionRate,
      BigDecimal cancellationRate,
      BigDecimal totalRevenue,
      BigDecimal avgLeadDays,
      List<Object> topProducts) {
    static final PreorderAnalytics NONE =
        new PreorderAnalytics(
            0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of());
  }

  /** The panel's shape (total_orders, items[]), not the original backend's (API.md §10.14). */
  public record PreorderSummary(
      LocalDate date, int totalOrders, BigDecimal totalAmount, List<Object> items) {}
}
