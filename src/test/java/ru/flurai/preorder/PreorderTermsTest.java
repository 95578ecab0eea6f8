package ru.flurai.preorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The early-booking discount (LATER.md §2.6): on the goods, by lead time, rounded half up. */
class PreorderTermsTest {
  private static final LocalDate TODAY = LocalDate.of(2030, 2, 25);

  private static PreorderTerms terms(String percent, int minDays, Integer maxPerDate) {
    return new PreorderTerms(
        true, "weekly", 5, null, null, List.of(), 2, maxPerDate, new BigDecimal(percent), minDays);
  }

  @Test
  void theDiscountNeedsTheLeadTime() {
    PreorderTerms t = terms("10", 7, null);
    // 8 March is 11 days after 25 February: 10 % of 3000
    assertEquals(
        new BigDecimal("300.00"), t.discount(new BigDecimal("3000"), TODAY.plusDays(11), TODAY));
    // exactly the threshold counts
    assertEquals(
        new BigDecimal("300.00"), t.discount(new BigDecimal("3000"), TODAY.plusDays(7), TODAY));
    // one day short: nothing
    assertEquals(
        new BigDecimal("0.00"), t.discount(new BigDecimal("3000"), TODAY.plusDays(6), TODAY));
  }

  @Test
  void theDiscountIsRoundedHalfUpToTheKopeck() {
    // 12.5 % of 999.99 = 124.99875 → 125.00; 7.5 % of 0.10 = 0.0075 → 0.01
    assertEquals(
        new BigDecimal("125.00"),
        terms("12.5", 1, null).discount(new BigDecimal("999.99"), TODAY.plusDays(1), TODAY));
    assertEquals(
        new BigDecimal("0.01"),
        terms("7.5", 1, null).discount(new BigDecimal("0.10"), TODAY.plusDays(1), TODAY));
  }

  @Test
  void noPercentNoDiscountAndAtMostTheGoods() {
    assertEquals(
        new BigDecimal("0.00"),
        terms("0", 1, null).discount(new BigDecimal("500"), TODAY.plusDays(30), TODAY));
    assertEquals(
        new BigDecimal("500.00"),
        terms("100", 1, null).discount(new BigDecimal("500"), TODAY.plusDays(30), TODAY));
    // a threshold stored below 1 still needs one day ahead
    assertEquals(
        new BigDecimal("0.00"), terms("10", 0, null).discount(new BigDecimal("500"), TODAY, TODAY));
  }

  @Test
  void aPerDateMaximumOfZeroOrNoneIsUnlimited() {
    assertFalse(terms("0", 7, null).limited());
    assertFalse(terms("0", 7, 0).limited());
    assertTrue(terms("0", 7, 1).limited());
  }
}
