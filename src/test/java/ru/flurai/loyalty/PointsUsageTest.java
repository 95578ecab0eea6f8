package ru.flurai.loyalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Invalid;

/** The checkout's points_usage as JSON-B hands it over (maps of BigDecimal). */
class PointsUsageTest {
  static Map<String, Object> entry(long seller, String points) {
    return Map.of("seller_id", new BigDecimal(seller), "points_to_use", new BigDecimal(points));
  }

  @Test
  void theSellersFirstEntryOthersIgnored() {
    List<Object> usage = List.of(entry(1, "10"), entry(2, "25.5"), entry(2, "99"));
    assertEquals(new BigDecimal("25.50"), PointsUsage.requested(usage, 2));
    assertEquals(BigDecimal.ZERO, PointsUsage.requested(usage, 3));
    assertEquals(BigDecimal.ZERO, PointsUsage.requested(null, 3));
  }

  @Test
  void zeroOrLessAsksForNothing() {
    assertEquals(BigDecimal.ZERO, PointsUsage.requested(List.of(entry(1, "-5")), 1));
    assertEquals(BigDecimal.ZERO, PointsUsage.requested(List.of(entry(1, "0")), 1));
  }

  @Test
  void malformedEntriesAreA400() {
    assertEquals(
        PointsUsage.BAD,
        assertThrows(Invalid.class, () -> PointsUsage.requested(List.of("x"), 1)).detail());
    assertEquals(
        PointsUsage.BAD,
        assertThrows(
                Invalid.class,
                () ->
                    PointsUsage.requested(List.of(Map.of("seller_id", "1", "points_to_use", 5)), 1))
            .detail());
  }
}
