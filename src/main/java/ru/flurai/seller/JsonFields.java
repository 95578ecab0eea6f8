package ru.flurai.seller;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import ru.flurai.platform.domain.Invalid;

/**
 * Typed reads from a partial JSON body. A partial update applies only the fields that are present
 * and not null (API.md §6), so every reader answers "absent" for both; a value of the wrong type is
 * a readable 400.
 */
final class JsonFields {
  private final JsonObject body;

  JsonFields(JsonObject body) {
    this.body = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
  }

  boolean present(String name) {
    return body.containsKey(name);
  }

  /** Present with a JSON null (or absent): what "banner_url": null means. */
  boolean nullOrAbsent(String name) {
    return value(name).isEmpty();
  }

  Optional<JsonValue> value(String name) {
    JsonValue v = body.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL
        ? Optional.empty()
        : Optional.of(v);
  }

  Optional<String> string(String name) {
    return value(name)
        .map(
            v -> {
              if (v instanceof JsonString s) {
                return s.getString();
              }
              throw invalid(name);
            });
  }

  Optional<Boolean> bool(String name) {
    return value(name)
        .map(
            v ->
                switch (v.getValueType()) {
                  case TRUE -> true;
                  case FALSE -> false;
                  default -> throw invalid(name);
                });
  }

  Optional<BigDecimal> decimal(String name) {
    return value(name)
        .map(
            v -> {
              if (v instanceof JsonNumber n) {
                return n.bigDecimalValue();
              }
              if (v instanceof JsonString s) {
                try {
                  return new BigDecimal(s.getString().strip());
                } catch (NumberFormatException e) {
                  throw invalid(name);
                }
              }
              throw invalid(name);
            });
  }

  /** An integer; a number with a fraction or out of int range is refused. */
  Optional<Integer> integer(String name) {
    return decimal(name)
        .map(
            d -> {
              try {
                return d.intValueExact();
              } catch (ArithmeticException e) {
                throw invalid(name);
              }
            });
  }

  Optional<Long> longInteger(String name) {
    return decimal(name)
        .map(
            d -> {
              try {
                return d.longValueExact();
              } catch (ArithmeticException e) {
                throw invalid(name);
              }
            });
  }

  /** A "YYYY-MM-DD" date (a longer ISO value is cut to its date part); "" means absent. */
  Optional<LocalDate> date(String name) {
    return string(name)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> parseDate(s).orElseThrow(() -> invalid(name)));
  }

  static Optional<LocalDate> parseDate(String s) {
    try {
      return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Invalid invalid(String name) {
    return new Invalid("Некорректное значение поля " + name);
  }
}
