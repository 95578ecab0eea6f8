package ru.flurai.it;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Upload fixtures made in code (WebP comes from src/test/resources/media, the JDK cannot write it).
 */
public final class UploadImages {
  private UploadImages() {}

  public static BufferedImage photo(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(width * 31L + height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(
            x, y, ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | random.nextInt(64));
      }
    }
    return image;
  }

  public static byte[] jpeg(int width, int height) {
    return encode(photo(width, height), "jpeg");
  }

  public static byte[] png(int width, int height) {
    return encode(photo(width, height), "png");
  }

  public static byte[] gif(int width, int height) {
    return encode(photo(width, height), "gif");
  }

  public static byte[] webp() {
    try (InputStream in = UploadImages.class.getResourceAsStream("/media/opaque-64x48.webp")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A phone photo stored sideways: a grey JPEG with a red block in its stored top-left corner and
   * an APP1 EXIF segment (written byte by byte) whose IFD0 says Orientation = {@code orientation}.
   */
  public static byte[] exifJpeg(int width, int height, int orientation) {
    int block = Math.min(width, height) / 2;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, x < block && y < block ? 0xFF0000 : 0x808080);
      }
    }
    byte[] jpeg = encode(image, "jpeg");
    ByteBuffer app1 = ByteBuffer.allocate(2 + 2 + 6 + 26);
    app1.putShort((short) 0xFFE1)
        .putShort((short) (2 + 6 + 26))
        .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    app1.put("MM".getBytes(StandardCharsets.US_ASCII))
        .putShort((short) 42)
        .putInt(8)
        .putShort((short) 1);
    app1.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    app1.putInt(0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.writeBytes(app1.array());
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** True when the pixel is clearly red (JPEG keeps colours only approximately). */
  public static boolean red(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    return ((rgb >> 16) & 0xFF) > 170 && ((rgb >> 8) & 0xFF) < 90 && (rgb & 0xFF) < 90;
  }

  public static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  public static boolean contains(byte[] haystack, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + n.length <= haystack.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * A valid PNG header claiming the size, with a few hundred bytes of pixel data: a decompression
   * bomb.
   */
  public static byte[] pngClaiming(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    chunk(
        out,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array());
    byte[] scanlines = new byte[300];
    new Random(1).nextBytes(scanlines);
    Deflater deflater = new Deflater();
    deflater.setInput(scanlines);
    deflater.finish();
    byte[] compressed = new byte[1024];
    int length = deflater.deflate(compressed);
    deflater.end();
    chunk(out, "IDAT", Arrays.copyOf(compressed, length));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
