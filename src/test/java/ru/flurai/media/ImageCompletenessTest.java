package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.media.TestBytes.concat;
import static ru.flurai.media.TestBytes.cut;

import org.junit.jupiter.api.Test;

/** The structure walks that catch truncation decoders would silently paper over. */
class ImageCompletenessTest {

  @Test
  void wholeFilesAreComplete() {
    assertTrue(ImageCompleteness.isComplete(TestImages.jpeg(100, 80), ImageFormat.JPEG));
    assertTrue(ImageCompleteness.isComplete(TestImages.progressiveJpeg(100, 80), ImageFormat.JPEG));
    assertTrue(ImageCompleteness.isComplete(TestImages.png(100, 80), ImageFormat.PNG));
    assertTrue(ImageCompleteness.isComplete(TestImages.gif(100, 80), ImageFormat.GIF));
    assertTrue(ImageCompleteness.isComplete(TestImages.animatedGif(100, 80), ImageFormat.GIF));
    for (String webp :
        new String[] {"opaque-64x48.webp", "alpha-64x48.webp", "lossy-alpha-64x48.webp"}) {
      assertTrue(ImageCompleteness.isComplete(TestImages.resource(webp), ImageFormat.WEBP), webp);
    }
  }

  @Test
  void anEmbeddedThumbnailsEndMarkerDoesNotMakeATruncatedJpegComplete() {
    // an APP1 segment carrying a whole little JPEG, as EXIF thumbnails do, then the main image cut
    // mid-scan
    byte[] thumbnail = TestImages.jpeg(16, 16);
    byte[] main = TestBytes.withJpegSegment(TestImages.jpeg(300, 200), 0xE1, thumbnail);
    assertTrue(ImageCompleteness.isComplete(main, ImageFormat.JPEG));
    assertFalse(ImageCompleteness.isComplete(cut(main, main.length - 500), ImageFormat.JPEG));
  }

  @Test
  void bytesAfterTheEndMarkerDoNotMatter() {
    byte[] junk = TestBytes.ascii("<?php echo 1; ?>");
    assertTrue(
        ImageCompleteness.isComplete(concat(TestImages.jpeg(50, 50), junk), ImageFormat.JPEG));
    assertTrue(ImageCompleteness.isComplete(concat(TestImages.png(50, 50), junk), ImageFormat.PNG));
    assertTrue(ImageCompleteness.isComplete(concat(TestImages.gif(50, 50), junk), ImageFormat.GIF));
    byte[] webp = TestImages.resource("opaque-64x48.webp");
    assertTrue(ImageCompleteness.isComplete(concat(webp, junk), ImageFormat.WEBP));
  }

  @Test
  void everyCutOfASmallFileIsIncomplete() {
    byte[][] files = {
      TestImages.jpeg(40, 30),
      TestImages.png(40, 30),
      TestImages.gif(40, 30),
      TestImages.resource("alpha-64x48.webp")
    };
    ImageFormat[] formats = {ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.GIF, ImageFormat.WEBP};
    for (int f = 0; f < files.length; f++) {
      for (int length = 0; length < files[f].length; length++) {
        assertFalse(
            ImageCompleteness.isComplete(cut(files[f], length), formats[f]),
            formats[f] + " cut at " + length);
      }
    }
  }
}
