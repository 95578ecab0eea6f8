package ru.flurai.seller;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.flurai.catalog.product.Product;
import ru.flurai.platform.domain.Invalid;

/**
 * Product bodies of POST and PUT /seller-web/products (API.md §6). Create needs a name and a price;
 * an update applies only the fields present and not null ({@code photo_ids: []} and {@code
 * composition: []} clear).
 */
final class ProductEdit {
  static final int MAX_QUANTITY = 1_000_000;
  private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999.99");
  private static final BigDecimal MAX_MARKUP = new BigDecimal("99999.99");

  private ProductEdit() {}

  static Product create(long sellerId, JsonFields f) {
    String name = f.string("name").orElseThrow(() -> new Invalid("Укажите название товара"));
    BigDecimal price = f.decimal("price").orElseThrow(() -> new Invalid("Укажите цену товара"));
    Product p = new Product(sellerId, name, price, quantity(f.integer("quantity").orElse(0)));
    apply(f, p);
    if (f.nullOrAbsent("photo_ids")) {
      // the legacy single photo field of the original API
      f.value("photo_id")
          .map(v -> Json.createArrayBuilder().add(v).build())
          .ifPresent(a -> p.replacePhotos(PhotoPaths.normalize(a)));
    }
    return p;
  }

  static void apply(JsonFields f, Product p) {
    f.string("name").ifPresent(p::rename);
    f.string("description").ifPresent(p::describe);
    f.decimal("price").ifPresent(p::reprice);
    f.integer("quantity").map(ProductEdit::quantity).ifPresent(p::restock);
    f.bool("is_active").ifPresent(p::show);
    f.bool("is_preorder").ifPresent(p::markPreorder);
    f.value("photo_ids").map(PhotoPaths::normalize).ifPresent(p::replacePhotos);
    f.value("composition")
        .map(Composition::normalize)
        .ifPresent(c -> p.recompose(c.isEmpty() ? null : c.toString()));
    if (f.present("cost_price") || f.present("markup_percent")) {
      BigDecimal cost =
          f.present("cost_price")
              ? money(f.decimal("cost_price").orElse(null), MAX_MONEY)
              : p.costPrice();
      BigDecimal markup =
          f.present("markup_percent")
              ? money(f.decimal("markup_percent").orElse(null), MAX_MARKUP)
              : p.markupPercent();
      p.cost(cost, markup);
    }
  }

  private static int quantity(int q) {
    if (q > MAX_QUANTITY) {
      throw new Invalid("Количество не может быть больше " + MAX_QUANTITY);
    }
    return q;
  }

  private static BigDecimal money(BigDecimal v, BigDecimal max) {
    if (v != null && v.compareTo(max) > 0) {
      throw new Invalid("Слишком большое значение: " + v.toPlainString());
    }
    return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
  }
}
