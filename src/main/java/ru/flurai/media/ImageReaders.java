package ru.flurai.media;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;

/**
 * Finds the decoder for a sniffed format.
 *
 * <p>ImageIO's global registry is filled from the class path of whoever first touched ImageIO
 * (inside Liberty that is the server, not our WAR), so a reader packaged in WEB-INF/lib
 * (TwelveMonkeys WebP) is usually not in it. We load reader SPIs through this class's own class
 * loader and use them directly. We deliberately do not register them in {@code
 * IIORegistry.getDefaultInstance()}: that registry outlives the application, and holding our
 * classes there would pin the WAR's class loader after a redeploy. The JDK's own readers (JPEG,
 * PNG, GIF) are always in the global registry, so it stays the fallback.
 */
final class ImageReaders {
  private static final List<ImageReaderSpi> BUNDLED = load();

  private ImageReaders() {}

  /** A fresh reader for the format; the caller must {@code dispose()} it. */
  static ImageReader create(ImageFormat format) throws IOException {
    String name = format.imageIoName();
    for (ImageReaderSpi spi : BUNDLED) {
      if (Arrays.stream(spi.getFormatNames()).anyMatch(name::equalsIgnoreCase)) {
        return spi.createReaderInstance();
      }
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name);
    if (!readers.hasNext()) {
      // a packaging fault, not the client's: surfaces as a 500 rather than a misleading 400
      throw new IllegalStateException("No ImageIO reader for " + name);
    }
    return readers.next();
  }

  private static List<ImageReaderSpi> load() {
    return ServiceLoader.load(ImageReaderSpi.class, ImageReaders.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .toList();
  }
}
