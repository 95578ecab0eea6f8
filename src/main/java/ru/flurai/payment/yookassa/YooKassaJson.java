package ru.flurai.payment.yookassa;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** YooKassa's JSON pieces: an amount is {@code {"value": "123.00", "currency": "RUB"}}. */
public final class YooKassaJson {
  public static final String RUB = "RUB";

  private YooKassaJson() {}

  public static JsonObject amount(BigDecimal value) {
    return Json.createObjectBuilder()
        .add("value", value.setScale(2, RoundingMode.UNNECESSARY).toPlainString())
        .add("currency", RUB)
        .build();
  }
}
