package ru.flurai.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** LATER.md §6.8's RFM rules, case by case. */
class RfmTest {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  static String seg(int daysAgo, long count, long total) {
    return Rfm.segment(TODAY.minusDays(daysAgo), count, BigDecimal.valueOf(total), TODAY);
  }

  @Test
  void rulesInOrder() {
    assertEquals("Новый", Rfm.segment(null, 0, BigDecimal.ZERO, TODAY));
    assertEquals("VIP", seg(10, 5, 20_000)); // 3+3+3
    assertEquals("VIP", seg(10, 2, 20_000)); // 3+2+3 = 8
    assertEquals("Постоянный", seg(60, 2, 5_000)); // 2+2+2 = 6
    assertEquals("Новый", seg(5, 1, 100)); // F=1, R=3
    assertEquals("Уходящий", seg(200, 2, 100)); // R=1, F=2: 1+2+1 = 4
    assertEquals("Потерянный", seg(200, 1, 6_000)); // R=1, F=1, M=2
    assertEquals("Случайный", seg(60, 1, 100)); // 2+1+1
    assertEquals("Случайный", seg(200, 1, 100)); // 1+1+1
  }
}
