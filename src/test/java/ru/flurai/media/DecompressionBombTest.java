package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Invalid;

/** Images that claim huge dimensions are refused from their header, before any raster exists. */
class DecompressionBombTest {
  static final String TOO_MANY_PIXELS = "Изображение слишком большое по количеству пикселей";
  static final String SIDE_TOO_LONG =
      "Изображение слишком большое: каждая сторона должна быть не больше 12000 пикселей";

  private static Invalid refuse(byte[] bytes) {
    return assertThrows(
        Invalid.class, () -> ImageUpload.process(bytes, "image/png", ImageKind.PRODUCT));
  }

  @Test
  void twentyThousandSquaredPngIsRefusedFastWithoutAllocatingItsRaster() {
    byte[] bomb = TestBytes.pngClaiming(20_000, 20_000);
    assertTrue(
        bomb.length >= ImageUpload.MIN_BYTES && bomb.length < 2_000,
        "a few hundred bytes: " + bomb.length);
    var threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    Invalid refusal =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> {
              long before = threads.getCurrentThreadAllocatedBytes();
              Invalid e = refuse(bomb);
              long allocated = threads.getCurrentThreadAllocatedBytes() - before;
              // the raster alone would be 20000*20000*3 bytes = 1.2 GB
              assertTrue(allocated < 64L * 1024 * 1024, "allocated " + allocated + " bytes");
              return e;
            });
    assertEquals(TOO_MANY_PIXELS, refusal.detail());
  }

  @Test
  void justOverFortyMegapixelsIsRefused() {
    assertEquals(TOO_MANY_PIXELS, refuse(TestBytes.pngClaiming(8_000, 5_001)).detail());
  }

  @Test
  void aLongThinImageIsRefusedBySideLength() {
    assertEquals(SIDE_TOO_LONG, refuse(TestBytes.pngClaiming(12_001, 10)).detail());
    assertEquals(SIDE_TOO_LONG, refuse(TestBytes.pngClaiming(10, 12_001)).detail());
  }

  @Test
  void limitsThemselvesPassTheHeaderCheck() {
    // exactly at the limits: the header check lets them through, so the refusal comes from decoding
    // the
    // (deliberately tiny) pixel data instead
    String corrupt = "Изображение повреждено или не читается";
    assertEquals(corrupt, refuse(TestBytes.pngClaiming(8_000, 5_000)).detail());
    assertEquals(corrupt, refuse(TestBytes.pngClaiming(12_000, 10)).detail());
  }

  @Test
  void zeroWidthIsRefused() {
    assertEquals(ImageDecoder.CORRUPT, refuse(TestBytes.pngClaiming(0, 10)).detail());
  }
}
