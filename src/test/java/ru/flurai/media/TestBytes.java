package ru.flurai.media;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Byte-level surgery on fixtures: hand-made PNGs, payload injection, searching outputs. */
final class TestBytes {
  private TestBytes() {}

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static byte[] cut(byte[] b, int length) {
    return Arrays.copyOf(b, length);
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Puts a JPEG segment (e.g. COM 0xFE or APP1 0xE1) right after SOI. */
  static byte[] withJpegSegment(byte[] jpeg, int marker, byte[] payload) {
    byte[] header = {
      (byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)
    };
    return concat(cut(jpeg, 2), header, payload, Arrays.copyOfRange(jpeg, 2, jpeg.length));
  }

  /** Puts an ancillary PNG chunk (e.g. tEXt) right after IHDR. */
  static byte[] withPngChunk(byte[] png, String type, byte[] data) {
    int afterIhdr = 8 + 12 + 13;
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    pngChunk(chunk, type, data);
    return concat(
        cut(png, afterIhdr), chunk.toByteArray(), Arrays.copyOfRange(png, afterIhdr, png.length));
  }

  /**
   * A structurally valid PNG that claims the given size but carries only a few hundred bytes of
   * pixel data: what a decompression bomb looks like to a header check.
   */
  static byte[] pngClaiming(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    pngChunk(
        out,
        "IHDR",
        ByteBuffer.allocate(13)
            .putInt(width)
            .putInt(height)
            .put((byte) 8)
            .put((byte) 2)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .array());
    byte[] scanlineStart = new byte[300];
    new Random(1).nextBytes(scanlineStart);
    Deflater deflater = new Deflater();
    deflater.setInput(scanlineStart);
    deflater.finish();
    byte[] compressed = new byte[1024];
    int length = deflater.deflate(compressed);
    deflater.end();
    pngChunk(out, "IDAT", Arrays.copyOf(compressed, length));
    pngChunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typeBytes = ascii(type);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
