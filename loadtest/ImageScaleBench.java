import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Image scaling: the service's own progressive halving (ru.flurai.media.ImageEncoder.scale) against
 * Thumbnailator on the same decoded pixels, for the product box (1200x1200). A plain loop, no JMH: it
 * warms up, then prints the median and p90 of each, and the mean absolute pixel difference between
 * the two outputs. It never fails anything.
 *
 *   mvn -B -q -DskipTests -DskipITs compile
 *   java -cp target/classes:$HOME/.m2/repository/net/coobird/thumbnailator/0.4.20/thumbnailator-0.4.20.jar \
 *     loadtest/ImageScaleBench.java [runs=15]
 */
public class ImageScaleBench {
  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Class<?> encoder = Class.forName("ru.flurai.media.ImageEncoder");
    Class<?> size = Class.forName("ru.flurai.media.PixelSize");
    Method scale = encoder.getDeclaredMethod("scale", BufferedImage.class, size, int.class);
    scale.setAccessible(true);
    Constructor<?> newSize = size.getDeclaredConstructor(int.class, int.class);
    newSize.setAccessible(true);
    for (int[] wh : new int[][] {{4000, 3000}, {2400, 2400}, {12000, 9000}}) {
      BufferedImage source = photo(wh[0], wh[1]);
      double f = Math.min(1200.0 / wh[0], 1200.0 / wh[1]);
      int tw = (int) Math.round(wh[0] * f);
      int th = (int) Math.round(wh[1] * f);
      Object target = newSize.newInstance(tw, th);
      BufferedImage[] ours = new BufferedImage[1];
      BufferedImage[] theirs = new BufferedImage[1];
      long[] a = time(runs, () -> ours[0] = (BufferedImage) scale.invoke(null, source, target, BufferedImage.TYPE_INT_RGB));
      long[] b = time(runs, () -> theirs[0] = Thumbnails.of(source).size(tw, th).imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage());
      System.out.printf(
          "%dx%d -> %dx%d  ImageEncoder.scale: median %d ms, p90 %d ms | Thumbnailator: median %d ms, p90 %d ms | mean |diff| %.2f of 255 (outputs %dx%d and %dx%d)%n",
          wh[0], wh[1], tw, th, a[0], a[1], b[0], b[1], diff(ours[0], theirs[0]),
          ours[0].getWidth(), ours[0].getHeight(), theirs[0].getWidth(), theirs[0].getHeight());
    }
    BufferedImage source = photo(4000, 3000);
    long[] jpegOurs = time(runs, () -> {
      Object target = newSize.newInstance(1200, 900);
      BufferedImage s = (BufferedImage) scale.invoke(null, source, target, BufferedImage.TYPE_INT_RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(s, "jpeg", out);
      return s;
    });
    long[] jpegTheirs = time(runs, () -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Thumbnails.of(source).size(1200, 900).outputFormat("jpg").outputQuality(0.85f).toOutputStream(out);
      return null;
    });
    System.out.printf("4000x3000 -> 1200x900 + JPEG  ours: median %d ms | Thumbnailator: median %d ms%n", jpegOurs[0], jpegTheirs[0]);
  }

  interface Work {
    Object run() throws Exception;
  }

  static long[] time(int runs, Work work) throws Exception {
    for (int i = 0; i < 3; i++) {
      work.run();
    }
    long[] ms = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - t) / 1_000_000;
    }
    Arrays.sort(ms);
    return new long[] {ms[runs / 2], ms[(int) Math.ceil(runs * 0.9) - 1]};
  }

  /** Something photo-like: gradients, noise and hard edges (aliasing shows on edges). */
  static BufferedImage photo(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(200, 40, 90), w, h, new Color(30, 160, 70)));
    g.fillRect(0, 0, w, h);
    g.setColor(Color.WHITE);
    for (int x = 0; x < w; x += 7) {
      g.drawLine(x, 0, x + h / 3, h);
    }
    g.dispose();
    Random r = new Random(1);
    for (int i = 0; i < w * h / 20; i++) {
      img.setRGB(r.nextInt(w), r.nextInt(h), r.nextInt(0xFFFFFF));
    }
    return img;
  }

  static double diff(BufferedImage a, BufferedImage b) {
    int w = Math.min(a.getWidth(), b.getWidth());
    int h = Math.min(a.getHeight(), b.getHeight());
    long sum = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int s = 0; s <= 16; s += 8) {
          sum += Math.abs(((p >> s) & 0xFF) - ((q >> s) & 0xFF));
        }
      }
    }
    return sum / (3.0 * w * h);
  }
}
