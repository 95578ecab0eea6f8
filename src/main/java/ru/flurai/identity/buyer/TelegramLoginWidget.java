package ru.flurai.identity.buyer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.flurai.identity.token.Hmac;
import ru.flurai.platform.text.Sha256;

/**
 * Validates Telegram Login Widget data: the data-check-string of the non-empty fields but {@code
 * hash}, signed with HMAC-SHA256 under {@code SHA256(bot_token)}.
 */
public final class TelegramLoginWidget {
  private TelegramLoginWidget() {}

  public static TelegramUser verify(
      Map<String, String> data, String botToken, Duration maxAge, Instant now) {
    Map<String, String> fields = new TreeMap<>();
    data.forEach(
        (k, v) -> {
          if (v != null && !v.isEmpty()) {
            fields.put(k, v);
          }
        });
    String hash = fields.remove("hash");
    if (hash == null) {
      throw TelegramInitData.unauthorized("Invalid Telegram signature");
    }
    String checkString =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
    if (!Hmac.matches(Hmac.sha256(Sha256.bytes(botToken), checkString), hash)) {
      throw TelegramInitData.unauthorized("Invalid Telegram signature");
    }
    TelegramInitData.checkAge(fields.get("auth_date"), maxAge, now, "Auth data has expired");
    long id;
    try {
      id = Long.parseLong(fields.get("id"));
    } catch (NumberFormatException | NullPointerException e) {
      throw TelegramInitData.unauthorized("Invalid Telegram signature");
    }
    return new TelegramUser(
        id, fields.get("first_name"), fields.get("last_name"), fields.get("username"));
  }
}
