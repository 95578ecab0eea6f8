package ru.flurai.identity.buyer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.flurai.identity.token.Hmac;
import ru.flurai.platform.domain.Unauthenticated;

/**
 * Validates Mini App {@code initData} exactly as Telegram specifies: the data-check-string (every
 * field but {@code hash}, sorted, {@code key=value} joined by newlines) signed with HMAC-SHA256
 * under {@code HMAC_SHA256("WebAppData", bot_token)}. Refusals are 401s with the texts the Mini App
 * knows (API.md §0.5).
 */
public final class TelegramInitData {
  private static final Duration FUTURE_SKEW = Duration.ofMinutes(1);

  private TelegramInitData() {}

  public static TelegramUser verify(String raw, String botToken, Duration maxAge, Instant now) {
    Map<String, String> fields = parse(raw);
    String hash = fields.remove("hash");
    if (hash == null || hash.isBlank()) {
      throw unauthorized("Missing hash in init data");
    }
    String checkString =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
    byte[] secret = Hmac.sha256("WebAppData".getBytes(StandardCharsets.UTF_8), botToken);
    if (!Hmac.matches(Hmac.sha256(secret, checkString), hash)) {
      throw unauthorized("Invalid Telegram signature");
    }
    checkAge(fields.get("auth_date"), maxAge, now, "Init data has expired");
    String user = fields.get("user");
    if (user == null || user.isBlank()) {
      throw unauthorized("Missing user data");
    }
    return parseUser(user);
  }

  static void checkAge(String authDate, Duration maxAge, Instant now, String expiredText) {
    long seconds;
    try {
      seconds = Long.parseLong(authDate);
    } catch (NumberFormatException | NullPointerException e) {
      throw unauthorized("Invalid auth_date");
    }
    Instant issued = Instant.ofEpochSecond(seconds);
    if (issued.isAfter(now.plus(FUTURE_SKEW))) {
      throw unauthorized("Invalid auth_date");
    }
    if (issued.plus(maxAge).isBefore(now)) {
      throw unauthorized(expiredText);
    }
  }

  private static Map<String, String> parse(String raw) {
    if (raw == null || raw.isBlank() || raw.length() > 8192 || !raw.contains("=")) {
      throw unauthorized("Invalid init data format");
    }
    Map<String, String> fields = new TreeMap<>();
    try {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw unauthorized("Invalid init data format");
        }
        fields.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      throw unauthorized("Invalid init data format");
    }
    return fields;
  }

  private static TelegramUser parseUser(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      if (!o.containsKey("id") || !o.get("id").getValueType().equals(JsonValue.ValueType.NUMBER)) {
        throw unauthorized("Missing user data");
      }
      return new TelegramUser(
          o.getJsonNumber("id").longValueExact(),
          o.getString("first_name", null),
          o.getString("last_name", null),
          o.getString("username", null));
    } catch (RuntimeException e) {
      if (e instanceof Unauthenticated refusal) {
        throw refusal;
      }
      throw unauthorized("Missing user data");
    }
  }

  static Unauthenticated unauthorized(String detail) {
    return new Unauthenticated(detail);
  }
}
