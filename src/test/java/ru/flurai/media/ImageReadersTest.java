package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import org.junit.jupiter.api.Test;

/**
 * WebP must decode even when ImageIO's global registry has never heard of the plugin, as inside
 * Liberty, where the registry is filled from the server's class path rather than the WAR's.
 */
class ImageReadersTest {

  @Test
  void webpDecodesWithoutTheGlobalRegistryAndWithABareContextClassLoader() throws Exception {
    IIORegistry registry = IIORegistry.getDefaultInstance();
    List<ImageReaderSpi> removed = new ArrayList<>();
    registry
        .getServiceProviders(ImageReaderSpi.class, true)
        .forEachRemaining(
            spi -> {
              if (List.of(spi.getFormatNames()).contains("webp")) {
                removed.add(spi);
              }
            });
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try {
      removed.forEach(spi -> registry.deregisterServiceProvider(spi, ImageReaderSpi.class));
      thread.setContextClassLoader(new ClassLoader(null) {});
      assertFalse(
          ImageIO.getImageReadersByFormatName("webp").hasNext(),
          "precondition: registry has no WebP");

      StoredImage stored =
          ImageUpload.process(
              TestImages.resource("opaque-64x48.webp"), "image/webp", ImageKind.PRODUCT);
      assertEquals(64, stored.width());
      assertEquals("image/jpeg", stored.contentType());
    } finally {
      thread.setContextClassLoader(original);
      removed.forEach(spi -> registry.registerServiceProvider(spi, ImageReaderSpi.class));
    }
  }

  @Test
  void everyFormatHasAReader() throws Exception {
    for (ImageFormat format : ImageFormat.values()) {
      var reader = ImageReaders.create(format);
      try {
        assertTrue(
            List.of(reader.getOriginatingProvider().getFormatNames())
                .contains(format.imageIoName()),
            format.name());
      } finally {
        reader.dispose();
      }
    }
  }
}
