package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.media.TestBytes.ascii;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageFormatTest {

  @Test
  void sniffsTheFourFormatsFromTheirMagicBytes() {
    assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.sniff(TestImages.jpeg(8, 8)));
    assertEquals(Optional.of(ImageFormat.PNG), ImageFormat.sniff(TestImages.png(8, 8)));
    assertEquals(Optional.of(ImageFormat.GIF), ImageFormat.sniff(ascii("GIF87a....")));
    assertEquals(Optional.of(ImageFormat.GIF), ImageFormat.sniff(ascii("GIF89a....")));
    assertEquals(
        Optional.of(ImageFormat.WEBP), ImageFormat.sniff(TestImages.resource("opaque-64x48.webp")));
  }

  @Test
  void anythingElseIsUnknown() {
    assertEquals(Optional.empty(), ImageFormat.sniff(null));
    assertEquals(Optional.empty(), ImageFormat.sniff(new byte[0]));
    assertEquals(Optional.empty(), ImageFormat.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}));
    assertEquals(Optional.empty(), ImageFormat.sniff(ascii("RIFF\0\0\0\0WAVE")));
    assertEquals(Optional.empty(), ImageFormat.sniff(ascii("RIFF\0\0\0\0WEB")));
    assertEquals(Optional.empty(), ImageFormat.sniff(ascii("\u0089PNG\r\n\u001a")));
    assertEquals(Optional.empty(), ImageFormat.sniff(ascii("GIF88a")));
    assertEquals(Optional.empty(), ImageFormat.sniff(ascii("<html>")));
  }

  @Test
  void mimeTypes() {
    assertEquals("image/jpeg", ImageFormat.JPEG.mimeType());
    assertEquals("image/png", ImageFormat.PNG.mimeType());
    assertEquals("image/gif", ImageFormat.GIF.mimeType());
    assertEquals("image/webp", ImageFormat.WEBP.mimeType());
  }
}
