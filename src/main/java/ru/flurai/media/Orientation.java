package ru.flurai.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The eight EXIF orientations (TIFF tag 274): how the stored pixels must be turned to be shown
 * upright. The names say what is done to the stored picture; {@link #code()} is the tag's value.
 */
enum Orientation {
  NORMAL(1),
  MIRROR_HORIZONTAL(2),
  ROTATE_180(3),
  MIRROR_VERTICAL(4),
  TRANSPOSE(5),
  ROTATE_90_CW(6),
  TRANSVERSE(7),
  ROTATE_270_CW(8);

  private final int code;

  Orientation(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  /** The orientation with this tag value; anything outside 1..8 is {@link #NORMAL}. */
  static Orientation of(int code) {
    return code >= 1 && code <= 8 ? values()[code - 1] : NORMAL;
  }

  /** True when width and height trade places. */
  boolean transposes() {
    return code >= 5;
  }

  /** The upright size of a stored picture of {@code stored} size. */
  PixelSize upright(PixelSize stored) {
    return transposes() ? new PixelSize(stored.height(), stored.width()) : stored;
  }

  /**
   * The upright picture. {@code image} must be {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} (what
   * the encoder draws into); the result has the same type.
   */
  BufferedImage apply(BufferedImage image) {
    if (this == NORMAL) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    PixelSize out = upright(new PixelSize(w, h));
    BufferedImage result = new BufferedImage(out.width(), out.height(), image.getType());
    int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int[] dst = ((DataBufferInt) result.getRaster().getDataBuffer()).getData();
    for (int y = 0; y < out.height(); y++) {
      for (int x = 0; x < out.width(); x++) {
        dst[y * out.width() + x] = src[sourceIndex(x, y, w, h)];
      }
    }
    return result;
  }

  /** Where the upright pixel (x, y) lies in a stored picture w × h. */
  private int sourceIndex(int x, int y, int w, int h) {
    return switch (this) {
      case NORMAL -> y * w + x;
      case MIRROR_HORIZONTAL -> y * w + (w - 1 - x);
      case ROTATE_180 -> (h - 1 - y) * w + (w - 1 - x);
      case MIRROR_VERTICAL -> (h - 1 - y) * w + x;
      case TRANSPOSE -> x * w + y;
      case ROTATE_90_CW -> (h - 1 - x) * w + y;
      case TRANSVERSE -> (h - 1 - x) * w + (w - 1 - y);
      case ROTATE_270_CW -> x * w + (w - 1 - y);
    };
  }
}
