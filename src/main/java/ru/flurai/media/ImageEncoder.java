package ru.flurai.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import ru.flurai.platform.text.Sha256;

/**
 * Scales decoded pixels into the kind's box, turns them upright and writes them out afresh. Only
 * pixels survive: metadata (EXIF with GPS, comments) and anything smuggled around the image data
 * are gone because none of the client's bytes are copied.
 */
final class ImageEncoder {
  private static final float JPEG_QUALITY = 0.85f;

  private ImageEncoder() {}

  /**
   * The box applies to the upright picture; the stored pixels are scaled first and turned
   * afterwards, so the turn copies the small image, never the full-size one.
   */
  static StoredImage encode(BufferedImage source, Orientation orientation, ImageKind kind) {
    PixelSize target =
        orientation.upright(new PixelSize(source.getWidth(), source.getHeight())).fitInto(kind);
    boolean alpha = source.getColorModel().hasAlpha();
    BufferedImage pixels =
        orientation.apply(
            scale(
                source,
                orientation.upright(target),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB));
    if (alpha && !hasTransparentPixel(pixels)) {
      // an alpha channel that is opaque everywhere gains nothing from PNG: JPEG is far smaller for
      // photos
      pixels =
          draw(
              pixels,
              target,
              BufferedImage.TYPE_INT_RGB,
              RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      alpha = false;
    }
    byte[] bytes = alpha ? write(pixels, "png", null) : write(pixels, "jpeg", JPEG_QUALITY);
    return new StoredImage(
        bytes,
        alpha ? "image/png" : "image/jpeg",
        alpha ? "png" : "jpg",
        Sha256.hex(bytes),
        target.width(),
        target.height());
  }

  /**
   * Halves repeatedly, then steps to the exact size: one big bilinear/bicubic jump from 12000 px to
   * 1200 px samples only a few source pixels per output pixel and aliases badly. Always draws at
   * least once, which also converts palette/grey/CMYK-derived images into a type the writers
   * accept.
   */
  private static BufferedImage scale(BufferedImage source, PixelSize target, int type) {
    BufferedImage current = source;
    int w = source.getWidth();
    int h = source.getHeight();
    do {
      w = Math.max(target.width(), w / 2);
      h = Math.max(target.height(), h / 2);
      current =
          draw(current, new PixelSize(w, h), type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    } while (w != target.width() || h != target.height());
    return current;
  }

  private static BufferedImage draw(
      BufferedImage source, PixelSize size, int type, Object interpolation) {
    BufferedImage out = new BufferedImage(size.width(), size.height(), type);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, size.width(), size.height(), null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static boolean hasTransparentPixel(BufferedImage argb) {
    for (int pixel : ((DataBufferInt) argb.getRaster().getDataBuffer()).getData()) {
      if (pixel >>> 24 != 0xFF) {
        return true;
      }
    }
    return false;
  }

  private static byte[] write(BufferedImage image, String format, Float quality) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (quality != null) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
      }
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
