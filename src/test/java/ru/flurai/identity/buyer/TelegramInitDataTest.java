package ru.flurai.identity.buyer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ru.flurai.identity.InitDataSigner;
import ru.flurai.platform.domain.Unauthenticated;

class TelegramInitDataTest {
  static final String TOKEN = "123456789:AAFakeBotTokenForUnitTests";
  static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
  static final Duration DAY = Duration.ofDays(1);

  private static String refusal(String raw, String token) {
    return assertThrows(Unauthenticated.class, () -> TelegramInitData.verify(raw, token, DAY, NOW))
        .detail();
  }

  @Test
  void validDataSignedWithTelegramsAlgorithmIsAccepted() {
    String raw = InitDataSigner.sign(TOKEN, 42L, "Анна", NOW.getEpochSecond() - 60);
    TelegramUser user = TelegramInitData.verify(raw, TOKEN, DAY, NOW);
    assertEquals(42L, user.id());
    assertEquals("Анна", user.firstName());
    assertEquals("user42", user.username());
  }

  @Test
  void publishedExampleVector() {
    // data-check-string and key derivation straight from Telegram's documentation, computed here by
    // hand
    Map<String, String> f =
        new TreeMap<>(
            Map.of(
                "auth_date",
                Long.toString(NOW.getEpochSecond()),
                "user",
                "{\"id\":7,\"first_name\":\"Bob\"}",
                "chat_type",
                "private"));
    String raw = InitDataSigner.sign(TOKEN, f);
    assertEquals(7L, TelegramInitData.verify(raw, TOKEN, DAY, NOW).id());
  }

  @Test
  void tamperedFieldIsRefused() {
    String raw = InitDataSigner.sign(TOKEN, 42L, "Анна", NOW.getEpochSecond());
    assertEquals(
        "Invalid Telegram signature",
        refusal(raw.replace("%22id%22%3A42", "%22id%22%3A43"), TOKEN));
  }

  @Test
  void wrongBotTokenIsRefused() {
    String raw = InitDataSigner.sign(TOKEN, 42L, "Анна", NOW.getEpochSecond());
    assertEquals("Invalid Telegram signature", refusal(raw, "999:OtherBot"));
  }

  @Test
  void expiredAuthDateIsRefused() {
    String raw =
        InitDataSigner.sign(TOKEN, 42L, "Анна", NOW.getEpochSecond() - DAY.toSeconds() - 1);
    assertEquals("Init data has expired", refusal(raw, TOKEN));
  }

  @Test
  void authDateFromTheFutureIsRefused() {
    String raw = InitDataSigner.sign(TOKEN, 42L, "Анна", NOW.getEpochSecond() + 3600);
    assertEquals("Invalid auth_date", refusal(raw, TOKEN));
  }

  @Test
  void missingHashAndGarbageAreRefused() {
    String raw = InitDataSigner.sign(TOKEN, 42L, "Анна", NOW.getEpochSecond());
    assertEquals(
        "Missing hash in init data", refusal(raw.substring(0, raw.indexOf("&hash=")), TOKEN));
    assertEquals("Invalid init data format", refusal("garbage", TOKEN));
    assertEquals("Invalid init data format", refusal("", TOKEN));
    assertEquals("Invalid init data format", refusal("a=%zz&hash=00", TOKEN));
  }

  @Test
  void missingUserIsRefused() {
    String raw =
        InitDataSigner.sign(
            TOKEN, new TreeMap<>(Map.of("auth_date", Long.toString(NOW.getEpochSecond()))));
    assertEquals("Missing user data", refusal(raw, TOKEN));
  }
}
