package ru.flurai.media;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Objects;
import ru.flurai.platform.domain.Invalid;

/**
 * Validates one uploaded image and produces what we store (PRODUCT.md §6, API.md §8). Every refusal
 * is a 400 {@link Invalid} with a Russian detail the seller panel shows as a toast.
 *
 * <p>Nothing the client sends is trusted: the format comes from the magic bytes, the declared type
 * may only agree with them, and the stored bytes are a fresh encoding of the decoded pixels, so
 * metadata and polyglot payloads (a JPEG with HTML or PHP appended) never reach storage. A JPEG's
 * EXIF orientation is applied to the pixels first, so a phone photo is stored upright although its
 * metadata is dropped.
 */
public final class ImageUpload {
  public static final int MIN_BYTES = 100;
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  static final String TOO_LARGE = "Файл слишком большой (максимум 10 МБ)";
  static final String TOO_SMALL = "Файл слишком маленький";
  static final String UNSUPPORTED =
      "Неподдерживаемый формат изображения: разрешены JPEG, PNG, WebP, GIF";
  static final String TYPE_MISMATCH = "Тип файла не совпадает с содержимым";

  private ImageUpload() {}

  /**
   * @param bytes the uploaded file
   * @param declaredType the multipart part's Content-Type; null and {@code
   *     application/octet-stream} mean "unknown"
   * @param kind what the image is for, which decides its size
   */
  public static StoredImage process(byte[] bytes, String declaredType, ImageKind kind) {
    Objects.requireNonNull(kind, "kind");
    checkSize(bytes);
    ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new Invalid(UNSUPPORTED));
    checkDeclaredType(declaredType, format);
    BufferedImage pixels = ImageDecoder.decode(bytes, format);
    Orientation orientation =
        format == ImageFormat.JPEG ? ExifOrientation.of(bytes) : Orientation.NORMAL;
    return ImageEncoder.encode(pixels, orientation, kind);
  }

  private static void checkSize(byte[] bytes) {
    if (bytes == null || bytes.length < MIN_BYTES) {
      throw new Invalid(TOO_SMALL);
    }
    if (bytes.length > MAX_BYTES) {
      throw new Invalid(TOO_LARGE);
    }
  }

  /**
   * A declared type is only a claim, but a wrong claim is refused: a file sent as image/png that is
   * really a JPEG (or anything sent as text/html) points at a confused or hostile client.
   */
  private static void checkDeclaredType(String declaredType, ImageFormat format) {
    if (declaredType == null) {
      return;
    }
    String type = declaredType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (type.isEmpty() || type.equals("application/octet-stream")) {
      return;
    }
    if (type.equals("image/jpg")) {
      type = "image/jpeg"; // a common misspelling that browsers and the original backend accept
    }
    if (!type.equals(format.mimeType())) {
      throw new Invalid(TYPE_MISMATCH);
    }
  }
}
