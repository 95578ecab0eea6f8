package ru.flurai.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import ru.flurai.platform.domain.Invalid;

/**
 * The checkout's {@code points_usage}, {@code [{seller_id, points_to_use}]} as the Mini App sends
 * it (API.md §4): the points asked for one seller, entries ≤ 0 dropped, the same seller twice
 * counted once (its first entry).
 */
final class PointsUsage {
  static final String BAD = "points_usage: ожидается [{seller_id, points_to_use}]";
  static final BigDecimal MAX = new BigDecimal("9999999999.99");

  private PointsUsage() {}

  static BigDecimal requested(List<Object> usage, long sellerId) {
    if (usage == null) {
      return BigDecimal.ZERO;
    }
    for (Object entry : usage) {
      if (!(entry instanceof Map<?, ?> m)) {
        throw new Invalid(BAD);
      }
      Object seller = m.get("seller_id");
      Object points = m.get("points_to_use");
      if (!(seller instanceof Number s) || (points != null && !(points instanceof Number))) {
        throw new Invalid(BAD);
      }
      if (new BigDecimal(s.toString()).compareTo(BigDecimal.valueOf(sellerId)) == 0) {
        BigDecimal p = points == null ? BigDecimal.ZERO : new BigDecimal(points.toString());
        return p.signum() <= 0 ? BigDecimal.ZERO : p.min(MAX).setScale(2, RoundingMode.DOWN);
      }
    }
    return BigDecimal.ZERO;
  }
}
