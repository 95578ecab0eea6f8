package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.media.StoredAssertions.alpha;
import static ru.flurai.media.StoredAssertions.assertStored;
import static ru.flurai.media.StoredAssertions.blue;
import static ru.flurai.media.StoredAssertions.red;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each accepted format comes out re-encoded with the expected type. */
class ImageUploadAcceptTest {

  @Test
  void jpegBecomesJpeg() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.jpeg(320, 240), "image/jpeg", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 320, 240);
  }

  @Test
  void progressiveJpegIsAccepted() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.progressiveJpeg(320, 240), "image/jpeg", ImageKind.BANNER);
    assertStored(stored, "jpg", 320, 240);
  }

  @Test
  void opaquePngBecomesJpeg() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.png(200, 150), "image/png", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 200, 150);
  }

  @Test
  void pngWithTransparencyStaysPngAndKeepsIt() throws Exception {
    StoredImage stored =
        ImageUpload.process(
            TestImages.pngWithAlpha(200, 100, true), "image/png", ImageKind.PRODUCT);
    BufferedImage out = assertStored(stored, "png", 200, 100);
    assertEquals(0xFF, alpha(out, 10, 50));
    assertEquals(0, alpha(out, 190, 50));
  }

  @Test
  void pngWithAnAlphaChannelButNoTransparentPixelBecomesJpeg() throws Exception {
    StoredImage stored =
        ImageUpload.process(
            TestImages.pngWithAlpha(200, 100, false), "image/png", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 200, 100);
  }

  @Test
  void opaqueGifBecomesJpeg() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.gif(160, 120), "image/gif", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 160, 120);
  }

  @Test
  void gifWithTransparencyBecomesPng() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.gifWithTransparency(80, 40), "image/gif", ImageKind.PRODUCT);
    BufferedImage out = assertStored(stored, "png", 80, 40);
    assertEquals(0, alpha(out, 5, 20));
    assertEquals(0xFF, alpha(out, 75, 20));
  }

  @Test
  void animatedGifBecomesItsFirstFrame() throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.animatedGif(80, 60), "image/gif", ImageKind.PRODUCT);
    BufferedImage out = assertStored(stored, "jpg", 80, 60);
    assertTrue(
        red(out, 40, 30) > 200 && blue(out, 40, 30) < 60,
        "first (red) frame, got " + out.getRGB(40, 30));
  }

  @Test
  void lossyWebpBecomesJpeg() throws Exception {
    StoredImage stored =
        ImageUpload.process(
            TestImages.resource("opaque-64x48.webp"), "image/webp", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 64, 48);
  }

  @ParameterizedTest
  @ValueSource(strings = {"alpha-64x48.webp", "lossy-alpha-64x48.webp"})
  void webpWithAlphaBecomesPng(String fixture) throws Exception {
    StoredImage stored =
        ImageUpload.process(TestImages.resource(fixture), "image/webp", ImageKind.BANNER);
    BufferedImage out = assertStored(stored, "png", 64, 48);
    assertEquals(0xFF, alpha(out, 5, 20), "left half opaque");
    assertEquals(0, alpha(out, 60, 20), "right half transparent");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "application/octet-stream",
        "image/jpg",
        "IMAGE/JPEG",
        "image/jpeg; charset=binary"
      })
  void declaredTypeThatDoesNotContradictTheBytesIsAccepted(String declared) throws Exception {
    assertStored(
        ImageUpload.process(TestImages.jpeg(120, 90), declared, ImageKind.PRODUCT), "jpg", 120, 90);
  }

  @Test
  void octetStreamLetsTheSniffedTypeWin() throws Exception {
    StoredImage stored =
        ImageUpload.process(
            TestImages.pngWithAlpha(50, 50, true), "application/octet-stream", ImageKind.PRODUCT);
    assertStored(stored, "png", 50, 50);
  }

  @Test
  void identicalUploadsGetTheSameKeyAndDifferentOnesDoNot() {
    byte[] upload = TestImages.jpeg(300, 200);
    StoredImage first = ImageUpload.process(upload, "image/jpeg", ImageKind.PRODUCT);
    StoredImage second = ImageUpload.process(upload.clone(), null, ImageKind.PRODUCT);
    StoredImage other = ImageUpload.process(TestImages.jpeg(300, 201), null, ImageKind.PRODUCT);
    assertEquals(first.sha256Hex(), second.sha256Hex());
    assertEquals(64, first.sha256Hex().length());
    assertNotEquals(first.sha256Hex(), other.sha256Hex());
  }
}
