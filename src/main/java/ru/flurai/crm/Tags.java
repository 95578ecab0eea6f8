package ru.flurai.crm;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/** A customer's tags: one clean line each, blanks dropped, duplicates once, a bounded list. */
final class Tags {
  static final int MAX = 30;
  static final int MAX_LENGTH = 50;
  static final String BAD =
      "tags: список строк, не больше " + MAX + " тегов по " + MAX_LENGTH + " символов";

  private Tags() {}

  /** From the body's JSON array. */
  static List<String> of(JsonValue value) {
    if (!(value instanceof JsonArray array)) {
      throw new Invalid(BAD);
    }
    Set<String> tags = new LinkedHashSet<>();
    for (JsonValue v : array) {
      if (!(v instanceof JsonString s) || s.getString().strip().length() > MAX_LENGTH) {
        throw new Invalid(BAD);
      }
      String tag = CleanText.line(s.getString(), MAX_LENGTH);
      if (tag != null) {
        tags.add(tag);
      }
    }
    if (tags.size() > MAX) {
      throw new Invalid(BAD);
    }
    return List.copyOf(tags);
  }

  /** From the stored jsonb text. */
  static List<String> parse(String json) {
    List<String> tags = new ArrayList<>();
    if (json == null || json.isBlank()) {
      return tags;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonValue v = reader.readValue();
      if (v instanceof JsonArray array) {
        array.forEach(
            t -> {
              if (t instanceof JsonString s) {
                tags.add(s.getString());
              }
            });
      }
    }
    return tags;
  }

  static String json(List<String> tags) {
    JsonArrayBuilder b = Json.createArrayBuilder();
    tags.forEach(b::add);
    return b.build().toString();
  }
}
