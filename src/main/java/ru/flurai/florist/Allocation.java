package ru.flurai.florist;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many of each bouquet-backed product the flowers allow, when products share flowers (LATER.md
 * §7.6): units carts already hold come first, then the free flowers go round the products one
 * bouquet at a time, so the sum of what every product offers never needs more stems than there are.
 * A product with an empty recipe offers nothing beyond what carts hold.
 */
final class Allocation {
  /** The most units one product is offered (the panel's quantity bound). */
  static final int MAX_UNITS = 1_000_000;

  /** A product to offer: its recipe (flower id → stems) and the units carts hold. */
  record Wanted(long productId, Map<Long, Integer> recipe, int reserved) {}

  private Allocation() {}

  /**
   * Units per product id (at least its reserved units), given the free stems per flower ({@code
   * free} is not changed).
   */
  static Map<Long, Integer> derive(Map<Long, Long> free, List<Wanted> products) {
    Map<Long, Long> left = new HashMap<>(free);
    Map<Long, Integer> units = new LinkedHashMap<>();
    for (Wanted w : products) {
      units.put(w.productId(), w.reserved());
      w.recipe().forEach((f, q) -> left.merge(f, -(long) q * w.reserved(), Long::sum));
    }
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Wanted w : products) {
        if (!w.recipe().isEmpty()
            && units.get(w.productId()) < MAX_UNITS
            && w.recipe().entrySet().stream()
                .allMatch(e -> left.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
          w.recipe().forEach((f, q) -> left.merge(f, (long) -q, Long::sum));
          units.merge(w.productId(), 1, Integer::sum);
          progress = true;
        }
      }
    }
    return units;
  }

  /** Whole bouquets the stems allow: min over the recipe of stems / needed (0 for none). */
  static int assemblable(Map<Long, Long> stems, Map<Long, Integer> recipe) {
    if (recipe.isEmpty()) {
      return 0;
    }
    long n = MAX_UNITS;
    for (Map.Entry<Long, Integer> e : recipe.entrySet()) {
      n = Math.min(n, Math.max(0, stems.getOrDefault(e.getKey(), 0L)) / e.getValue());
    }
    return (int) n;
  }
}
