package ru.flurai.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * JPEGs as phones write them: an APP1 "Exif" segment (a big-endian TIFF header and IFD0) right
 * after SOI, written here byte by byte so the reader under test is not also the writer of its
 * fixtures.
 */
final class ExifJpegs {
  static final int RED = 0xFF0000;
  static final int GREEN = 0x00FF00;
  static final int GREY = 0x808080;

  private ExifJpegs() {}

  /**
   * Grey, with a red block in the stored top-left corner and a green one in the stored top-right
   * corner.
   */
  static BufferedImage marked(int width, int height) {
    int block = Math.max(1, Math.min(width, height) / 2);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = y >= block ? GREY : x < block ? RED : x >= width - block ? GREEN : GREY;
        image.setRGB(x, y, rgb);
      }
    }
    return image;
  }

  /**
   * A JPEG of {@code image} whose IFD0 has one entry: Orientation (tag 274, SHORT) = {@code
   * orientation}.
   */
  static byte[] withOrientation(BufferedImage image, int orientation) {
    return withApp1(TestImages.jpegOf(image), exif(tiff(ByteOrder.BIG_ENDIAN, orientation, 0)));
  }

  /**
   * A TIFF block ("MM" or "II", 42, IFD0 at offset 8) whose IFD0 holds only Orientation = {@code
   * orientation} and links to the next IFD at {@code nextIfd} (0: none; 8: itself, a loop).
   */
  static byte[] tiff(ByteOrder order, int orientation, int nextIfd) {
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
    tiff.put((order == ByteOrder.BIG_ENDIAN ? "MM" : "II").getBytes(StandardCharsets.US_ASCII));
    tiff.putShort((short) 42).putInt(8);
    tiff.putShort((short) 1); // one entry
    tiff.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    tiff.putInt(nextIfd);
    return tiff.array();
  }

  /** "Exif\0\0" followed by {@code tiff}. */
  static byte[] exif(byte[] tiff) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(tiff);
    return out.toByteArray();
  }

  /** {@code jpeg} with an APP1 segment carrying {@code payload} inserted right after SOI. */
  static byte[] withApp1(byte[] jpeg, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xD8);
    out.write(0xFF);
    out.write(0xE1);
    int length = payload.length + 2;
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes(payload);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }
}
