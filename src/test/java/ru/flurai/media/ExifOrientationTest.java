package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static ru.flurai.media.StoredAssertions.assertStored;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Phone photos: the EXIF orientation of a JPEG upload is applied to the pixels, then the metadata
 * is dropped. The fixture is 40×20 with a red block in the stored top-left corner and a green one
 * in the stored top-right corner; the expected corners are those of the EXIF specification's table
 * ("the 0th row is the visual …, the 0th column is the visual …").
 */
class ExifOrientationTest {
  enum Corner {
    TOP_LEFT,
    TOP_RIGHT,
    BOTTOM_LEFT,
    BOTTOM_RIGHT
  }

  static Stream<Arguments> orientations() {
    return Stream.of(
        Arguments.of(1, 40, 20, Corner.TOP_LEFT, Corner.TOP_RIGHT),
        Arguments.of(2, 40, 20, Corner.TOP_RIGHT, Corner.TOP_LEFT),
        Arguments.of(3, 40, 20, Corner.BOTTOM_RIGHT, Corner.BOTTOM_LEFT),
        Arguments.of(4, 40, 20, Corner.BOTTOM_LEFT, Corner.BOTTOM_RIGHT),
        Arguments.of(5, 20, 40, Corner.TOP_LEFT, Corner.BOTTOM_LEFT),
        Arguments.of(6, 20, 40, Corner.TOP_RIGHT, Corner.BOTTOM_RIGHT),
        Arguments.of(7, 20, 40, Corner.BOTTOM_RIGHT, Corner.TOP_RIGHT),
        Arguments.of(8, 20, 40, Corner.BOTTOM_LEFT, Corner.TOP_LEFT));
  }

  @ParameterizedTest(name = "orientation {0}")
  @MethodSource("orientations")
  void eachOrientationIsStoredUpright(
      int orientation, int width, int height, Corner red, Corner green) throws Exception {
    byte[] upload = ExifJpegs.withOrientation(ExifJpegs.marked(40, 20), orientation);
    assertEquals(Orientation.of(orientation), ExifOrientation.of(upload));
    StoredImage stored = ImageUpload.process(upload, "image/jpeg", ImageKind.PRODUCT);
    BufferedImage out = assertStored(stored, "jpg", width, height);
    assertCorners(out, red, green);
    assertNoExif(stored.bytes());
  }

  @Test
  void littleEndianExifIsReadToo() throws Exception {
    byte[] upload =
        ExifJpegs.withApp1(
            TestImages.jpegOf(ExifJpegs.marked(40, 20)),
            ExifJpegs.exif(ExifJpegs.tiff(ByteOrder.LITTLE_ENDIAN, 6, 0)));
    BufferedImage out =
        assertStored(ImageUpload.process(upload, "image/jpeg", ImageKind.PRODUCT), "jpg", 20, 40);
    assertCorners(out, Corner.TOP_RIGHT, Corner.BOTTOM_RIGHT);
  }

  @Test
  void theBoxAppliesToTheUprightPicture() throws Exception {
    // a portrait phone photo stored landscape: 2400×1200 turned is 1200×2400, which fits 1200×1200
    // as 600×1200
    byte[] product = ExifJpegs.withOrientation(ExifJpegs.marked(2400, 1200), 6);
    assertCorners(
        assertStored(
            ImageUpload.process(product, "image/jpeg", ImageKind.PRODUCT), "jpg", 600, 1200),
        Corner.TOP_RIGHT,
        Corner.BOTTOM_RIGHT);
    // banners are limited in width only: stored 1000×4000 turned is 4000×1000, so it becomes
    // 1920×480
    byte[] banner = ExifJpegs.withOrientation(ExifJpegs.marked(1000, 4000), 8);
    assertCorners(
        assertStored(ImageUpload.process(banner, "image/jpeg", ImageKind.BANNER), "jpg", 1920, 480),
        Corner.BOTTOM_LEFT,
        Corner.TOP_LEFT);
    // and stored 4000×1000 turned is 1000×4000, already narrow enough
    byte[] tall = ExifJpegs.withOrientation(ExifJpegs.marked(4000, 1000), 8);
    assertStored(ImageUpload.process(tall, "image/jpeg", ImageKind.BANNER), "jpg", 1000, 4000);
  }

