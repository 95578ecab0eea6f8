package ru.flurai.it.platform;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import ru.flurai.it.Stack;

/**
 * The fuzz test's HTTP client: a request written byte for byte over a socket, so hostile values
 * (NUL, lone surrogates as WTF-8 bytes, control characters in headers, invalid percent escapes)
 * reach the server exactly as generated, which the JDK client and REST-assured refuse or normalize.
 * One connection per request.
 */
public final class FuzzHttp {
  /**
   * {@code fromApplication}: the answer went through the application's filters (it has an
   * X-Request-Id).
   */
  public record Answer(int status, String body, boolean fromApplication) {}

  private FuzzHttp() {}

  public static Answer send(String method, String target, Map<String, String> headers, byte[] body)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", Stack.httpPort())) {
      socket.setSoTimeout(30_000);
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      head.writeBytes(
          (method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      for (var h : headers.entrySet()) {
        head.writeBytes((h.getKey() + ": ").getBytes(StandardCharsets.ISO_8859_1));
        head.writeBytes(utf8(h.getValue().replace('\r', ' ').replace('\n', ' ')));
        head.writeBytes(new byte[] {'\r', '\n'});
      }
      if (body != null && !headers.containsKey("Content-Length")) {
        head.writeBytes(
            ("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      }
      head.writeBytes(new byte[] {'\r', '\n'});
      OutputStream out = socket.getOutputStream();
      out.write(head.toByteArray());
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read(new BufferedInputStream(socket.getInputStream()));
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String status = line(in);
    if (status == null || status.length() < 12) {
      throw new IOException("no HTTP answer: " + status);
    }
    boolean chunked = false;
    boolean fromApplication = false;
    long length = -1;
    for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
      String lower = h.toLowerCase(Locale.ROOT);
      if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("x-request-id:")) {
        fromApplication = true;
      } else if (lower.startsWith("content-length:")) {
        length = Long.parseLong(h.substring(15).strip());
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (long size = Long.parseLong(line(in).split(";")[0].strip(), 16);
          size > 0;
          size = Long.parseLong(line(in).split(";")[0].strip(), 16)) {
        body.write(in.readNBytes((int) size));
        line(in);
      }
    } else if (length >= 0) {
      body.write(in.readNBytes((int) length));
    } else {
      in.transferTo(body);
    }
    return new Answer(
        Integer.parseInt(status.substring(9, 12)),
        body.toString(StandardCharsets.UTF_8),
        fromApplication);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
      }
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  /**
   * UTF-8, except that a lone surrogate is written as its own three bytes (WTF-8) instead of '?'.
   */
  public static byte[] utf8(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.writeBytes(new String(new char[] {c, s.charAt(++i)}).getBytes(StandardCharsets.UTF_8));
      } else if (Character.isSurrogate(c)) {
        out.write(0xE0 | (c >> 12));
        out.write(0x80 | ((c >> 6) & 0x3F));
        out.write(0x80 | (c & 0x3F));
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /** Percent-encodes every byte but the unreserved ones, for a path segment or a query value. */
  public static String encode(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : utf8(s)) {
      int c = x & 0xFF;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        b.append((char) c);
      } else {
        b.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }
}
