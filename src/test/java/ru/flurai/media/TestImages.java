package ru.flurai.media;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Builds upload fixtures in memory; only WebP needs committed files (the JDK has no WebP writer).
 */
final class TestImages {
  private TestImages() {}

  /**
   * An opaque picture with a gradient and some noise, so encoders cannot squeeze it under 100
   * bytes.
   */
  static BufferedImage photo(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(width * 31L + height);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int r = x * 255 / width;
        int g = y * 255 / height;
        image.setRGB(x, y, (r << 16) | (g << 8) | random.nextInt(64));
      }
    }
    return image;
  }

  static byte[] jpeg(int width, int height) {
    return encode(photo(width, height), "jpeg", false);
  }

  static byte[] jpegOf(BufferedImage image) {
    return encode(image, "jpeg", false);
  }

  static byte[] pngOf(BufferedImage image) {
    return encode(image, "png", false);
  }

  static byte[] progressiveJpeg(int width, int height) {
    return encode(photo(width, height), "jpeg", true);
  }

  static byte[] png(int width, int height) {
    return encode(photo(width, height), "png", false);
  }

  static byte[] gif(int width, int height) {
    return encode(photo(width, height), "gif", false);
  }

  /**
   * An ARGB PNG whose right half is fully transparent, or fully opaque with an alpha channel all
   * the same.
   */
  static byte[] pngWithAlpha(int width, int height, boolean transparentRightHalf) {
    BufferedImage opaque = photo(width, height);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int alpha = transparentRightHalf && x >= width / 2 ? 0 : 0xFF;
        image.setRGB(x, y, (alpha << 24) | (opaque.getRGB(x, y) & 0xFFFFFF));
      }
    }
    return encode(image, "png", false);
  }

  /** A palette GIF whose palette index 0 is transparent and fills the left half. */
  static byte[] gifWithTransparency(int width, int height) {
    byte[] reds = {0, (byte) 255, 0, 0};
    byte[] greens = {0, 0, (byte) 255, 0};
    byte[] blues = {0, 0, 0, (byte) 255};
    IndexColorModel palette = new IndexColorModel(2, 4, reds, greens, blues, 0);
    BufferedImage image =
        new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, palette);
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int index = x < width / 2 ? 0 : 1 + random.nextInt(3);
        image.getRaster().setSample(x, y, 0, index);
      }
    }
    return encode(image, "gif", false);
  }

  /** A two-frame GIF: a red frame, then a blue one. */
  static byte[] animatedGif(int width, int height) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      for (int rgb : new int[] {0xFF0000, 0x0000FF}) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
          for (int x = 0; x < width; x++) {
            frame.setRGB(x, y, rgb ^ ((x * y) & 0x0F)); // a little texture so the file is not tiny
          }
        }
        writer.writeToSequence(new IIOImage(frame, null, null), null);
      }
      writer.endWriteSequence();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  static byte[] resource(String name) {
    try (InputStream in = TestImages.class.getResourceAsStream("/media/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource /media/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage decode(byte[] bytes) {
    try {
      return ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] encode(BufferedImage image, String format, boolean progressive) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (progressive) {
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      }
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
