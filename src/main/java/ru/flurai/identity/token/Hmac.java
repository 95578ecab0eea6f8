package ru.flurai.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and constant-time comparison, as Telegram's signature schemes use them. */
public final class Hmac {
  private Hmac() {}

  public static byte[] sha256(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compares a hex signature in time independent of where it differs. */
  public static boolean matches(byte[] expected, String hexGiven) {
    byte[] given = hexGiven.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    byte[] want = HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(want, given);
  }
}
