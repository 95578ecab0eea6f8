package ru.flurai.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.TooLarge;

/**
 * One file field of a {@code multipart/form-data} request body, read with a hard size limit before
 * anything is parsed. Only the part's bytes and declared type are kept: the client's file name is
 * never read into anything.
 *
 * @param bytes the part's content
 * @param contentType the part's declared Content-Type, or null
 */
public record MultipartFile(byte[] bytes, String contentType) {
  /** The largest body accepted: one 10 MB image plus generous room for the multipart framing. */
  public static final int MAX_BODY = ImageUpload.MAX_BYTES + 256 * 1024;

  static final String TOO_LARGE = "Файл слишком большой (максимум 10 МБ)";
  static final String NOT_MULTIPART = "Ожидается multipart/form-data с файлом в поле file";
  static final String NO_FILE = "Файл не передан: ожидается поле file";

  /**
   * How much of an oversized body is read and thrown away, so the client gets the 413 instead of a
   * reset.
   */
  private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i);\\s*boundary\\s*=\\s*(?:\"([^\"]{1,70})\"|([^\\s;\"]{1,70}))");
  private static final Pattern NAME =
      Pattern.compile("(?i);\\s*name\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;]*))");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  /**
   * Reads at most {@link #MAX_BODY} bytes of {@code body} and returns the part named {@code field}.
   */
  public static MultipartFile read(
      String contentType, Long declaredLength, InputStream body, String field) {
    byte[] boundary =
        boundary(contentType)
            .map(b -> ("--" + b).getBytes(StandardCharsets.ISO_8859_1))
            .orElseThrow(() -> new Invalid(NOT_MULTIPART));
    if (declaredLength != null && declaredLength > MAX_BODY) {
      throw tooLarge(body);
    }
    byte[] bytes = readBounded(body);
    return part(bytes, boundary, field).orElseThrow(() -> new Invalid(NO_FILE));
  }

  static Optional<String> boundary(String contentType) {
    if (contentType == null
        || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return Optional.empty();
    }
    Matcher m = BOUNDARY.matcher(contentType);
    return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
  }

  private static byte[] readBounded(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw tooLarge(body);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TooLarge tooLarge(InputStream body) {
    try {
      long skipped = 0;
      byte[] sink = new byte[64 * 1024];
      int n;
      while (skipped < DRAIN_LIMIT && (n = body.read(sink)) > 0) {
        skipped += n;
      }
    } catch (IOException e) {
      // the client went away; the answer no longer matters
    }
    return new TooLarge(TOO_LARGE);
  }

  /** The first part whose Content-Disposition names {@code field}. */
  static Optional<MultipartFile> part(byte[] body, byte[] delimiter, String field) {
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int start = at + delimiter.length;
      if (startsWith(body, start, new byte[] {'-', '-'}) || !startsWith(body, start, CRLF)) {
        return Optional.empty(); // the closing delimiter, or garbage
      }
      int headersEnd = indexOf(body, HEADER_END, start + 2);
      if (headersEnd < 0) {
        return Optional.empty();
      }
      byte[] next = concat(CRLF, delimiter);
      int end = indexOf(body, next, headersEnd + 4);
      if (end < 0) {
        return Optional.empty(); // an unterminated part is a truncated request
      }
      String headers = new String(body, start + 2, headersEnd - start - 2, StandardCharsets.UTF_8);
      if (field.equals(
          header(headers, "content-disposition").flatMap(MultipartFile::name).orElse(null))) {
        return Optional.of(
            new MultipartFile(
                Arrays.copyOfRange(body, headersEnd + 4, end),
                header(headers, "content-type").orElse(null)));
      }
      at = end + 2;
    }
    return Optional.empty();
  }

  private static Optional<String> header(String headers, String name) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
        return Optional.of(line.substring(colon + 1).strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> name(String disposition) {
    Matcher m = NAME.matcher(disposition);
    return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
    return offset + prefix.length <= b.length
        && Arrays.equals(b, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
