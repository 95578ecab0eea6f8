package ru.flurai.media;

import java.util.zip.CRC32;

/**
 * Walks a file's container structure to prove it was not cut short. Decoders are lenient: the JDK
 * returns a half-grey picture for a truncated JPEG without any error, so "it decoded" is not proof
 * of an intact upload.
 *
 * <p>Each walk stops at the format's end marker; bytes after it (a polyglot tail) are ignored here
 * and disappear when the image is re-encoded.
 */
final class ImageCompleteness {
  private ImageCompleteness() {}

  static boolean isComplete(byte[] b, ImageFormat format) {
    return switch (format) {
      case JPEG -> JpegCompleteness.isComplete(b);
      case PNG -> png(b);
      case GIF -> gif(b);
      case WEBP -> webp(b);
    };
  }

  /** Chunk walk to IEND; critical chunks must also pass their CRC, as libpng demands. */
  private static boolean png(byte[] b) {
    int i = 8;
    while (i + 12 <= b.length) {
      long length = u32(b, i);
      if (length > b.length - i - 12L) {
        return false;
      }
      int len = (int) length;
      boolean critical = (b[i + 4] & 0x20) == 0;
      if (critical) {
        CRC32 crc = new CRC32();
        crc.update(b, i + 4, 4 + len);
        if (crc.getValue() != u32(b, i + 8 + len)) {
          return false;
        }
      }
      if (b[i + 4] == 'I' && b[i + 5] == 'E' && b[i + 6] == 'N' && b[i + 7] == 'D') {
        return true;
      }
      i += 12 + len;
    }
    return false;
  }

  /** Block walk to the trailer byte 0x3B. */
  private static boolean gif(byte[] b) {
    if (b.length < 13) {
      return false;
    }
    int i = 13 + colorTableSize(b[10]);
    while (i < b.length) {
      int block = b[i] & 0xFF;
      if (block == 0x3B) {
        return true;
      } else if (block == 0x21) {
        i = skipSubBlocks(b, i + 2); // introducer, label
      } else if (block == 0x2C && i + 10 <= b.length) {
        i =
            skipSubBlocks(
                b, i + 10 + colorTableSize(b[i + 9]) + 1); // descriptor, table, LZW code size
      } else {
        return false;
      }
    }
    return false;
  }

  private static int colorTableSize(byte flags) {
    return (flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1));
  }

  private static int skipSubBlocks(byte[] b, int i) {
    while (i < b.length) {
      int size = b[i] & 0xFF;
      i += 1 + size;
      if (size == 0) {
        return i;
      }
    }
    return Integer.MAX_VALUE; // ran off the end: the caller's loop ends and reports truncation
  }

  /** The RIFF size must fit in the file and the chunks must tile it exactly. */
  private static boolean webp(byte[] b) {
    if (b.length < 12) {
      return false;
    }
    long end = 8 + u32le(b, 4);
    if (end > b.length) {
      return false;
    }
    long i = 12;
    while (i + 8 <= end) {
      long size = u32le(b, (int) i + 4);
      i += 8 + size + (size & 1);
    }
    return i == end;
  }

  static int u16(byte[] b, int i) {
    return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
  }

  private static long u32(byte[] b, int i) {
    return ((long) u16(b, i) << 16) | u16(b, i + 2);
  }

  private static long u32le(byte[] b, int i) {
    return (b[i] & 0xFFL)
        | (b[i + 1] & 0xFFL) << 8
        | (b[i + 2] & 0xFFL) << 16
        | (b[i + 3] & 0xFFL) << 24;
  }
}
