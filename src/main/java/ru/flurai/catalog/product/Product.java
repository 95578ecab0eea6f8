package ru.flurai.catalog.product;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import ru.flurai.catalog.JsonColumns;
import ru.flurai.platform.domain.Conflict;
import ru.flurai.platform.domain.Invalid;
import ru.flurai.platform.text.CleanText;

/**
 * A product of a shop. It guards its own rules: price above 0, stock never negative, at most three
 * photos, and reserved stock never above the stock on hand. Stock moves under concurrency (carts,
 * checkout, returns) go through {@link Stock}'s guarded SQL updates; here {@code quantity} is what
 * the seller sets, on a row locked for it.
 */
@Entity
@Table(name = "products")
public class Product {
  public static final int MAX_PHOTOS = 3;
  static final int MAX_NAME = 255;
  static final int MAX_DESCRIPTION = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "seller_id", nullable = false)
  Long sellerId;

  String name;
  String description;
  BigDecimal price;

  /** JSON array of /static/uploads/products/… paths. */
  @Column(name = "photo_ids")
  String photoIds = "[]";

  @Column(name = "is_active")
  boolean active = true;

  int quantity;

  @Column(name = "reserved_quantity", insertable = false, updatable = false)
  int reservedQuantity;

  @Column(name = "is_preorder")
  boolean preorder;

  /** JSON array of {name, qty?, unit?}. */
  String composition;

  @Column(name = "cost_price")
  BigDecimal costPrice;

  @Column(name = "markup_percent")
  BigDecimal markupPercent;

  @Column(name = "bouquet_id")
  Long bouquetId;

  @Column(name = "updated_at")
  OffsetDateTime updatedAt = OffsetDateTime.now();

  protected Product() {}

  public Product(long sellerId, String name, BigDecimal price, int quantity) {
    this.sellerId = sellerId;
    rename(name);
    reprice(price);
    restock(quantity);
  }

  public void rename(String newName) {
    String n = CleanText.line(newName, MAX_NAME);
    if (n == null) {
      throw new Invalid("Название товара не может быть пустым");
    }
    name = n;
    touch();
  }

  public void describe(String text) {
    description = CleanText.of(text, MAX_DESCRIPTION);
    touch();
  }

  public void reprice(BigDecimal newPrice) {
    if (newPrice == null || newPrice.signum() <= 0) {
      throw new Invalid("Цена должна быть больше 0");
    }
    if (newPrice.scale() > 2 || newPrice.compareTo(new BigDecimal("9999999999.99")) > 0) {
      throw new Invalid("Некорректная цена");
    }
    price = newPrice;
    touch();
  }

  /** The seller's stock on hand; it may not drop below what carts currently hold. */
  public void restock(int newQuantity) {
    if (newQuantity < 0) {
      throw new Invalid("Количество не может быть отрицательным");
    }
    if (newQuantity < reservedQuantity) {
      throw new Conflict(
          "Нельзя установить количество меньше зарезервированного в корзинах ("
              + reservedQuantity
              + ")");
    }
    quantity = newQuantity;
    touch();
  }

  public void show(boolean visible) {
    active = visible;
    touch();
  }

  /**
   * Up to {@link #MAX_PHOTOS} image paths; extras are dropped. The first one is the product's main
   * photo.
   */
  public void replacePhotos(List<String> paths) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    paths.stream().limit(MAX_PHOTOS).forEach(a::add);
    photoIds = a.build().toString();
    touch();
  }

  /** The photo paths, in order (never null). */
  public List<String> photos() {
    if (!(JsonColumns.parse(photoIds) instanceof JsonArray a)) {
      return List.of();
    }
    return a.stream()
        .filter(v -> v instanceof JsonString)
        .map(v -> ((JsonString) v).getString())
        .limit(MAX_PHOTOS)
        .toList();
  }

  /** JSON text of [{name, qty, unit}], already normalized by the caller; null for none. */
  public void recompose(String compositionJson) {
    composition = compositionJson;
    touch();
  }

  public void markPreorder(boolean value) {
    preorder = value;
    touch();
  }

  /** Cost price and markup, both optional and never negative. */
  public void cost(BigDecimal newCostPrice, BigDecimal newMarkupPercent) {
    if ((newCostPrice != null && newCostPrice.signum() < 0)
        || (newMarkupPercent != null && newMarkupPercent.signum() < 0)) {
      throw new Invalid("Себестоимость и наценка не могут быть отрицательными");
    }
    costPrice = newCostPrice;
    markupPercent = newMarkupPercent;
    touch();
  }

  /**
   * Backs the product by a bouquet of the same shop (checked by the caller), or by none; the stock
   * of a backed product is derived from the bouquet's flowers.
   */
  public void backBy(Long bouquet) {
    bouquetId = bouquet;
    touch();
  }

  private void touch() {
    updatedAt = OffsetDateTime.now();
  }

  public int available() {
    return Math.max(0, quantity - reservedQuantity);
  }

  public Long id() {
    return id;
  }

  public Long sellerId() {
    return sellerId;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public BigDecimal price() {
    return price;
  }

  public String photoIds() {
    return photoIds;
  }

  public boolean active() {
    return active;
  }

  public int quantity() {
    return quantity;
  }

  public int reservedQuantity() {
    return reservedQuantity;
  }

  public boolean preorder() {
    return preorder;
  }

  public String composition() {
    return composition;
  }

  public BigDecimal costPrice() {
    return costPrice;
  }

  public BigDecimal markupPercent() {
    return markupPercent;
  }

  public Long bouquetId() {
    return bouquetId;
  }
}
