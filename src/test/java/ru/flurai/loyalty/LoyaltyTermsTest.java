package ru.flurai.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Invalid;

/** The seller's loyalty terms: the panel's bounds and texts, tiers, points per purchase. */
class LoyaltyTermsTest {
  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void panelBoundsWithItsTexts() {
    assertEquals(
        LoyaltyTerms.BAD_PERCENT,
        assertThrows(Invalid.class, () -> LoyaltyTerms.of(d("100.01"), 100, d("1"), null, null))
            .detail());
    assertEquals(
        LoyaltyTerms.BAD_PERCENT,
        assertThrows(Invalid.class, () -> LoyaltyTerms.of(d("-1"), 100, d("1"), null, null))
            .detail());
    assertEquals(
        LoyaltyTerms.BAD_MAX,
        assertThrows(Invalid.class, () -> LoyaltyTerms.of(d("5"), 101, d("1"), null, null))
            .detail());
    assertEquals(
        LoyaltyTerms.BAD_RATE,
        assertThrows(Invalid.class, () -> LoyaltyTerms.of(d("5"), 100, d("0"), null, null))
            .detail());
    assertEquals(
        LoyaltyTerms.BAD_TIER,
        assertThrows(
                Invalid.class,
                () ->
                    LoyaltyTerms.of(
                        d("5"),
                        100,
                        d("1"),
                        List.of(new LoyaltyTerms.Tier(" ", d("0"), d("5"))),
                        null))
            .detail());
  }

  @Test
  void emptyTiersAndZeroExpiryMeanNone() {
    LoyaltyTerms t = LoyaltyTerms.of(d("5"), 0, d("2"), List.of(), 0);
    assertNull(t.tiersConfig());
    assertNull(t.pointsExpireDays());
    assertEquals(0, t.maxPointsDiscountPercent(), "0 is kept: points pay nothing");
  }

  @Test
  void tiersFromTheFirstEvenBelowItsThreshold() {
    LoyaltyTerms t =
        LoyaltyTerms.of(
            d("3"),
            100,
            d("1"),
            List.of(
                new LoyaltyTerms.Tier("Золото", d("10000"), d("10")),
                new LoyaltyTerms.Tier("Бронза", d("1000"), d("5"))),
            30);
    assertEquals("Бронза", t.tiersConfig().get(0).name(), "sorted by threshold");
    assertEquals("Бронза", t.tier(d("0")).name());
    assertEquals(0, d("10000").compareTo(t.tier(d("0")).amountToNext()));
    assertEquals("Золото", t.tier(d("10000")).name());
    assertNull(t.tier(d("10000")).nextTier());
    assertEquals(0, d("10").compareTo(t.percentFor(d("15000"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(LoyaltyTerms.DEFAULT.percentFor(d("1"))));
  }

  @Test
  void pointsToTheKopeck() {
    assertEquals(d("33.33"), LoyaltyTerms.points(d("333.33"), d("10")));
    assertEquals(d("0.01"), LoyaltyTerms.points(d("0.10"), d("5")));
  }
}
