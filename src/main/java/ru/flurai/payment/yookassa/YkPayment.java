package ru.flurai.payment.yookassa;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A YooKassa payment object as the API returns it: {@code id}, {@code status} ({@code pending},
 * {@code waiting_for_capture}, {@code succeeded}, {@code canceled}), {@code amount {value,
 * currency}}, {@code confirmation.confirmation_url} (redirect) and {@code metadata} (strings).
 */
public record YkPayment(
    String id,
    String status,
    BigDecimal amount,
    String currency,
    String confirmationUrl,
    Map<String, String> metadata) {

  public static final String SUCCEEDED = "succeeded";
  public static final String CANCELED = "canceled";

  /** Reads the API's JSON; a missing or malformed required field is a {@link YooKassaFailure}. */
  public static YkPayment of(JsonObject o) {
    try {
      JsonObject amount = o.getJsonObject("amount");
      JsonObject confirmation =
          o.containsKey("confirmation") && o.get("confirmation") instanceof JsonObject c ? c : null;
      Map<String, String> metadata = new LinkedHashMap<>();
      if (o.get("metadata") instanceof JsonObject m) {
        for (Map.Entry<String, JsonValue> e : m.entrySet()) {
          if (e.getValue() instanceof JsonString s) {
            metadata.put(e.getKey(), s.getString());
          }
        }
      }
      return new YkPayment(
          o.getString("id"),
          o.getString("status"),
          new BigDecimal(amount.getString("value")),
          amount.getString("currency"),
          confirmation == null ? null : confirmation.getString("confirmation_url", null),
          Map.copyOf(metadata));
    } catch (RuntimeException e) {
      throw new YooKassaFailure(200, "bad_response", "unreadable payment: " + e.getMessage());
    }
  }

  public boolean succeeded() {
    return SUCCEEDED.equals(status);
  }

  /** Still payable: the buyer may pay it now. */
  public boolean open() {
    return "pending".equals(status) || "waiting_for_capture".equals(status);
  }
}
