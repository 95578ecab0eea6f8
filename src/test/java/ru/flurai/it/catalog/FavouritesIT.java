package ru.flurai.it.catalog;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.JwtForge;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;

/**
 * Favourite shops and products (API.md §4): idempotent, per buyer, read back at once from the
 * primary.
 */
public class FavouritesIT extends ServerTest {

  public static RequestSpecification buyer(long id) {
    return api()
        .contentType("application/json")
        .header("X-Telegram-Init-Data", Fixtures.initData(id));
  }

  public static void subscribe(long buyer, long seller) {
    buyer(buyer)
        .body(Map.of("seller_id", seller))
        .post("/buyers/me/favorite-sellers")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
  }

  public static void unsubscribe(long buyer, long seller) {
    buyer(buyer)
        .delete("/buyers/me/favorite-sellers/" + seller)
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
  }

  public static int subscribers(long seller) {
    return api()
        .get("/public/sellers/" + seller)
        .then()
        .statusCode(200)
        .extract()
        .path("subscriber_count");
  }

  @Test
  public void subscribingIsIdempotentAndCountsOnTheShopPageAtOnce() {
    long shop = ShopRows.listedShop("Подписка", "", "1200");
    long a = Fixtures.newTelegramId();
    long b = Fixtures.newTelegramId();
    assertEquals(
        0, subscribers(shop)); // now cached for long: the subscriptions below must evict it
    subscribe(a, shop);
    subscribe(a, shop);
    assertEquals(1, subscribers(shop));
    subscribe(b, shop);
    assertEquals(2, subscribers(shop));

    JsonPath mine =
        buyer(a).get("/buyers/me/favorite-sellers").then().statusCode(200).extract().jsonPath();
    assertEquals(List.of(shop), mine.getList("seller_id", Long.class));
    assertEquals("Подписка", mine.getString("[0].shop_name"));
    assertEquals(1, mine.getInt("[0].product_count"));
    assertEquals(1200.0, mine.getDouble("[0].min_price"));
    assertEquals("available", mine.getString("[0].availability"));
    assertEquals(2, mine.getInt("[0].subscriber_count"));
    assertEquals("both", mine.getString("[0].delivery_type"));

    unsubscribe(a, shop);
    unsubscribe(a, shop);
    assertEquals(1, subscribers(shop));
    buyer(a).get("/buyers/me/favorite-sellers").then().statusCode(200).body("", empty());
    buyer(b).get("/buyers/me/favorite-sellers").then().body("seller_id", equalTo(List.of(shop)));
  }

  @Test
  public void favouriteShopsIncludeBlockedAndEmptyButNotDeleted() {
    long buyer = Fixtures.newTelegramId();
    long blocked = ShopRows.listedShop("Потом заблокирован", "", "100");
    long empty = ShopRows.shop("Без товаров", "");
    long deleted = ShopRows.listedShop("Потом удалён", "", "100");
    for (long s : List.of(blocked, empty, deleted)) {
      subscribe(buyer, s);
    }
    ShopRows.updateShop(blocked, "is_blocked = true");
    ShopRows.updateShop(deleted, "deleted_at = now()");
    JsonPath list =
        buyer(buyer).get("/buyers/me/favorite-sellers").then().statusCode(200).extract().jsonPath();
    assertEquals(List.of(empty, blocked), list.getList("seller_id", Long.class)); // newest first
    assertEquals(0, list.getInt("[0].product_count"));
    assertNull(list.get("[0].min_price"));
    assertEquals("unavailable", list.getString("[1].availability"));
  }

  @Test
  public void refusesUnknownAndUnavailableShops() {
    long buyer = Fixtures.newTelegramId();
    buyer(buyer)
        .body(Map.of("seller_id", 1234567890123L))
        .post("/buyers/me/favorite-sellers")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Магазин не найден"));
    long blocked = ShopRows.listedShop("Заблокирован", "", "100");
    ShopRows.updateShop(blocked, "is_blocked = true");
    buyer(buyer)
        .body(Map.of("seller_id", blocked))
        .post("/buyers/me/favorite-sellers")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Магазин недоступен"));
    buyer(buyer).post("/buyers/me/favorite-sellers").then().statusCode(400);
    buyer(buyer)
        .body(Map.of("product_id", 999999999999L))
        .post("/buyers/me/favorite-products")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Товар не найден"));
    assertEquals(
        0, Fixtures.count("select count(*) from buyer_favorite_sellers where buyer_id = ?", buyer));
  }