  static Stream<Arguments> badExif() {
    byte[] good = ExifJpegs.tiff(ByteOrder.BIG_ENDIAN, 6, 0);
    byte[] ifdElsewhere = good.clone();
    ifdElsewhere[7] = 20; // IFD0 offset pointing at the zero padding: no entries
    byte[] countHuge = good.clone();
    countHuge[8] = (byte) 0xFF; // 65 280 entries claimed, one present
    byte[] valueOutside = ExifJpegs.tiff(ByteOrder.BIG_ENDIAN, 6, 0);
    valueOutside[13] = 4; // type LONG…
    valueOutside[17] = 50; // …50 of them: 200 bytes of value at an offset far past the end
    return Stream.of(
        Arguments.of("no EXIF at all", new byte[0]),
        Arguments.of("orientation 0", ExifJpegs.exif(ExifJpegs.tiff(ByteOrder.BIG_ENDIAN, 0, 0))),
        Arguments.of("orientation 9", ExifJpegs.exif(ExifJpegs.tiff(ByteOrder.BIG_ENDIAN, 9, 0))),
        Arguments.of(
            "orientation 65535", ExifJpegs.exif(ExifJpegs.tiff(ByteOrder.BIG_ENDIAN, 0xFFFF, 0))),
        Arguments.of("only the preamble", "Exif\0\0".getBytes(StandardCharsets.US_ASCII)),
        Arguments.of("a cut TIFF header", ExifJpegs.exif(Arrays.copyOf(good, 5))),
        Arguments.of("a cut IFD", ExifJpegs.exif(Arrays.copyOf(good, 14))),
        Arguments.of(
            "not TIFF",
            ExifJpegs.exif("XX\0*garbage-garbage-garbage".getBytes(StandardCharsets.US_ASCII))),
        Arguments.of("IFD0 at a wrong offset", ExifJpegs.exif(ifdElsewhere)),
        Arguments.of("too many entries", ExifJpegs.exif(countHuge)),
        Arguments.of("value outside the block", ExifJpegs.exif(valueOutside)),
        Arguments.of(
            "IFD0 linking to itself", ExifJpegs.exif(ExifJpegs.tiff(ByteOrder.BIG_ENDIAN, 1, 8))));
  }

  /** A broken or absent EXIF block keeps the stored orientation and never refuses the photo. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("badExif")
  void badExifMeansNormal(String what, byte[] app1) throws Exception {
    byte[] jpeg = TestImages.jpegOf(ExifJpegs.marked(40, 20));
    byte[] upload = app1.length == 0 ? jpeg : ExifJpegs.withApp1(jpeg, app1);
    assertEquals(Orientation.NORMAL, ExifOrientation.of(upload));
    StoredImage stored = ImageUpload.process(upload, "image/jpeg", ImageKind.PRODUCT);
    assertCorners(assertStored(stored, "jpg", 40, 20), Corner.TOP_LEFT, Corner.TOP_RIGHT);
    assertNoExif(stored.bytes());
  }

  @Test
  void otherFormatsAreNotTurned() throws Exception {
    StoredImage stored =
        ImageUpload.process(
            TestImages.pngOf(ExifJpegs.marked(40, 20)), "image/png", ImageKind.PRODUCT);
    assertCorners(assertStored(stored, "jpg", 40, 20), Corner.TOP_LEFT, Corner.TOP_RIGHT);
  }

  static void assertCorners(BufferedImage image, Corner red, Corner green) {
    assertAll(
        Arrays.stream(Corner.values())
            .map(
                c ->
                    () ->
                        assertEquals(
                            c == red ? "red" : c == green ? "green" : "grey",
                            colour(image, c),
                            c + " of " + image.getWidth() + "×" + image.getHeight())));
  }

  /** The colour near a corner (3 px in, away from JPEG's ringing at the edge). */
  static String colour(BufferedImage image, Corner corner) {
    int inset = 3;
    int x =
        corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT
            ? inset
            : image.getWidth() - 1 - inset;
    int y =
        corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT
            ? inset
            : image.getHeight() - 1 - inset;
    int rgb = image.getRGB(x, y);
    int r = (rgb >> 16) & 0xFF;
    int g = (rgb >> 8) & 0xFF;
    int b = rgb & 0xFF;
    if (r > 170 && g < 90 && b < 90) {
      return "red";
    }
    if (g > 170 && r < 90 && b < 90) {
      return "green";
    }
    if (Math.abs(r - 0x80) < 40 && Math.abs(g - 0x80) < 40 && Math.abs(b - 0x80) < 40) {
      return "grey";
    }
    return String.format("#%06x", rgb & 0xFFFFFF);
  }

  static void assertNoExif(byte[] stored) {
    byte[] exif = "Exif".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + exif.length <= stored.length; i++) {
      assertFalse(
          Arrays.equals(stored, i, i + exif.length, exif, 0, exif.length),
          "EXIF left at byte " + i);
    }
  }
}
