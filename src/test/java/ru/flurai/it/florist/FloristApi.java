package ru.flurai.it.florist;

import static ru.flurai.it.Stack.api;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import ru.flurai.it.Fixtures;

/** A seller's calls to the stock and bouquet screens, as the panel makes them. */
public final class FloristApi {
  public final Fixtures.SellerFixture seller;
  private final String token;

  public FloristApi() {
    seller = Fixtures.seller();
    token = Fixtures.sellerToken(seller);
  }

  public RequestSpecification call() {
    return api().header("X-Seller-Token", token).contentType("application/json");
  }

  public long flower(String name) {
    return call()
        .body(Map.of("name", name, "default_shelf_life_days", 7))
        .post("/seller-web/flowers")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public long reception(String name) {
    return call()
        .body(Map.of("name", name, "reception_date", "2026-01-10", "supplier", "Голландия"))
        .post("/seller-web/receptions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  /** A batch that arrived today (absent arrival date: the reception's date would be old). */
  public long item(long reception, long flower, int stems, String price) {
    return call()
        .body(
            Map.of(
                "flower_id",
                flower,
                "quantity_initial",
                stems,
                "arrival_date",
                LocalDate.now(ZoneId.of("Europe/Moscow")).toString(),
                "shelf_life_days",
                7,
                "price_per_unit",
                Double.parseDouble(price)))
        .post("/seller-web/receptions/" + reception + "/items")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public long bouquet(String name, double packaging, long flower, int stems) {
    return call()
        .body(
            Map.of(
                "name",
                name,
                "packaging_cost",
                packaging,
                "items",
                List.of(Map.of("flower_id", flower, "quantity", stems))))
        .post("/seller-web/bouquets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public long product(long bouquet) {
    return call()
        .body(
            Map.of(
                "seller_id",
                seller.id(),
                "name",
                "Букет из роз",
                "description",
                "",
                "price",
                2000,
                "quantity",
                0,
                "is_preorder",
                false,
                "bouquet_id",
                bouquet,
                "markup_percent",
                50))
        .post("/seller-web/products")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  public long quantity(long product) {
    return Fixtures.count("select quantity from products where id = ?", product);
  }

  public long remaining(long item) {
    return Fixtures.count("select remaining_quantity from reception_items where id = ?", item);
  }
}
