package ru.flurai.platform.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one place the application asks the JDK for it: request-body fingerprints of
 * idempotent checkouts, the storage key of an image, the hashed refresh tokens and rate-limit keys,
 * the poller lock's name. Strings are hashed as UTF-8; hex is lower case.
 */
public final class Sha256 {
  private Sha256() {}

  public static byte[] bytes(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JRE has SHA-256", e);
    }
  }

  public static byte[] bytes(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** 64 lower-case hex digits. */
  public static String hex(byte[] data) {
    return HexFormat.of().formatHex(bytes(data));
  }

  /** 64 lower-case hex digits of the UTF-8 bytes of {@code text}. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }
}
