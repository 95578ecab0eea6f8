package ru.flurai.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The customer segment of the CRM list (LATER.md §6.8 {@code compute_rfm_segment}): recency,
 * frequency and money of the completed orders, each scored 0..3, then the rules in order.
 */
public final class Rfm {
  private static final BigDecimal VIP_MONEY = BigDecimal.valueOf(20_000);
  private static final BigDecimal REGULAR_MONEY = BigDecimal.valueOf(5_000);

  private Rfm() {}

  /** {@code last} null = never bought. */
  public static String segment(LocalDate last, long count, BigDecimal total, LocalDate today) {
    int f = count >= 5 ? 3 : count >= 2 ? 2 : count >= 1 ? 1 : 0;
    if (f == 0 || last == null) {
      return "Новый";
    }
    long days = ChronoUnit.DAYS.between(last, today);
    int r = days <= 30 ? 3 : days <= 90 ? 2 : 1;
    BigDecimal money = total == null ? BigDecimal.ZERO : total;
    int m =
        money.compareTo(VIP_MONEY) >= 0
            ? 3
            : money.compareTo(REGULAR_MONEY) >= 0 ? 2 : money.signum() > 0 ? 1 : 0;
    int sum = r + f + m;
    if (sum >= 8) {
      return "VIP";
    }
    if (sum >= 6) {
      return "Постоянный";
    }
    if (f == 1 && r == 3) {
      return "Новый";
    }
    if (r <= 1 && f >= 2) {
      return "Уходящий";
    }
    if (r <= 1 && f == 1 && m >= 2) {
      return "Потерянный";
    }
    return "Случайный";
  }
}
