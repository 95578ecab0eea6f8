package ru.flurai.platform.http;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;

/**
 * Reads JSON request bodies with the API's naming rules. An empty body is {@code null} (the front
 * ends send bodyless POST/PUT with {@code Content-Type: application/json}, API.md §0.1); malformed
 * JSON is a readable 400.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(Priorities.USER - 100)
public class JsonBodyReader implements MessageBodyReader<Object> {
  static final int MAX_BYTES = 1024 * 1024;
  static final String NOT_OBJECT = "Тело запроса должно быть JSON-объектом";

  /** PostgreSQL cannot store U+0000 in text; no field of the API needs it. */
  public static final String NUL = "Недопустимый символ U+0000 в запросе";

  @Override
  public boolean isReadable(
      Class<?> type, Type generic, Annotation[] annotations, MediaType mediaType) {
    return !InputStream.class.isAssignableFrom(type)
        && !String.class.equals(type)
        && !type.isArray();
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type generic,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream body)
      throws IOException {
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new ApiException(413, "Слишком большой запрос");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return null;
    }
    requireNoNul(text);
    char first = text.strip().charAt(0);
    boolean list = Collection.class.isAssignableFrom(type);
    if (!Object.class.equals(type)
        && !JsonValue.class.equals(type)
        && first != (list ? '[' : '{')) {
      throw ApiException.badRequest(list ? "Тело запроса должно быть JSON-массивом" : NOT_OBJECT);
    }
    try {
      return JsonConfig.JSONB.fromJson(new ByteArrayInputStream(bytes), generic);
    } catch (JsonbException | ClassCastException e) {
      throw ApiException.badRequest("Некорректный JSON в теле запроса");
    }
  }

  /**
   * For resources that read the body as text: a non-blank body must be a JSON object without
   * U+0000.
   */
  public static void requireObject(String text) {
    requireNoNul(text);
    if (!text.strip().startsWith("{")) {
      throw ApiException.badRequest(NOT_OBJECT);
    }
  }

  private static void requireNoNul(String text) {
    if (text.indexOf('\0') >= 0 || text.toLowerCase(Locale.ROOT).contains("\\u0000")) {
      throw ApiException.badRequest(NUL);
    }
  }
}
