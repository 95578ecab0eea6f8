package ru.flurai.catalog;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.StringReader;

/** Reading the JSON text columns (working hours, weekly schedule, composition, photo ids). */
public final class JsonColumns {
  private JsonColumns() {}

  /** The object, or null for null/blank/non-object text. */
  public static JsonObject object(String text) {
    JsonStructure s = parse(text);
    return s instanceof JsonObject o ? o : null;
  }

  public static JsonStructure parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.read();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
