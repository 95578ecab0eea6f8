package ru.flurai.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue.ValueType;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

/** Contract assertions on raw JSON: field present, and of one of the allowed JSON types. */
public final class JsonShape {
  public static final ValueType[] INT = {ValueType.NUMBER};
  public static final ValueType[] NUM = {ValueType.NUMBER};
  public static final ValueType[] STR = {ValueType.STRING};
  public static final ValueType[] STR_OR_NULL = {ValueType.STRING, ValueType.NULL};
  public static final ValueType[] INT_OR_NULL = {ValueType.NUMBER, ValueType.NULL};
  public static final ValueType[] BOOL = {ValueType.TRUE, ValueType.FALSE};
  public static final ValueType[] ARRAY = {ValueType.ARRAY};
  public static final ValueType[] OBJECT_OR_NULL = {ValueType.OBJECT, ValueType.NULL};

  private JsonShape() {}

  public static JsonObject object(String body) {
    return (JsonObject) parse(body);
  }

  public static JsonArray array(String body) {
    return (JsonArray) parse(body);
  }

  private static JsonStructure parse(String body) {
    try (var r = Json.createReader(new StringReader(body))) {
      return r.read();
    }
  }

  public static void field(JsonObject o, String name, ValueType... allowed) {
    assertTrue(o.containsKey(name), "missing field " + name + " in " + o);
    ValueType actual = o.get(name).getValueType();
    assertTrue(
        Arrays.asList(allowed).contains(actual),
        name + " is " + actual + ", want " + List.of(allowed));
    if (allowed == INT || allowed == INT_OR_NULL) {
      if (actual == ValueType.NUMBER) {
        assertTrue(
            o.getJsonNumber(name).isIntegral(), name + " must be an integer: " + o.get(name));
      }
    }
  }

  public static void fields(JsonObject o, ValueType[] allowed, String... names) {
    for (String n : names) {
      field(o, n, allowed);
    }
  }

  public static void status(JsonObject o, String expected) {
    assertEquals(expected, o.getString("status"));
  }
}
