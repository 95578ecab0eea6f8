package ru.flurai.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import ru.flurai.platform.domain.Invalid;

/**
 * A seller's loyalty terms (LATER.md §6.1, §6.9): the accrual percent, the share of an order points
 * may pay, the rouble value of a point, the tiers and the expiry. Built only through {@link #of},
 * which refuses out-of-range values with the panel's texts.
 */
public record LoyaltyTerms(
    BigDecimal pointsPercent,
    int maxPointsDiscountPercent,
    BigDecimal pointsToRubleRate,
    List<Tier> tiersConfig,
    Integer pointsExpireDays) {

  static final String BAD_PERCENT = "Процент начисления: число от 0 до 100";
  static final String BAD_MAX = "Макс. % оплаты баллами: число от 0 до 100";
  static final String BAD_RATE = "Курс баллов: число больше 0";
  static final String BAD_EXPIRY = "Срок жизни баллов: от 1 до 3650 дней";
  static final String BAD_TIER =
      "Уровни: у каждого уровня название до 50 символов, сумма от 0 и процент от 0 до 100";
  static final String TOO_MANY_TIERS = "Уровней может быть не больше 20";
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal MAX_RATE = new BigDecimal("10000");
  static final BigDecimal MAX_TOTAL = new BigDecimal("9999999999.99");

  /** A new shop's terms: no accrual, points may pay the whole order, 1 point = 1 ₽, no expiry. */
  public static final LoyaltyTerms DEFAULT =
      new LoyaltyTerms(BigDecimal.ZERO, 100, BigDecimal.ONE, null, null);

  /**
   * A tier: from {@code minTotal} roubles of purchases on, points accrue at {@code pointsPercent}.
   */
  public record Tier(String name, BigDecimal minTotal, BigDecimal pointsPercent) {}

  /** The tier a customer with {@code total} purchases is on (LATER.md §6.5 compute_tier). */
  public record TierStatus(
      String name, BigDecimal pointsPercent, String nextTier, BigDecimal amountToNext) {}

  /** Validated terms; tiers sorted by their threshold, an empty list or expiry ≤ 0 is "none". */
  public static LoyaltyTerms of(
      BigDecimal percent, int maxPercent, BigDecimal rate, List<Tier> tiers, Integer expireDays) {
    if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new Invalid(BAD_PERCENT);
    }
    if (maxPercent < 0 || maxPercent > 100) {
      throw new Invalid(BAD_MAX);
    }
    if (rate == null || rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0) {
      throw new Invalid(BAD_RATE);
    }
    Integer expiry = expireDays == null || expireDays <= 0 ? null : expireDays;
    if (expiry != null && expiry > 3650) {
      throw new Invalid(BAD_EXPIRY);
    }
    return new LoyaltyTerms(money(percent), maxPercent, money(rate), tiers(tiers), expiry);
  }

  private static List<Tier> tiers(List<Tier> tiers) {
    if (tiers == null || tiers.isEmpty()) {
      return null;
    }
    if (tiers.size() > 20) {
      throw new Invalid(TOO_MANY_TIERS);
    }
    List<Tier> out = new ArrayList<>();
    for (Tier t : tiers) {
      if (t == null
          || t.name() == null
          || t.name().isBlank()
          || t.name().strip().length() > 50
          || t.minTotal() == null
          || t.minTotal().signum() < 0
          || t.minTotal().compareTo(MAX_TOTAL) > 0
          || t.pointsPercent() == null
          || t.pointsPercent().signum() < 0
          || t.pointsPercent().compareTo(HUNDRED) > 0) {
        throw new Invalid(BAD_TIER);
      }
      out.add(new Tier(t.name().strip(), money(t.minTotal()), money(t.pointsPercent())));
    }
    out.sort(Comparator.comparing(Tier::minTotal));
    return List.copyOf(out);
  }

  private static BigDecimal money(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The customer's tier: the first tier even below its threshold, then up while the total reaches
   * the next one; null without tiers.
   */
  public TierStatus tier(BigDecimal total) {
    if (tiersConfig == null || tiersConfig.isEmpty()) {
      return null;
    }
    int at = 0;
    for (int i = 1; i < tiersConfig.size(); i++) {
      if (total.compareTo(tiersConfig.get(i).minTotal()) >= 0) {
        at = i;
      }
    }
    Tier current = tiersConfig.get(at);
    Tier next = at + 1 < tiersConfig.size() ? tiersConfig.get(at + 1) : null;
    return new TierStatus(
        current.name(),
        current.pointsPercent(),
        next == null ? null : next.name(),
        next == null ? null : next.minTotal().subtract(total).max(BigDecimal.ZERO));
  }

  /** The accrual percent for a customer with {@code total} purchases: the tier's, or the base. */
  public BigDecimal percentFor(BigDecimal total) {
    TierStatus t = tier(total);
    return t == null ? pointsPercent : t.pointsPercent();
  }

  /** Points for a purchase of {@code amount} at {@code percent}, to the kopeck. */
  static BigDecimal points(BigDecimal amount, BigDecimal percent) {
    return amount.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
  }
}
