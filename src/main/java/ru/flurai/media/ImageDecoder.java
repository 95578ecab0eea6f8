package ru.flurai.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import ru.flurai.platform.domain.Invalid;

/**
 * Turns validated upload bytes into pixels, refusing anything that would be dangerous or wrong to
 * decode.
 *
 * <p>Order matters: the dimensions come from the header alone, so a decompression bomb (a few KB
 * that claim 20000×20000) is refused before a raster is allocated; the structure walk then rejects
 * truncated files, which decoders would otherwise "decode" into partly grey pictures.
 */
final class ImageDecoder {
  static final long MAX_PIXELS = 40_000_000L;
  static final int MAX_SIDE = 12_000;

  static final String CORRUPT = "Изображение повреждено или не читается";
  static final String TOO_MANY_PIXELS = "Изображение слишком большое по количеству пикселей";
  static final String SIDE_TOO_LONG =
      "Изображение слишком большое: каждая сторона должна быть не больше " + MAX_SIDE + " пикселей";

  private static final Logger LOG = Logger.getLogger(ImageDecoder.class.getName());

  private ImageDecoder() {}

  /**
   * The first frame (animated GIF/WebP: the first picture) of an image whose format was already
   * sniffed.
   */
  static BufferedImage decode(byte[] bytes, ImageFormat format) {
    ImageReader reader = newReader(format);
    // memory-backed stream: ImageIO.createImageInputStream might spool uploads into temp files
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      // seek-forward-only and no metadata: we want frame 0's pixels and nothing the client embedded
      // around them
      reader.setInput(in, true, true);
      checkDimensions(headerSize(reader));
      if (!ImageCompleteness.isComplete(bytes, format)) {
        throw new Invalid(CORRUPT);
      }
      return readPixels(reader);
    } catch (IOException e) {
      throw corrupt(e);
    } finally {
      reader.dispose();
    }
  }

  static void checkDimensions(PixelSize size) {
    if ((long) size.width() * size.height() > MAX_PIXELS) {
      throw new Invalid(TOO_MANY_PIXELS);
    }
    if (size.width() > MAX_SIDE || size.height() > MAX_SIDE) {
      throw new Invalid(SIDE_TOO_LONG);
    }
    if (size.width() < 1 || size.height() < 1) {
      throw new Invalid(CORRUPT);
    }
  }

  private static ImageReader newReader(ImageFormat format) {
    try {
      return ImageReaders.create(format);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create the " + format + " reader", e);
    }
  }

  private static PixelSize headerSize(ImageReader reader) {
    try {
      return new PixelSize(reader.getWidth(0), reader.getHeight(0));
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  private static BufferedImage readPixels(ImageReader reader) {
    try {
      return reader.read(0);
    } catch (IOException | RuntimeException e) {
      // decoders signal malformed input with all sorts of unchecked exceptions (IndexOutOfBounds,
      // IllegalState…)
      throw corrupt(e);
    }
  }

  private static Invalid corrupt(Exception cause) {
    LOG.log(Level.FINE, "Refused an undecodable upload", cause);
    return new Invalid(CORRUPT);
  }
}
