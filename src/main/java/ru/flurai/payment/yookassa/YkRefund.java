package ru.flurai.payment.yookassa;

import jakarta.json.JsonObject;

/**
 * A YooKassa refund object: {@code id}, {@code status} ({@code pending}, {@code succeeded}, {@code
 * canceled}).
 */
public record YkRefund(String id, String status) {
  public static YkRefund of(JsonObject o) {
    try {
      return new YkRefund(o.getString("id"), o.getString("status"));
    } catch (RuntimeException e) {
      throw new YooKassaFailure(200, "bad_response", "unreadable refund: " + e.getMessage());
    }
  }
}
