package ru.flurai.seller;

import java.math.BigDecimal;
import ru.flurai.platform.http.ApiException;

/**
 * Limit values from query strings (the panel sends them as JavaScript prints numbers). Parsed here
 * rather than by JAX-RS, which answers 404 for a query parameter it cannot convert.
 */
final class LimitParams {
  private LimitParams() {}

  /** The limit, or null when absent or blank. */
  static Integer parse(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    int value;
    try {
      value = new BigDecimal(raw.strip()).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw ApiException.badRequest("Лимит должен быть целым числом: " + name);
    }
    if (value < 0) {
      throw ApiException.badRequest("Лимит не может быть отрицательным");
    }
    if (value > LimitsService.MAX_LIMIT) {
      throw ApiException.badRequest("Лимит не может быть больше " + LimitsService.MAX_LIMIT);
    }
    return value;
  }

  static void requireAny(Integer... values) {
    for (Integer v : values) {
      if (v != null) {
        return;
      }
    }
    throw ApiException.badRequest("Укажите max_delivery_orders и/или max_pickup_orders");
  }
}
