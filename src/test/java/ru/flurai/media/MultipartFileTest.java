package ru.flurai.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.domain.TooLarge;

/**
 * Reading the one file field of an upload, with its size limit, and nothing else of what the client
 * sent.
 */
class MultipartFileTest {
  static final String TYPE = "multipart/form-data; boundary=----WebKitFormBoundaryX1y2";

  static byte[] body(String... parts) {
    StringBuilder b = new StringBuilder("preamble\r\n");
    for (String p : parts) {
      b.append("------WebKitFormBoundaryX1y2\r\n").append(p).append("\r\n");
    }
    return b.append("------WebKitFormBoundaryX1y2--\r\n")
        .toString()
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  static MultipartFile read(String type, byte[] body) {
    return MultipartFile.read(type, (long) body.length, new ByteArrayInputStream(body), "file");
  }

  @Test
  void findsTheFileFieldAmongOthers() {
    byte[] body =
        body(
            "Content-Disposition: form-data; name=\"title\"\r\n\r\nhello",
            "Content-Disposition: form-data; filename=\"../../etc/passwd\"; name=\"file\"\r\nContent-Type: image/png"
                + "\r\n\r\n\u0089PNG--data\r\nwith lines");
    MultipartFile f = read(TYPE, body);
    assertEquals("image/png", f.contentType());
    assertArrayEquals(
        "\u0089PNG--data\r\nwith lines".getBytes(StandardCharsets.ISO_8859_1), f.bytes());
  }

  @Test
  void quotedBoundaryAndMissingTypeWork() {
    byte[] body = body("Content-Disposition: form-data; name=file\r\n\r\nabc");
    MultipartFile f = read("multipart/form-data; boundary=\"----WebKitFormBoundaryX1y2\"", body);
    assertNull(f.contentType());
    assertEquals("abc", new String(f.bytes(), StandardCharsets.ISO_8859_1));
  }

  @Test
  void filenameIsNotMistakenForTheFieldName() {
    byte[] body =
        body("Content-Disposition: form-data; name=\"photo\"; filename=\"file\"\r\n\r\nabc");
    assertEquals(
        MultipartFile.NO_FILE, assertThrows(Invalid.class, () -> read(TYPE, body)).detail());
  }

  @Test
  void refusals() {
    assertEquals(
        MultipartFile.NOT_MULTIPART,
        assertThrows(Invalid.class, () -> read("application/json", new byte[10])).detail());
    assertEquals(
        MultipartFile.NOT_MULTIPART,
        assertThrows(Invalid.class, () -> read("multipart/form-data", new byte[10])).detail());
    assertEquals(
        MultipartFile.NOT_MULTIPART,
        assertThrows(Invalid.class, () -> read(null, new byte[10])).detail());
    // an unterminated part is a truncated request, not a file
    byte[] cut =
        "------WebKitFormBoundaryX1y2\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(Invalid.class, () -> read(TYPE, cut));
  }

  @Test
  void oversizedBodiesAre413BeforeParsing() {
    TooLarge declared =
        assertThrows(
            TooLarge.class,
            () ->
                MultipartFile.read(
                    TYPE,
                    (long) MultipartFile.MAX_BODY + 1,
                    InputStream.nullInputStream(),
                    "file"));
    assertEquals("Файл слишком большой (максимум 10 МБ)", declared.detail());
    InputStream endless =
        new InputStream() {
          long left = MultipartFile.MAX_BODY + 10L;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }
        };
    TooLarge streamed =
        assertThrows(TooLarge.class, () -> MultipartFile.read(TYPE, null, endless, "file"));
    assertEquals("Файл слишком большой (максимум 10 МБ)", streamed.detail());
  }

  @Test
  void ifNoneMatch() {
    String etag = "\"abc\"";
    assertTrue(StaticResource.matches("\"abc\"", etag));
    assertTrue(StaticResource.matches("W/\"abc\"", etag));
    assertTrue(StaticResource.matches("\"x\", \"abc\"", etag));
    assertTrue(StaticResource.matches("*", etag));
    assertFalse(StaticResource.matches("\"abcd\"", etag));
    assertFalse(StaticResource.matches(null, etag));
  }
}
