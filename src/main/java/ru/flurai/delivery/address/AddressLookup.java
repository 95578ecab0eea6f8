package ru.flurai.delivery.address;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import ru.flurai.platform.cache.CacheRegion;
import ru.flurai.platform.cache.TwoLevelCache;
import ru.flurai.platform.cache.Types;

/**
 * Addresses through {@link Dadata} (LATER.md §8.2–§8.3): suggestions (cached briefly per query),
 * the district of an address or of coordinates. When DaData is not configured or fails, the public
 * suggestions come from our own directories ({@link KeylessSuggestions}, PRODUCT.md §8.1) and a
 * district lookup finds nothing.
 */
@ApplicationScoped
public class AddressLookup {
  static final CacheRegion<List<AddressSuggestion>> SUGGESTIONS =
      new CacheRegion<>(
          "address-suggest",
          Types.listOf(AddressSuggestion.class),
          Duration.ofMinutes(10),
          Duration.ofMinutes(1));

  @Inject Dadata dadata;
  @Inject TwoLevelCache cache;
  @Inject KeylessSuggestions keyless;

  /**
   * The Mini App's suggestions ({@code GET /public/address/suggest}): DaData's, or the keyless ones
   * when DaData has no key, fails or finds nothing.
   */
  public List<AddressSuggestion> suggestPublic(String query, int count, String kladrId) {
    List<AddressSuggestion> found = suggest(query, count, kladrId);
    return found.isEmpty() ? keyless.suggest(query, kladrId) : found;
  }

  /** DaData's suggestions only (the admin's form); none without DaData. */
  public List<AddressSuggestion> suggest(String query, int count, String kladrId) {
    if (!dadata.configured()) {
      return List.of();
    }
    String key =
        count + "|" + (kladrId == null ? "" : kladrId) + "|" + query.toLowerCase(Locale.ROOT);
    try {
      return cache.get(SUGGESTIONS, key, () -> ask(query, count, kladrId));
    } catch (DadataFailure e) {
      return List.of();
    }
  }

  private List<AddressSuggestion> ask(String query, int count, String kladrId) {
    JsonObjectBuilder req = Json.createObjectBuilder().add("query", query).add("count", count);
    if (kladrId != null) {
      req.add(
          "locations",
          Json.createArrayBuilder().add(Json.createObjectBuilder().add("kladr_id", kladrId)));
    }
    Dadata.Answer a = dadata.suggestAddress(req.build());
    if (!a.available()) {
      // not cached: the next request asks DaData again
      throw new DadataFailure("suggest/address unavailable", null);
    }
    return a.suggestions().stream().map(AddressLookup::suggestion).toList();
  }

  /**
   * The district (DaData's {@code city_district}, else {@code city_area}) of an address: one
   * focused suggestion, as the old backend asked (LATER.md §8.3). Empty without DaData.
   */
  public Optional<String> districtOf(String address) {
    if (!dadata.configured() || address == null || address.strip().length() < 5) {
      return Optional.empty();
    }
    return suggest(address.strip(), 1, null).stream()
        .map(AddressSuggestion::cityDistrict)
        .filter(d -> d != null && !d.isBlank())
        .findFirst();
  }

  /**
   * The district at a point ({@code geolocate/address}): the first result's {@code city_district},
   * else, for a result with a house, the district of its address, else the first {@code city_area}.
   */
  public Optional<String> districtAt(double lat, double lon) {
    if (!dadata.configured()) {
      return Optional.empty();
    }
    Dadata.Answer a =
        dadata.geolocateAddress(
            Json.createObjectBuilder().add("lat", lat).add("lon", lon).add("count", 5).build());
    for (JsonObject s : a.suggestions()) {
      String d = text(data(s), "city_district");
      if (d != null) {
        return Optional.of(d);
      }
    }
    for (JsonObject s : a.suggestions()) {
      if (text(data(s), "house") != null && text(s, "value") != null) {
        Optional<String> d = districtOf(text(s, "value"));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return a.suggestions().stream()
        .map(s -> text(data(s), "city_area"))
        .filter(d -> d != null)
        .findFirst();
  }

  /** City suggestions for the coverage screen: {@code [{name, kladr_id, region}]}, by KLADR id. */
  public List<CitySuggestion> cities(String query) {
    Dadata.Answer a =
        dadata.suggestAddress(
            Json.createObjectBuilder()
                .add("query", query)
                .add("count", 10)
                .add("from_bound", Json.createObjectBuilder().add("value", "city"))
                .add("to_bound", Json.createObjectBuilder().add("value", "city"))
                .build());
    Map<String, CitySuggestion> byKladr = new LinkedHashMap<>();
    for (JsonObject s : a.suggestions()) {
      JsonObject d = data(s);
      String name = text(d, "city");
      String kladr = first(text(d, "city_kladr_id"), text(d, "kladr_id"));
      if (name != null && kladr != null) {
        byKladr.putIfAbsent(
            kladr,
            new CitySuggestion(name, kladr, first(text(d, "region_with_type"), text(d, "region"))));
      }
    }
    return List.copyOf(byKladr.values());
  }

  /** District name suggestions within a city: up to 10 unique names. */
  public List<String> districts(String query, String kladrId) {
    JsonObjectBuilder req = Json.createObjectBuilder().add("query", query).add("count", 20);
    if (kladrId != null) {
      req.add(
          "locations",
          Json.createArrayBuilder().add(Json.createObjectBuilder().add("kladr_id", kladrId)));
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (JsonObject s : dadata.suggestAddress(req.build()).suggestions()) {
      String n = first(text(data(s), "city_district"), text(data(s), "city_area"));
      if (n != null && names.size() < 10) {
        names.putIfAbsent(n.toLowerCase(Locale.ROOT), n);
      }
    }
    return List.copyOf(names.values());
  }

  public record CitySuggestion(String name, String kladrId, String region) {}

  static AddressSuggestion suggestion(JsonObject s) {
    JsonObject d = data(s);
    return new AddressSuggestion(
        text(s, "value"),
        scalar(d, "geo_lat"),
        scalar(d, "geo_lon"),
        text(d, "city"),
        first(text(d, "city_district"), text(d, "city_area")),
        text(d, "area"),
        text(d, "region"),
        text(d, "postal_code"));
  }

  static JsonObject data(JsonObject s) {
    JsonValue d = s.get("data");
    return d != null && d.getValueType() == JsonValue.ValueType.OBJECT
        ? d.asJsonObject()
        : JsonValue.EMPTY_JSON_OBJECT;
  }

  /** A non-blank string field, else null. */
  static String text(JsonObject o, String key) {
    return o.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
  }

  /** A string or number field as text (DaData sends coordinates as strings, metro's as numbers). */
  static String scalar(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v instanceof JsonString s) {
      return s.getString().isBlank() ? null : s.getString();
    }
    return v != null && v.getValueType() == JsonValue.ValueType.NUMBER ? v.toString() : null;
  }

  static String first(String a, String b) {
    return a != null ? a : b;
  }
}
