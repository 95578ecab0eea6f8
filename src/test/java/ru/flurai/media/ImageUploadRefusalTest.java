package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static ru.flurai.media.TestBytes.ascii;
import static ru.flurai.media.TestBytes.concat;
import static ru.flurai.media.TestBytes.cut;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.flurai.platform.domain.Invalid;

/** Everything that must be refused with a 400 and a Russian detail. */
class ImageUploadRefusalTest {
  static final String TOO_LARGE = "Файл слишком большой (максимум 10 МБ)";
  static final String TOO_SMALL = "Файл слишком маленький";
  static final String UNSUPPORTED =
      "Неподдерживаемый формат изображения: разрешены JPEG, PNG, WebP, GIF";
  static final String MISMATCH = "Тип файла не совпадает с содержимым";
  static final String CORRUPT = "Изображение повреждено или не читается";

  static void assertRefused(String detail, byte[] bytes, String declaredType) {
    Invalid e =
        assertThrows(
            Invalid.class, () -> ImageUpload.process(bytes, declaredType, ImageKind.PRODUCT));
    assertEquals(detail, e.detail());
  }

  @Test
  void htmlNamedJpgIsRefused() {
    byte[] html =
        ascii(
            "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(document.cookie)"
                + "</script><p>Это не картинка, а страница</p></body></html>");
    assertRefused(UNSUPPORTED, html, "image/jpeg");
    assertRefused(UNSUPPORTED, html, null);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        "BM6\u0000\u0000\u0000\u0000\u0000\u0000\u00006\u0000\u0000\u0000(\u0000\u0000\u0000",
        "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj",
        "II*\u0000\b\u0000\u0000\u0000",
        "RIFF\u0010\u0000\u0000\u0000WAVEfmt ",
        "GIF88a"
      })
  void otherFormatsAreRefused(String start) {
    byte[] bytes = Arrays.copyOf(ascii(start), 400); // padded past the size minimum
    assertRefused(UNSUPPORTED, bytes, null);
  }

  @Test
  void elevenMegabytesAreRefused() {
    byte[] big = Arrays.copyOf(TestImages.jpeg(64, 64), 11 * 1024 * 1024);
    assertRefused(TOO_LARGE, big, "image/jpeg");
  }

  @Test
  void oneByteOverTenMegabytesIsRefusedButTenMegabytesPassTheSizeCheck() {
    byte[] jpeg = TestImages.jpeg(64, 64);
    assertRefused(TOO_LARGE, Arrays.copyOf(jpeg, ImageUpload.MAX_BYTES + 1), null);
    // exactly 10 MiB passes the size rule; the zero padding after the scan then fails the structure
    // walk
    assertRefused(
        CORRUPT,
        concat(cut(jpeg, jpeg.length - 2), new byte[ImageUpload.MAX_BYTES - jpeg.length + 2]),
        null);
  }

  @Test
  void fiftyBytesAreRefused() {
    assertRefused(TOO_SMALL, Arrays.copyOf(TestImages.jpeg(8, 8), 50), "image/jpeg");
    assertRefused(TOO_SMALL, new byte[0], null);
    assertRefused(TOO_SMALL, null, null);
  }

  @Test
  void ninetyNineBytesAreTooSmallAndAHundredAreNot() {
    byte[] jpeg = TestImages.jpeg(64, 64);
    assertRefused(TOO_SMALL, cut(jpeg, 99), null);
    assertRefused(CORRUPT, cut(jpeg, 100), null); // past the size rule, refused as truncated
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "image/png",
        "image/gif",
        "image/webp",
        "text/html",
        "image/svg+xml",
        "text/plain"
      })
  void declaredTypeContradictingTheBytesIsRefused(String declared) {
    assertRefused(MISMATCH, TestImages.jpeg(64, 64), declared);
  }

  @Test
  void jpegDeclaredForPngBytesIsRefused() {
    assertRefused(MISMATCH, TestImages.png(64, 64), "image/jpeg");
    assertRefused(MISMATCH, TestImages.png(64, 64), "image/jpg");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 0.6, 0.95})
  void truncatedJpegIsRefused(double keep) {
    byte[] jpeg = TestImages.jpeg(400, 300);
    assertRefused(CORRUPT, cut(jpeg, (int) (jpeg.length * keep)), "image/jpeg");
  }

  @Test
  void jpegMissingOnlyItsEndMarkerIsRefused() {
    byte[] jpeg = TestImages.jpeg(400, 300);
    assertRefused(CORRUPT, cut(jpeg, jpeg.length - 2), "image/jpeg");
  }

  @Test
  void truncatedProgressiveJpegIsRefused() {
    byte[] jpeg = TestImages.progressiveJpeg(400, 300);
    assertRefused(CORRUPT, cut(jpeg, (int) (jpeg.length * 0.7)), "image/jpeg");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 0.6, 0.95})
  void truncatedPngIsRefused(double keep) {
    byte[] png = TestImages.png(400, 300);
    assertRefused(CORRUPT, cut(png, (int) (png.length * keep)), "image/png");
  }

  @Test
  void pngMissingItsEndChunkIsRefused() {
    byte[] png = TestImages.png(400, 300);
    assertRefused(CORRUPT, cut(png, png.length - 12), "image/png");
  }

  @Test
  void pngWithACorruptedPixelChunkIsRefused() {
    byte[] png = TestImages.png(200, 150);
    png[png.length / 2] ^= 0x5A; // inside IDAT: its CRC no longer matches
    assertRefused(CORRUPT, png, "image/png");
  }

  @Test
  void truncatedGifIsRefused() {
    byte[] gif = TestImages.gif(200, 150);
    assertRefused(CORRUPT, cut(gif, gif.length - 1), "image/gif");
    assertRefused(CORRUPT, cut(gif, gif.length / 2), "image/gif");
  }

  @Test
  void truncatedWebpIsRefused() {
    byte[] webp = TestImages.resource("opaque-64x48.webp");
    assertRefused(CORRUPT, cut(webp, webp.length - 10), "image/webp");
  }

  @Test
  void garbageAfterAValidSignatureIsRefused() {
    byte[] bytes =
        concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, ascii("<html>".repeat(40)));
    assertRefused(CORRUPT, bytes, "image/jpeg");
  }
}
