package ru.flurai.preorder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The seller panel's preorder shapes (API.md §6, LATER.md §2.8–§2.9). */
public final class PreorderViews {
  private PreorderViews() {}

  /** The procurement list of one date, in the panel's shape (total_orders, items[]). */
  public record Summary(
      LocalDate date, int totalOrders, BigDecimal totalAmount, List<SummaryItem> items) {}

  /**
   * One product of the date: units over its lines, orders containing it, Σ unit price × quantity.
   */
  public record SummaryItem(
      Long productId,
      String productName,
      int totalQuantity,
      int ordersCount,
      BigDecimal totalAmount) {}

  public record Analytics(
      int totalPreorders,
      int completedPreorders,
      int cancelledPreorders,
      BigDecimal completionRate,
      BigDecimal cancellationRate,
      BigDecimal totalRevenue,
      BigDecimal avgLeadDays,
      List<TopProduct> topProducts) {}

  /** A product of the period's preorders and its units ordered. */
  public record TopProduct(String productName, int count) {}
}
