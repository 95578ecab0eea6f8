package ru.flurai.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.flurai.identity.admin.Totp;
import ru.flurai.identity.buyer.TelegramLoginWidget;
import ru.flurai.identity.token.SecretBox;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.Unauthenticated;

class IdentityUnitsTest {
  @ParameterizedTest
  @CsvSource({
    "79161234567,79161234567",
    "89161234567,79161234567",
    "'+7 (916) 123-45-67',79161234567",
    "9161234567,79161234567",
    "'8 916 123 45 67',79161234567"
  })
  void phonesNormalize(String input, String expected) {
    assertEquals(expected, PhoneNumbers.normalize(input));
  }

  @ParameterizedTest
  @CsvSource({
    "12345",
    "+1 212 555 0100",
    "7916123456",
    "abc",
    "791612345678",
    "'79161234567; drop'"
  })
  void badPhonesAreRefused(String input) {
    assertEquals(
        PhoneNumbers.INVALID,
        assertThrows(Invalid.class, () -> PhoneNumbers.normalize(input)).detail());
  }

  @Test
  void passwordHashesVerifyAndAreSalted() {
    String a = PasswordHasher.hash("Secret123");
    assertNotEquals(a, PasswordHasher.hash("Secret123"));
    assertTrue(PasswordHasher.verify("Secret123", a));
    assertFalse(PasswordHasher.verify("Secret124", a));
    assertFalse(PasswordHasher.verify("Secret123", "garbage"));
    assertTrue(a.startsWith("pbkdf2-sha256$210000$"));
  }

  @Test
  void totpAcceptsCurrentAndAdjacentStepsOnly() {
    String secret = Totp.newSecret();
    long now = 1_800_000_000L;
    long step = now / 30;
    assertEquals(step, Totp.matchingStep(secret, Totp.code(secret, step), now).getAsLong());
    assertEquals(step - 1, Totp.matchingStep(secret, Totp.code(secret, step - 1), now).getAsLong());
    assertEquals(step + 1, Totp.matchingStep(secret, Totp.code(secret, step + 1), now).getAsLong());
    assertTrue(Totp.matchingStep(secret, Totp.code(secret, step - 2), now).isEmpty());
    assertTrue(Totp.matchingStep(secret, "12345", now).isEmpty());
    assertTrue(Totp.uri(secret, "admin").startsWith("otpauth://totp/"));
  }

  @Test
  void secretBoxRoundTripsAndDependsOnTheKey() {
    SecretBox box = new SecretBox("master-secret-of-32-bytes-at-least!!", "purpose");
    String sealed = box.seal("JBSWY3DPEHPK3PXP");
    assertFalse(sealed.contains("JBSWY3DPEHPK3PXP"));
    assertEquals("JBSWY3DPEHPK3PXP", box.open(sealed));
    assertThrows(
        IllegalStateException.class,
        () -> new SecretBox("another-master-secret-of-32-bytes!!", "purpose").open(sealed));
  }

  @Test
  void loginWidgetUsesSha256OfTheTokenAsKey() {
    String token = "123:ABC";
    long now = 1_800_000_000L;
    Map<String, String> f =
        new TreeMap<>(Map.of("id", "77", "first_name", "Ива", "auth_date", Long.toString(now)));
    String check =
        f.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
    byte[] key = sha256(token);
    Map<String, String> data = new HashMap<>(f);
    data.put("username", "");
    data.put(
        "hash",
        HexFormat.of().formatHex(InitDataSigner.hmac(key, check.getBytes(StandardCharsets.UTF_8))));
    assertEquals(
        77L,
        TelegramLoginWidget.verify(data, token, Duration.ofDays(1), Instant.ofEpochSecond(now))
            .id());
    data.put("first_name", "Eve");
    assertEquals(
        "Invalid Telegram signature",
        assertThrows(
                Unauthenticated.class,
                () ->
                    TelegramLoginWidget.verify(
                        data, token, Duration.ofDays(1), Instant.ofEpochSecond(now)))
            .detail());
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
