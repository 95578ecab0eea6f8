package ru.flurai.loyalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ru.flurai.platform.db.Rows;
import ru.flurai.platform.domain.Invalid;

/**
 * Points on orders and at the counter (LATER.md §6.4–§6.5, PRODUCT.md §8.6): accrual when an order
 * is completed, spending at checkout from the buyer's own linked card only, the refund when an
 * order paid with points is cancelled or rejected, and the seller's manual sales and deductions.
 * Every move goes through {@link Ledger}.
 */
@ApplicationScoped
public class Points {
  static final String NOT_ENOUGH_FOR_CHECKOUT = "Недостаточно баллов";
  public static final String BAD_AMOUNT_TEXT = "Сумма должна быть больше 0";
  public static final String BAD_POINTS_TEXT = "Укажите положительное количество баллов";

  /**
   * A bound on one manual sale or deduction: far above any real purchase, far below numeric(12,2).
   */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

  @PersistenceContext(unitName = "primary")
  EntityManager db;

  @Inject Ledger ledger;
  @Inject Cards cards;
  @Inject LoyaltySettings settings;

  /**
   * Called by every order move in its transaction: a first arrival at done or completed earns the
   * buyer points on what was paid for the goods; a cancel or reject gives back the points the order
   * was paid with. Returns the points given back (0 when none).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public BigDecimal orderMoved(
      long orderId, Long buyerId, Long sellerId, String status, BigDecimal paidForGoods) {
    if (buyerId == null || sellerId == null) {
      return BigDecimal.ZERO;
    }
    switch (status) {
      case "done", "completed" -> accrue(orderId, buyerId, sellerId, paidForGoods);
      case "cancelled", "rejected" -> {
        return refund(orderId);
      }
      default -> {}
    }
    return BigDecimal.ZERO;
  }

  private void accrue(long orderId, long buyerId, long sellerId, BigDecimal amount) {
    if (amount == null || amount.signum() <= 0) {
      return;
    }
    Optional<Long> card = cards.ensureFor(buyerId, sellerId);
    if (card.isEmpty()) {
      return; // no verified phone: no card to earn on
    }
    ledger.lock(card.get());
    if (!Rows.list(
            db, "select 1 from loyalty_ledger where order_id = ?1 and kind = 'accrual'", orderId)
        .isEmpty()) {
      return;
    }
    LoyaltyTerms terms = settings.terms(sellerId);
    BigDecimal points = LoyaltyTerms.points(amount, terms.percentFor(purchases(card.get())));
    if (points.signum() > 0) {
      ledger.add(card.get(), "accrual", orderId, amount, points, expiry(terms));
    }
  }

  private BigDecimal refund(long orderId) {
    Optional<Rows.Row> spend =
        Rows.first(
            db,
            "select customer_id, -points as points from loyalty_ledger"
                + " where order_id = ?1 and kind = 'spend'",
            orderId);
    if (spend.isEmpty()) {
      return BigDecimal.ZERO;
    }
    long card = spend.get().num("customer_id");
    ledger.lock(card);
    if (!Rows.list(
            db, "select 1 from loyalty_ledger where order_id = ?1 and kind = 'refund'", orderId)
        .isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal points = spend.get().decimal("points");
    long seller =
        Rows.one(db, "select seller_id from customers where id = ?1", card).num("seller_id");
    ledger.add(card, "refund", orderId, BigDecimal.ZERO, points, expiry(settings.terms(seller)));
    return points;
  }

  /**
   * Pays part of a new order with points (LATER.md §6.4, with its flaws fixed): the buyer's own
   * linked card only (never a phone from the request), at most the balance, at most the seller's
   * share of {@code total}, and when the share caps the discount only the points it needs are
   * spent. Called once per seller and checkout.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public LoyaltyViews.Redemption redeem(
      long buyerId, long sellerId, long orderId, List<Object> usage, BigDecimal total) {
    BigDecimal requested = PointsUsage.requested(usage, sellerId);
    if (requested.signum() <= 0) {
      return LoyaltyViews.Redemption.NONE;
    }
    Optional<Long> card = cards.linkedId(buyerId, sellerId);
    if (card.isEmpty()) {
      return LoyaltyViews.Redemption.NONE;
    }
    BigDecimal balance = ledger.lock(card.get());
    LoyaltyTerms terms = settings.terms(sellerId);
    BigDecimal rate = terms.pointsToRubleRate();
    BigDecimal points = requested.min(balance);
    BigDecimal share =
        total
            .multiply(BigDecimal.valueOf(terms.maxPointsDiscountPercent()))
            .divide(LoyaltyTerms.HUNDRED, 2, RoundingMode.DOWN);
    BigDecimal discount = points.multiply(rate).setScale(2, RoundingMode.DOWN).min(share);
    if (discount.signum() <= 0) {
      return LoyaltyViews.Redemption.NONE;
    }
    if (discount.compareTo(points.multiply(rate)) < 0) {
      points = discount.divide(rate, 2, RoundingMode.UP).min(points);
    }
    ledger.take(card.get(), "spend", orderId, points, NOT_ENOUGH_FOR_CHECKOUT);
    return new LoyaltyViews.Redemption(points, discount);
  }

  /** A purchase the seller records by hand: points at the customer's percent, no order. */
  @Transactional
  public LoyaltyViews.Sale sale(long sellerId, long customerId, BigDecimal amount) {
    if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      throw new Invalid(BAD_AMOUNT_TEXT);
    }
    BigDecimal sum = amount.setScale(2, RoundingMode.HALF_UP);
    if (sum.signum() <= 0) {
      throw new Invalid(BAD_AMOUNT_TEXT);
    }
    cards.of(sellerId, customerId);
    BigDecimal balance = ledger.lock(customerId);
    LoyaltyTerms terms = settings.terms(sellerId);
    BigDecimal points = LoyaltyTerms.points(sum, terms.percentFor(purchases(customerId)));
    if (points.signum() > 0) {
      balance = ledger.add(customerId, "sale", null, sum, points, expiry(terms));
    }
    return new LoyaltyViews.Sale(customerId, sum, points, balance);
  }

  /** Points the seller takes off by hand, never more than the balance. */
  @Transactional
  public LoyaltyViews.Deduction deduct(long sellerId, long customerId, BigDecimal points) {
    if (points == null || points.signum() <= 0 || points.compareTo(MAX_AMOUNT) > 0) {
      throw new Invalid(BAD_POINTS_TEXT);
    }
    BigDecimal want = points.setScale(2, RoundingMode.HALF_UP);
    if (want.signum() <= 0) {
      throw new Invalid(BAD_POINTS_TEXT);
    }
    cards.of(sellerId, customerId);
    BigDecimal balance = ledger.lock(customerId);
    if (balance.compareTo(want) < 0) {
      throw new Invalid(
          "Недостаточно баллов. Баланс: "
              + balance.stripTrailingZeros().toPlainString()
              + ", запрошено: "
              + want.stripTrailingZeros().toPlainString());
    }
    BigDecimal left = ledger.take(customerId, "deduct", null, want, BAD_POINTS_TEXT);
    return new LoyaltyViews.Deduction(customerId, want, left);
  }

  /** The points given back when the order was cancelled or rejected (0 when none). */
  @Transactional
  public BigDecimal refunded(long orderId) {
    return Rows.first(
            db,
            "select points from loyalty_ledger where order_id = ?1 and kind = 'refund'",
            orderId)
        .map(r -> r.decimal("points"))
        .orElse(BigDecimal.ZERO);
  }

  /** The customer's tier at this seller (null without tiers), by {@link #purchases}. */
  @Transactional
  public LoyaltyTerms.TierStatus tier(long sellerId, long customerId) {
    return settings.terms(sellerId).tier(purchases(customerId));
  }

  /** Σ purchase amounts that earned this card points (orders and manual sales): the tier's base. */
  public BigDecimal purchases(long customerId) {
    return Rows.one(
            db,
            "select coalesce(sum(amount), 0) as total from loyalty_ledger"
                + " where customer_id = ?1 and kind in ('accrual', 'sale')",
            customerId)
        .decimal("total");
  }

  private Instant expiry(LoyaltyTerms terms) {
    return terms.pointsExpireDays() == null
        ? null
        : Instant.now().plus(Duration.ofDays(terms.pointsExpireDays()));
  }
}
