package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

/** Checks that a {@link StoredImage} is internally consistent and really is what it says. */
final class StoredAssertions {
  private StoredAssertions() {}

  /** Asserts type, magic bytes, hash and size; returns the decoded output for pixel checks. */
  static BufferedImage assertStored(StoredImage stored, String extension, int width, int height)
      throws Exception {
    byte[] magic =
        extension.equals("jpg")
            ? new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}
            : new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    String sha256 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored.bytes()));
    BufferedImage decoded = TestImages.decode(stored.bytes());
    assertNotNull(decoded, "output must decode");
    assertAll(
        () -> assertEquals(extension, stored.extension()),
        () ->
            assertEquals(
                extension.equals("jpg") ? "image/jpeg" : "image/png", stored.contentType()),
        () ->
            assertArrayEquals(
                magic, Arrays.copyOf(stored.bytes(), magic.length), "output magic bytes"),
        () -> assertEquals(sha256, stored.sha256Hex(), "hash of the output bytes"),
        () -> assertEquals(width, stored.width(), "width"),
        () -> assertEquals(height, stored.height(), "height"),
        () -> assertEquals(width, decoded.getWidth(), "decoded width"),
        () -> assertEquals(height, decoded.getHeight(), "decoded height"));
    return decoded;
  }

  static int alpha(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) >>> 24;
  }

  static int red(BufferedImage image, int x, int y) {
    return (image.getRGB(x, y) >> 16) & 0xFF;
  }

  static int blue(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) & 0xFF;
  }
}
