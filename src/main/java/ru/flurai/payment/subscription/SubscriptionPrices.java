package ru.flurai.payment.subscription;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plans of PRODUCT.md §8.5: 990 ₽ a month, 10 / 15 / 25 % off for 3 / 6 / 12 months → 990 / 2
 * 673 / 5 049 / 8 910 ₽.
 */
public final class SubscriptionPrices {
  static final int BASE = 990;
  private static final Map<Integer, Integer> DISCOUNT = new LinkedHashMap<>();

  static {
    DISCOUNT.put(1, 0);
    DISCOUNT.put(3, 10);
    DISCOUNT.put(6, 15);
    DISCOUNT.put(12, 25);
  }

  private SubscriptionPrices() {}

  public static Optional<BigDecimal> of(int months) {
    Integer off = DISCOUNT.get(months);
    return off == null
        ? Optional.empty()
        : Optional.of(BigDecimal.valueOf((long) BASE * months * (100 - off) / 100));
  }

  /** {@code {base_price, prices:{"1":…}, discounts:{"1":0,…}}}. */
  public static Map<String, Object> table() {
    Map<String, Object> prices = new LinkedHashMap<>();
    Map<String, Object> discounts = new LinkedHashMap<>();
    DISCOUNT.forEach(
        (months, off) -> {
          prices.put(months.toString(), of(months).orElseThrow());
          discounts.put(months.toString(), off);
        });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("base_price", BigDecimal.valueOf(BASE));
    out.put("prices", prices);
    out.put("discounts", discounts);
    return out;
  }
}
