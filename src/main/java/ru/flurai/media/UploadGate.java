package ru.flurai.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import ru.flurai.platform.http.ApiException;

/**
 * Accepts one uploaded image: reads the multipart body with its size limit, then validates and re-encodes it. At
 * most {@link #CONCURRENT_DECODES} decodes run at once per instance: a 40-megapixel image needs about 160 MB of
 * raster, and a burst of uploads must not exhaust the heap the rest of the service runs in.
 */
@ApplicationScoped
public class UploadGate {
  static final int CONCURRENT_DECODES = 2;
  private static final long WAIT_SECONDS = 30;

  private final Semaphore decodes = new Semaphore(CONCURRENT_DECODES, true);

  public StoredImage accept(String contentType, Long contentLength, InputStream body, ImageKind kind) {
    MultipartFile file = MultipartFile.read(contentType, contentLength, body, "file");
    try {
      if (!decodes.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new ApiException(503, "Сервер обрабатывает много изображений, попробуйте ещё раз через минуту");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "Сервис временно недоступен");
    }
    try {
      return ImageUpload.process(file.bytes(), file.contentType(), kind);
    } finally {
      decodes.release();
    }
  }
}
