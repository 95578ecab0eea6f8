package ru.flurai.payment.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Periods extend from the later of now and the current end, by calendar months; the prices. */
class TermTest {
  private static final ZoneId MSK = ZoneId.of("Europe/Moscow");
  private static final Instant NOW = Instant.parse("2026-01-31T09:00:00Z");

  @Test
  void aFirstPeriodStartsNow() {
    Term t = Term.of(NOW, null, 1, MSK);
    assertEquals(NOW, t.start());
    assertEquals(Instant.parse("2026-02-28T09:00:00Z"), t.end()); // calendar month, clamped
  }

  @Test
  void payingEarlyExtendsFromTheCurrentEnd() {
    Instant end = Instant.parse("2026-03-15T10:00:00Z");
    Term t = Term.of(NOW, end, 3, MSK);
    assertEquals(end, t.start());
    assertEquals(Instant.parse("2026-06-15T10:00:00Z"), t.end());
  }

  @Test
  void anEndedPeriodDoesNotExtend() {
    Term t = Term.of(NOW, Instant.parse("2026-01-01T00:00:00Z"), 12, MSK);
    assertEquals(NOW, t.start());
    assertEquals(Instant.parse("2027-01-31T09:00:00Z"), t.end());
  }

  @Test
  void pricesAreProductsOnes() {
    assertEquals(new BigDecimal("990"), SubscriptionPrices.of(1).orElseThrow());
    assertEquals(new BigDecimal("2673"), SubscriptionPrices.of(3).orElseThrow());
    assertEquals(new BigDecimal("5049"), SubscriptionPrices.of(6).orElseThrow());
    assertEquals(new BigDecimal("8910"), SubscriptionPrices.of(12).orElseThrow());
    assertEquals(true, SubscriptionPrices.of(2).isEmpty());
    assertEquals(
        Map.of("1", 0, "3", 10, "6", 15, "12", 25), SubscriptionPrices.table().get("discounts"));
  }
}
