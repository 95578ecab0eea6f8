package ru.flurai.media;

/**
 * The JPEG part of {@link ImageCompleteness}: a JPEG is whole only if its segment chain reaches EOI
 * (FF D9). Searching for FF D9 anywhere is not enough, since an embedded EXIF thumbnail carries its
 * own EOI.
 */
final class JpegCompleteness {
  private JpegCompleteness() {}

  /**
   * Segment walk from SOI to EOI, stepping over entropy-coded data so a thumbnail's EOI cannot fool
   * us.
   */
  static boolean isComplete(byte[] b) {
    int n = b.length;
    int i = 2;
    while (true) {
      while (i < n && b[i] != (byte) 0xFF) {
        i++; // stray bytes between segments: libjpeg tolerates them, so do we
      }
      while (i < n && b[i] == (byte) 0xFF) {
        i++; // fill bytes
      }
      if (i >= n) {
        return false;
      }
      int marker = b[i] & 0xFF;
      i++;
      if (marker == 0xD9) {
        return true;
      }
      if (marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) {
        continue; // markers without a length
      }
      if (i + 2 > n) {
        return false;
      }
      int length = ImageCompleteness.u16(b, i);
      if (length < 2) {
        return false;
      }
      i += length;
      if (marker == 0xDA) {
        i = skipEntropyData(b, i);
      }
    }
  }

  /**
   * Returns the index of the 0xFF that starts the next real marker, or {@code b.length} when there
   * is none.
   */
  private static int skipEntropyData(byte[] b, int i) {
    int n = b.length;
    while (i + 1 < n) {
      if (b[i] != (byte) 0xFF) {
        i++;
        continue;
      }
      int next = b[i + 1] & 0xFF;
      if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
        i += 2; // stuffed 0xFF or restart marker: still inside the scan
      } else if (next == 0xFF) {
        i++;
      } else {
        return i;
      }
    }
    return n;
  }
}
