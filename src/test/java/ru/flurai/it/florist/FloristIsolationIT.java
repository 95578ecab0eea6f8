package ru.flurai.it.florist;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Fixtures.count;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;

/**
 * Seller B cannot see, change, count, write off, recalculate or build with seller A's flowers,
 * receptions, lines or bouquets: every such call is 404 with the object's text (or refuses A's
 * flower inside B's own recipe), and A's rows are unchanged afterwards.
 */
public class FloristIsolationIT extends ServerTest {

  @Test
  public void anotherSellersStockIsNotFound() {
    FloristApi a = new FloristApi();
    FloristApi b = new FloristApi();
    long rose = a.flower("Роза");
    long reception = a.reception("Поставка A");
    long item = a.item(reception, rose, 8, "30");
    long bouquet = a.bouquet("Букет A", 50, rose, 2);
    long product = a.product(bouquet);
    String before = fingerprint(a);

    notFound(b.call().get("/seller-web/receptions/" + reception), "Приёмка не найдена");
    notFound(
        b.call().body(Map.of("is_closed", true)).put("/seller-web/receptions/" + reception),
        "Приёмка не найдена");
    notFound(
        b.call()
            .body(
                Map.of(
                    "flower_id",
                    rose,
                    "quantity_initial",
                    1,
                    "shelf_life_days",
                    1,
                    "price_per_unit",
                    1))
            .post("/seller-web/receptions/" + reception + "/items"),
        "Приёмка не найдена");
    notFound(
        b.call().get("/seller-web/receptions/" + reception + "/inventory"), "Приёмка не найдена");
    notFound(
        b.call()
            .body(List.of(Map.of("reception_item_id", item, "actual_quantity", 0)))
            .post("/seller-web/receptions/" + reception + "/inventory/apply"),
        "Приёмка не найдена");
    notFound(
        b.call().body(Map.of("remaining_quantity", 0)).put("/seller-web/receptions/items/" + item),
        "Позиция не найдена");
    notFound(b.call().delete("/seller-web/receptions/items/" + item), "Позиция не найдена");
    notFound(
        b.call()
            .body(Map.of("quantity", 1, "reason", "wilted"))
            .post("/seller-web/receptions/items/" + item + "/write-off"),
        "Позиция не найдена");
    notFound(b.call().delete("/seller-web/flowers/" + rose), "Цветок не найден");
    notFound(
        b.call()
            .body(List.of(Map.of("flower_id", rose, "actual_quantity", 0)))
            .post("/seller-web/inventory/all/apply"),
        "Цветок не найден");
    notFound(
        b.call()
            .body(List.of(Map.of("flower_id", rose, "actual_quantity", 0)))
            .post("/seller-web/inventory/all/check"),
        "Цветок не найден");
    Map<String, Object> recipe =
        Map.of("name", "Чужой", "items", List.of(Map.of("flower_id", rose, "quantity", 1)));
    notFound(b.call().body(recipe).post("/seller-web/bouquets"), "Цветок не найден");
    notFound(b.call().body(recipe).put("/seller-web/bouquets/" + bouquet), "Букет не найден");
    notFound(b.call().delete("/seller-web/bouquets/" + bouquet), "Букет не найден");
    notFound(b.call().post("/seller-web/products/" + product + "/recalculate"), "Товар не найден");
    // B's own product cannot be backed by A's bouquet
    notFound(
        b.call()
            .body(
                Map.of("seller_id", b.seller.id(), "name", "x", "price", 10, "bouquet_id", bouquet))
            .post("/seller-web/products"),
        "Букет не найден");
    b.call().get("/seller-web/flowers").then().statusCode(200).body("size()", equalTo(0));
    b.call().get("/seller-web/receptions").then().statusCode(200).body("size()", equalTo(0));
    b.call().get("/seller-web/bouquets").then().statusCode(200).body("size()", equalTo(0));
    b.call().get("/seller-web/inventory/all").then().statusCode(200).body("size()", equalTo(0));
    b.call()
        .get("/seller-web/write-offs/stats")
        .then()
        .statusCode(200)
        .body("total_count", equalTo(0));
    assertEquals(before, fingerprint(a));
    assertEquals(0, count("select count(*) from products where seller_id = ?", b.seller.id()));
  }

  private static void notFound(Response r, String detail) {
    r.then().statusCode(404).body("detail", equalTo(detail));
  }

  /** A's stock as rows: flowers, receptions, lines, write-offs, recipes, product stock. */
  private static String fingerprint(FloristApi a) {
    long s = a.seller.id();
    return count("select count(*) from flowers where seller_id = ?", s)
        + "/"
        + count("select count(*) from receptions where seller_id = ? and not is_closed", s)
        + "/"
        + count("select sum(remaining_quantity) from reception_items where seller_id = ?", s)
        + "/"
        + count("select count(*) from write_offs where seller_id = ?", s)
        + "/"
        + count(
            "select count(*) from bouquet_items bi join bouquets b on b.id = bi.bouquet_id"
                + " where b.seller_id = ?",
            s)
        + "/"
        + count("select sum(quantity) from products where seller_id = ?", s);
  }
}
