package ru.flurai.seller;

import java.math.BigDecimal;
import ru.flurai.platform.domain.Invalid;

/**
 * Limit values from query strings (the panel sends them as JavaScript prints numbers). Parsed here
 * rather than by JAX-RS, which answers 404 for a query parameter it cannot convert. Only whether it
 * is a whole number is checked here; the bounds are the Shop aggregate's ({@code
 * catalog.LimitRules}).
 */
final class LimitParams {
  private LimitParams() {}

  /** The limit, or null when absent or blank. */
  static Integer parse(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(raw.strip()).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new Invalid("Лимит должен быть целым числом: " + name);
    }
  }
}
