package ru.flurai.loyalty;

import java.math.BigDecimal;

/** The shapes loyalty answers with (API.md §4 "LATER buyer endpoint", §6 CRM). */
public final class LoyaltyViews {
  private LoyaltyViews() {}

  /** GET /buyers/me/loyalty/{seller_id}. */
  public record BuyerCard(
      BigDecimal pointsBalance,
      BigDecimal pointsPercent,
      String cardNumber,
      boolean linked,
      int maxPointsDiscountPercent,
      BigDecimal pointsToRubleRate) {}

  /** What a checkout took off one order with points. */
  public record Redemption(BigDecimal pointsUsed, BigDecimal pointsDiscount) {
    public static final Redemption NONE = new Redemption(BigDecimal.ZERO, BigDecimal.ZERO);
  }

  /** POST /seller-web/customers/{id}/sales. */
  public record Sale(
      long customerId, BigDecimal amount, BigDecimal pointsAccrued, BigDecimal newBalance) {}

  /** POST /seller-web/customers/{id}/deduct. */
  public record Deduction(long customerId, BigDecimal pointsDeducted, BigDecimal newBalance) {}
}
