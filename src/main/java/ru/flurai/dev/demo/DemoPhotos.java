package ru.flurai.dev.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import ru.flurai.media.ImageKind;
import ru.flurai.media.ImageUpload;
import ru.flurai.media.StoredImage;

/**
 * Product pictures drawn in code: a diagonal gradient in the shop's colours, a simple flower and
 * the shop's initial. They go through the same validation and re-encoding as a seller's upload, so
 * they are stored exactly like real photos. Deterministic: the same shop and variant always give
 * the same bytes (and the same content hash).
 */
public final class DemoPhotos {
  private static final Logger LOG = Logger.getLogger(DemoPhotos.class.getName());
  static final int SIZE = 600;

  private DemoPhotos() {}

  public static StoredImage photo(int colorFrom, int colorTo, char initial, int variant) {
    return ImageUpload.process(
        png(colorFrom, colorTo, initial, variant), "image/png", ImageKind.PRODUCT);
  }

  static byte[] png(int colorFrom, int colorTo, char initial, int variant) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      boolean flip = variant % 2 == 1;
      g.setPaint(
          new GradientPaint(
              0,
              0,
              new Color(flip ? colorTo : colorFrom),
              SIZE,
              SIZE,
              new Color(flip ? colorFrom : colorTo)));
      g.fillRect(0, 0, SIZE, SIZE);
      flower(g, SIZE / 2.0, SIZE / 2.0 - 40 + (variant % 4) * 30, 5 + variant % 3);
      letter(g, initial);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void flower(Graphics2D g, double cx, double cy, int petals) {
    g.setColor(new Color(255, 255, 255, 200));
    double r = 70;
    for (int i = 0; i < petals; i++) {
      double a = 2 * Math.PI * i / petals;
      g.fill(new Ellipse2D.Double(cx + Math.cos(a) * r - 55, cy + Math.sin(a) * r - 55, 110, 110));
    }
    g.setColor(new Color(255, 213, 79));
    g.fill(new Ellipse2D.Double(cx - 45, cy - 45, 90, 90));
  }

  /** Best effort: a server without any font still gets the picture, just without the letter. */
  private static void letter(Graphics2D g, char initial) {
    try {
      g.setColor(new Color(255, 255, 255, 230));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
      String s = String.valueOf(initial);
      int width = g.getFontMetrics().stringWidth(s);
      g.drawString(s, (SIZE - width) / 2, SIZE - 60);
    } catch (RuntimeException | LinkageError e) {
      LOG.fine(() -> "demo photos without a letter: " + e);
    }
  }
}
