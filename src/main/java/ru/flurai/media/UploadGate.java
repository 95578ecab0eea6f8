package ru.flurai.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import ru.flurai.platform.domain.Unavailable;

/**
 * Accepts one uploaded image: reads the multipart body with its size limit, then validates and
 * re-encodes it. At most {@link #CONCURRENT_DECODES} decodes run at once per instance: a
 * 40-megapixel image needs about 160 MB of raster, and a burst of uploads must not exhaust the heap
 * the rest of the service runs in. A decode that cannot start within the wait is refused with 503
 * rather than queued without bound.
 */
@ApplicationScoped
public class UploadGate {
  static final int CONCURRENT_DECODES = 2;
  static final String BUSY =
      "Сервер обрабатывает много изображений, попробуйте ещё раз через минуту";
  private static final long WAIT_MILLIS = 30_000;

  private final Semaphore decodes;
  private final long waitMillis;

  public UploadGate() {
    this(CONCURRENT_DECODES, WAIT_MILLIS);
  }

  UploadGate(int permits, long waitMillis) {
    this.decodes = new Semaphore(permits, true);
    this.waitMillis = waitMillis;
  }

  public StoredImage accept(
      String contentType, Long contentLength, InputStream body, ImageKind kind) {
    MultipartFile file = MultipartFile.read(contentType, contentLength, body, "file");
    return limited(() -> ImageUpload.process(file.bytes(), file.contentType(), kind));
  }

  <T> T limited(Supplier<T> decode) {
    try {
      if (!decodes.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
        throw new Unavailable(BUSY);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable(BUSY);
    }
    try {
      return decode.get();
    } finally {
      decodes.release();
    }
  }
}
