package ru.flurai.catalog.product;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.catalog.listing.CatalogueViews.CompositionItem;

/**
 * The JSON columns of a product as the Mini App needs them: photo paths as strings (at most three),
 * and composition lines whose {@code qty} is a number or null, never a string (a string crashes the
 * Mini App, API.md §0.7).
 */
public final class ProductJson {
  private ProductJson() {}

  public static List<String> photos(String json) {
    List<String> out = new ArrayList<>();
    if (JsonColumns.parse(json) instanceof JsonArray a) {
      for (JsonValue v : a) {
        if (v instanceof JsonString s
            && !s.getString().isBlank()
            && out.size() < Product.MAX_PHOTOS) {
          out.add(s.getString());
        }
      }
    }
    return out;
  }

  /** Null when the product has no composition. */
  public static List<CompositionItem> composition(String json) {
    JsonStructure parsed = JsonColumns.parse(json);
    if (!(parsed instanceof JsonArray a)) {
      return null;
    }
    List<CompositionItem> out = new ArrayList<>();
    for (JsonValue v : a) {
      if (v instanceof JsonObject o && o.get("name") instanceof JsonString name) {
        out.add(
            new CompositionItem(
                name.getString(),
                qty(o.get("qty")),
                o.get("unit") instanceof JsonString unit ? unit.getString() : null));
      }
    }
    return out;
  }

  private static BigDecimal qty(JsonValue v) {
    if (v instanceof JsonNumber n) {
      return n.bigDecimalValue();
    }
    if (v instanceof JsonString s) {
      try {
        return new BigDecimal(s.getString().strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
