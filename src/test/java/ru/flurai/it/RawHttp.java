package ru.flurai.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A request line sent byte for byte, so no client library normalizes a hostile path before it
 * leaves.
 */
public final class RawHttp {
  /**
   * {@code fromApplication}: the response went through the application's filters (it has an
   * X-Request-Id).
   */
  public record Answer(int status, String body, boolean fromApplication) {}

  private RawHttp() {}

  public static Answer get(String rawPath) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", Stack.httpPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      int bodyAt = text.indexOf("\r\n\r\n");
      String head = bodyAt < 0 ? text : text.substring(0, bodyAt);
      return new Answer(
          status,
          bodyAt < 0 ? "" : text.substring(bodyAt + 4),
          head.toLowerCase(Locale.ROOT).contains("\r\nx-request-id:"));
    }
  }
}
