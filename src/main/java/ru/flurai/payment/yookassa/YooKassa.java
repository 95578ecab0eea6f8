package ru.flurai.payment.yookassa;

import jakarta.json.JsonObject;
import java.math.BigDecimal;

/**
 * YooKassa API v3 (https://api.yookassa.ru/v3): payments (create, get) and refunds (create). Every
 * POST carries an {@code Idempotence-Key}, so a retried call with the same key returns the first
 * answer. Failures are {@link YooKassaFailure}.
 */
public interface YooKassa {
  /** Whether the platform's credentials are configured. */
  boolean configured();

  /** {@code POST /payments} with the given body (amount, confirmation, receipt, transfers …). */
  YkPayment createPayment(String idempotenceKey, JsonObject body);

  /** {@code GET /payments/{id}}: the payment as YooKassa knows it now. */
  YkPayment payment(String id);

  /** {@code POST /refunds}: a refund of {@code amount} RUB of a succeeded payment. */
  YkRefund refund(String idempotenceKey, String paymentId, BigDecimal amount, String description);
}
