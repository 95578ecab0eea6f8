package ru.flurai.seller;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.catalog.product.Product;

/**
 * A product as the seller panel reads it (API.md §6). Money is a number; {@code photo_id} is the
 * first photo; {@code photo_ids}, {@code composition} and {@code stock_shortage} are arrays, never
 * null.
 */
public record ProductView(
    long id,
    long sellerId,
    String name,
    String description,
    BigDecimal price,
    String photoId,
    List<String> photoIds,
    boolean isActive,
    int quantity,
    int reservedQuantity,
    Long bouquetId,
    boolean isPreorder,
    BigDecimal costPrice,
    BigDecimal markupPercent,
    JsonArray composition,
    List<Object> stockShortage) {

  static ProductView of(Product p) {
    return of(p, List.of());
  }

  /** With the recipe flowers a bouquet-backed product lacks for one bouquet (else empty). */
  static ProductView of(Product p, List<Object> stockShortage) {
    List<String> photos = p.photos();
    return new ProductView(
        p.id(),
        p.sellerId(),
        p.name(),
        p.description(),
        p.price(),
        photos.isEmpty() ? null : photos.get(0),
        photos,
        p.active(),
        p.quantity(),
        p.reservedQuantity(),
        p.bouquetId(),
        p.preorder(),
        p.costPrice(),
        p.markupPercent(),
        composition(p.composition()),
        stockShortage);
  }

  private static JsonArray composition(String json) {
    return JsonColumns.parse(json) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
  }
}
