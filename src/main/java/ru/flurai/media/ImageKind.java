package ru.flurai.media;

/**
 * What an upload is for, which decides the box it is scaled into. Images are only ever scaled down,
 * keeping their aspect ratio.
 */
public enum ImageKind {
  /**
   * Product photos fit into a 1200×1200 box (the panel already crops them square on the client).
   */
  PRODUCT(1200, 1200),
  /** Shop banners are limited to 1920 px wide; their height follows the aspect ratio. */
  BANNER(1920, Integer.MAX_VALUE);

  private final int maxWidth;
  private final int maxHeight;

  ImageKind(int maxWidth, int maxHeight) {
    this.maxWidth = maxWidth;
    this.maxHeight = maxHeight;
  }

  public int maxWidth() {
    return maxWidth;
  }

  public int maxHeight() {
    return maxHeight;
  }
}
