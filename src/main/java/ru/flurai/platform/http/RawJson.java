package ru.flurai.platform.http;

import jakarta.json.bind.Jsonb;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * A response body already serialised with the API's JSON rules, so that a cached answer is written
 * out as bytes instead of being serialised again on every request ({@link RawJsonWriter}).
 */
public record RawJson(byte[] utf8) {
  private static final Jsonb JSON = JsonConfig.create();

  /** {@code value} as the API writes it (snake_case names, nulls written out). */
  public static RawJson of(Object value, Type type) {
    return new RawJson(JSON.toJson(value, type).getBytes(StandardCharsets.UTF_8));
  }

  public static RawJson ofText(String json) {
    return new RawJson(json.getBytes(StandardCharsets.UTF_8));
  }

  public String text() {
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
