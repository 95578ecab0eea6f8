package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static ru.flurai.media.StoredAssertions.assertStored;
import static ru.flurai.media.TestBytes.ascii;
import static ru.flurai.media.TestBytes.concat;
import static ru.flurai.media.TestBytes.contains;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Files that are a valid image and something else at once are accepted, but only their pixels
 * survive: the stored output must contain none of the smuggled bytes.
 */
class PolyglotTest {
  static final byte[] PHP = ascii("<?php system($_GET['cmd']); ?>");
  static final byte[] HTML =
      ascii("<html><body><script>fetch('/steal?c='+document.cookie)</script></body></html>");

  private static void assertClean(StoredImage stored, byte[] upload) {
    assertFalse(contains(stored.bytes(), ascii("<?php")), "PHP payload left in output");
    assertFalse(contains(stored.bytes(), ascii("<html>")), "HTML payload left in output");
    assertFalse(contains(stored.bytes(), ascii("<script>")), "script left in output");
    byte[] tail = Arrays.copyOfRange(upload, upload.length - 32, upload.length);
    assertFalse(contains(stored.bytes(), tail), "the upload's last bytes were copied");
  }

  @Test
  void jpegWithPhpAndHtmlAfterItsEndIsAcceptedAndCleaned() throws Exception {
    byte[] upload = concat(TestImages.jpeg(300, 200), PHP, HTML);
    StoredImage stored = ImageUpload.process(upload, "image/jpeg", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 300, 200);
    assertClean(stored, upload);
  }

  @Test
  void payloadInsideJpegCommentAndExifSegmentsIsDropped() throws Exception {
    byte[] upload = TestBytes.withJpegSegment(TestImages.jpeg(300, 200), 0xFE, concat(PHP, HTML));
    upload = TestBytes.withJpegSegment(upload, 0xE1, concat(ascii("Exif\0\0"), HTML));
    StoredImage stored = ImageUpload.process(upload, "image/jpeg", ImageKind.BANNER);
    assertStored(stored, "jpg", 300, 200);
    assertClean(
        stored, concat(upload, PHP)); // the tail check is covered above; here the segments matter
  }

  @Test
  void pngWithTextChunkAndTrailingHtmlIsAcceptedAndCleaned() throws Exception {
    byte[] png =
        TestBytes.withPngChunk(TestImages.png(120, 80), "tEXt", concat(ascii("Comment\0"), PHP));
    byte[] upload = concat(png, HTML);
    StoredImage stored = ImageUpload.process(upload, "image/png", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 120, 80);
    assertClean(stored, upload);
  }

  @Test
  void gifWithTrailingPhpIsAcceptedAndCleaned() throws Exception {
    byte[] upload = concat(TestImages.gif(120, 80), PHP, HTML);
    StoredImage stored = ImageUpload.process(upload, null, ImageKind.PRODUCT);
    assertStored(stored, "jpg", 120, 80);
    assertClean(stored, upload);
  }

  @Test
  void webpWithTrailingHtmlIsAcceptedAndCleaned() throws Exception {
    byte[] upload = concat(TestImages.resource("opaque-64x48.webp"), HTML, PHP);
    StoredImage stored = ImageUpload.process(upload, "image/webp", ImageKind.PRODUCT);
    assertStored(stored, "jpg", 64, 48);
    assertClean(stored, upload);
  }
}
