package ru.flurai.catalog;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

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

  /**
   * The object of these entries (in their order) to store in a column; null when there are none.
   */
  public static JsonObject objectOrNull(Map<String, JsonValue> entries) {
    if (entries.isEmpty()) {
      return null;
    }
    JsonObjectBuilder b = Json.createObjectBuilder();
    entries.forEach(b::add);
    return b.build();
  }
}
