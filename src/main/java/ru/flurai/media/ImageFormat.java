package ru.flurai.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The upload formats we accept, recognised by their magic bytes only: the client's file name and
 * declared type are never trusted to say what a file is.
 */
public enum ImageFormat {
  JPEG("image/jpeg", "jpeg"),
  PNG("image/png", "png"),
  GIF("image/gif", "gif"),
  WEBP("image/webp", "webp");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  private final String mimeType;
  private final String imageIoName;

  ImageFormat(String mimeType, String imageIoName) {
    this.mimeType = mimeType;
    this.imageIoName = imageIoName;
  }

  public String mimeType() {
    return mimeType;
  }

  /** The ImageIO format name whose reader decodes this format. */
  String imageIoName() {
    return imageIoName;
  }

  /**
   * What the leading bytes say the file is; empty for anything that is not one of our four formats.
   */
  public static Optional<ImageFormat> sniff(byte[] b) {
    if (b == null) {
      return Optional.empty();
    }
    if (startsWith(b, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(b, 0, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
      return Optional.of(GIF);
    }
    // RIFF <4-byte size> WEBP: the size is checked later by the completeness check
    if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, int offset, byte... prefix) {
    if (b.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