  @Test
  public void favouriteProductsAreIdempotentPerBuyerAndKeepSoldOutOnes() {
    long shop = ShopRows.listedShop("Товары", "", "100");
    long product = ShopRows.product(shop, "2500.50", 4, 1);
    ShopRows.updateProduct(
        product, "photo_ids = ?::jsonb", "[\"/static/uploads/products/p.webp\"]");
    long soldOut = ShopRows.product(shop, "300", 0, 0);
    long a = Fixtures.newTelegramId();
    long b = Fixtures.newTelegramId();
    for (long p : List.of(product, product, soldOut)) {
      buyer(a)
          .body(Map.of("product_id", p))
          .post("/buyers/me/favorite-products")
          .then()
          .statusCode(200)
          .body("status", equalTo("ok"));
    }
    JsonPath mine =
        buyer(a).get("/buyers/me/favorite-products").then().statusCode(200).extract().jsonPath();
    assertEquals(List.of(soldOut, product), mine.getList("product_id", Long.class));
    Map<String, Object> p = mine.getMap("[1]");
    assertEquals("Букет 2500.50", p.get("name"));
    assertEquals(2500.5, ((Number) p.get("price")).doubleValue());
    assertEquals("/static/uploads/products/p.webp", p.get("photo_id"));
    assertEquals(List.of("/static/uploads/products/p.webp"), p.get("photo_ids"));
    assertEquals(4, p.get("quantity"));
    assertEquals(false, p.get("is_preorder"));
    assertEquals(shop, ((Number) p.get("seller_id")).longValue());
    assertEquals("Товары", p.get("shop_name"));
    assertTrue(p.containsKey("description"));

    buyer(b).get("/buyers/me/favorite-products").then().statusCode(200).body("", empty());
    buyer(b).delete("/buyers/me/favorite-products/" + product).then().statusCode(200);
    assertEquals(
        2,
        buyer(a)
            .get("/buyers/me/favorite-products")
            .then()
            .extract()
            .jsonPath()
            .getList("")
            .size());
    buyer(a)
        .delete("/buyers/me/favorite-products/" + product)
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    buyer(a).delete("/buyers/me/favorite-products/" + product).then().statusCode(200);
    buyer(a)
        .get("/buyers/me/favorite-products")
        .then()
        .body("product_id", equalTo(List.of((int) soldOut)));
  }

  @Test
  public void refusedCallsChangeNothing() {
    long shop = ShopRows.listedShop("Чужие руки", "", "100");
    long product = ShopRows.product(shop, "100", 1, 0);
    long owner = Fixtures.newTelegramId();
    subscribe(owner, shop);
    buyer(owner)
        .body(Map.of("product_id", product))
        .post("/buyers/me/favorite-products")
        .then()
        .statusCode(200);
    String sellerToken = Fixtures.sellerToken(Fixtures.seller());
    List<RequestSpecification> strangers =
        List.of(
            api().contentType("application/json"),
            api().contentType("application/json").header("X-Seller-Token", sellerToken),
            api()
                .contentType("application/json")
                .header(
                    "Authorization", "Bearer " + JwtForge.expired("buyer", Long.toString(owner))),
            api()
                .contentType("application/json")
                .header("X-Telegram-Init-Data", "user=%7B%22id%22%3A1%7D&hash=0"));
    for (RequestSpecification s : strangers) {
      s.delete("/buyers/me/favorite-sellers/" + shop).then().statusCode(401);
    }
    for (RequestSpecification s :
        List.of(
            api().contentType("application/json"),
            api().contentType("application/json").header("X-Seller-Token", sellerToken))) {
      s.delete("/buyers/me/favorite-products/" + product).then().statusCode(401);
      s.body(Map.of("seller_id", shop)).post("/buyers/me/favorite-sellers").then().statusCode(401);
    }
    assertEquals(
        1, Fixtures.count("select count(*) from buyer_favorite_sellers where seller_id = ?", shop));
    assertEquals(
        1,
        Fixtures.count(
            "select count(*) from buyer_favorite_products where product_id = ?", product));
    assertEquals(1, subscribers(shop));
  }
}
