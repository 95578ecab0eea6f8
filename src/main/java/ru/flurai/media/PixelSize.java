package ru.flurai.media;

/** Width and height of an image in pixels. */
record PixelSize(int width, int height) {

  /**
   * The largest size that fits into the kind's box keeping the aspect ratio; never larger than this
   * one.
   */
  PixelSize fitInto(ImageKind kind) {
    double scale =
        Math.min(
            1.0, Math.min((double) kind.maxWidth() / width, (double) kind.maxHeight() / height));
    if (scale >= 1.0) {
      return this;
    }
    int w = (int) Math.min(kind.maxWidth(), Math.max(1, Math.round(width * scale)));
    int h = (int) Math.min(kind.maxHeight(), Math.max(1, Math.round(height * scale)));
    return new PixelSize(w, h);
  }
}
