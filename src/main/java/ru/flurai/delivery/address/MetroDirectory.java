package ru.flurai.delivery.address;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A city's metro stations from DaData's {@code suggest/metro} (LATER.md §8.5): one call with an
 * empty query and one per initial letter (а–я, ё and digits, which the old import missed), filtered
 * by the city's KLADR id, deduplicated by name. Closed stations are left out.
 */
@ApplicationScoped
public class MetroDirectory {
  static final String INITIALS = "абвгдеёжзийклмнопрстуфхцчшщэюя0123456789";

  @Inject Dadata dadata;

  /** A station as DaData gives it; colour as {@code #RRGGBB} or null. */
  public record Station(String name, String lineName, String lineColor, Double lat, Double lon) {}

  /** The stations, or an empty list when DaData is unavailable or has none. */
  public List<Station> stations(String cityKladrId) {
    Map<String, Station> byName = new LinkedHashMap<>();
    List<String> queries = new ArrayList<>(List.of(""));
    INITIALS.chars().forEach(c -> queries.add(String.valueOf((char) c)));
    for (String q : queries) {
      Dadata.Answer a =
          dadata.suggestMetro(
              Json.createObjectBuilder()
                  .add("query", q)
                  .add(
                      "filters",
                      Json.createArrayBuilder()
                          .add(Json.createObjectBuilder().add("city_kladr_id", cityKladrId)))
                  .add("count", 20)
                  .build());
      if (!a.available()) {
        return List.of();
      }
      for (JsonObject s : a.suggestions()) {
        JsonObject d = AddressLookup.data(s);
        String name =
            AddressLookup.first(AddressLookup.text(d, "name"), AddressLookup.text(s, "value"));
        if (name == null || closed(d)) {
          continue;
        }
        byName.putIfAbsent(
            name.toLowerCase(Locale.ROOT),
            new Station(
                name.strip(),
                AddressLookup.text(d, "line_name"),
                color(AddressLookup.text(d, "color")),
                number(AddressLookup.scalar(d, "geo_lat")),
                number(AddressLookup.scalar(d, "geo_lon"))));
      }
    }
    return List.copyOf(byName.values());
  }

  private static boolean closed(JsonObject d) {
    JsonValue v = d.get("is_closed");
    return v != null && v.getValueType() == JsonValue.ValueType.TRUE;
  }

  static String color(String raw) {
    if (raw == null) {
      return null;
    }
    String c = raw.startsWith("#") ? raw : "#" + raw;
    return c.matches("#[0-9A-Fa-f]{6}") ? c.toUpperCase(Locale.ROOT) : null;
  }

  private static Double number(String raw) {
    try {
      return raw == null ? null : Double.valueOf(raw);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
