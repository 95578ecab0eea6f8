package ru.flurai.ordering.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The legacy {@code items_info} string both front ends parse (API.md §0.7): {@code
 * "{product_id}:{name}@{unit_price} x {qty}"} joined by {@code ", "}, prices printed as Python
 * printed floats.
 */
public final class ItemsInfo {
  public record Line(Long productId, String name, BigDecimal price, int quantity) {}

  private ItemsInfo() {}

  public static String of(List<Line> lines) {
    return lines.stream()
        .map(
            l ->
                (l.productId() == null ? 0 : l.productId())
                    + ":"
                    + l.name()
                    + "@"
                    + price(l.price())
                    + " x "
                    + l.quantity())
        .collect(Collectors.joining(", "));
  }

  /** 4500.00 → "4500.0", 150.50 → "150.5", 99.99 → "99.99". */
  static String price(BigDecimal p) {
    BigDecimal s = p.stripTrailingZeros();
    return s.scale() <= 0 ? s.setScale(1).toPlainString() : s.toPlainString();
  }
}
