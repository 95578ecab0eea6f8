package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.media.StoredAssertions.assertStored;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Products fit a 1200×1200 box, banners 1920 px of width; aspect kept, never upscaled. */
class ResizeTest {

  @Test
  void bannerIsScaledTo1920Wide() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.jpeg(4000, 1000), "image/jpeg", ImageKind.BANNER);
    assertStored(stored, "jpg", 1920, 480);
  }

  @Test
  void tallBannerIsLimitedByWidthOnly() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.jpeg(2400, 3000), "image/jpeg", ImageKind.BANNER);
    assertStored(stored, "jpg", 1920, 2400);
  }

  @Test
  void landscapeProductFitsTheBox() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.jpeg(3000, 1500), "image/jpeg", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 1200, 600);
  }

  @Test
  void portraitProductFitsTheBox() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.png(900, 2400), "image/png", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 450, 1200);
  }

  @Test
  void transparentProductIsScaledAndStaysPng() throws Exception {
    StoredImage stored =
        ImageUpload.process(
            TestImages.pngWithAlpha(2400, 1600, true), "image/png", ImageKind.PRODUCT);
    assertStored(stored, "png", 1200, 800);
  }

  @Test
  void smallImageIsNotUpscaled() throws Exception {
    byte[] small = TestImages.jpeg(300, 200);
    assertStored(ImageUpload.process(small, "image/jpeg", ImageKind.PRODUCT), "jpg", 300, 200);
    assertStored(ImageUpload.process(small, "image/jpeg", ImageKind.BANNER), "jpg", 300, 200);
  }

  @ParameterizedTest(name = "{0}x{1} as {2} -> {3}x{4}")
  @CsvSource({
    "1200, 1200, PRODUCT, 1200, 1200",
    "1201, 1201, PRODUCT, 1200, 1200",
    "2400, 1200, PRODUCT, 1200,  600",
    "1000, 5000, PRODUCT,  240, 1200",
    "12000,  10, PRODUCT, 1200,    1",
    "  10,   10, PRODUCT,   10,   10",
    "1920, 9000, BANNER,  1920, 9000",
    "3840, 2160, BANNER,  1920, 1080",
    "1921,  100, BANNER,  1920,  100",
    " 800,  200, BANNER,   800,  200",
  })
  void fitIntoKeepsAspectAndNeverUpscales(
      int w, int h, ImageKind kind, int expectedW, int expectedH) {
    assertEquals(new PixelSize(expectedW, expectedH), new PixelSize(w, h).fitInto(kind));
  }
}
