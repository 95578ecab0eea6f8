package ru.flurai.it.ordering;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.Stack.api;

import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/** The cart and its stock reservations (API.md §4, PRODUCT.md §3.2). */
public class CartIT extends ServerTest {
  private static final String RESERVED_AT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  public static long product(long sellerId, int stock) throws SQLException {
    try (var c = Stack.db();
        var s =
            c.prepareStatement(
                "insert into products (seller_id, name, price, quantity)"
                    + " values (?, 'Розы 51', 4500.00, ?) returning id")) {
      s.setLong(1, sellerId);
      s.setInt(2, stock);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  public static RequestSpecification buyer(long id) {
    return api()
        .header("X-Telegram-Init-Data", Fixtures.initData(id))
        .contentType("application/json");
  }

  public static long reserved(long productId) {
    return count("select reserved_quantity from products where id = ?", productId);
  }

  /**
   * The invariant of PRODUCT.md §3.2: a product's reserved units are exactly what its cart rows
   * hold.
   */
  public static void assertReservationsMatchCarts(long productId) {
    assertEquals(
        count("select coalesce(sum(quantity), 0) from cart_items where product_id = ?", productId),
        reserved(productId),
        "reserved_quantity of product " + productId + " = the sum of its cart rows");
  }

  @Test
  public void addReservesCapsAndRunsOut() throws Exception {
    var seller = Fixtures.seller();
    long product = product(seller.id(), 5);
    long buyer = Fixtures.newTelegramId();
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200)
        .body("quantity", equalTo(1))
        .body("seller_id", equalTo(seller.id()))
        .body("product_id", equalTo((int) product))
        .body("reserved_at", matchesPattern(RESERVED_AT));
    assertEquals(1, reserved(product));
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 10))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200)
        .body("quantity", equalTo(5));
    assertEquals(5, reserved(product));
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(409)
        .body("detail", equalTo("Товар закончился"));
    buyer(Fixtures.newTelegramId())
        .body(Map.of("product_id", product, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(409)
        .body("detail", containsString("Товар закончился"));
    buyer(buyer)
        .body(Map.of("product_id", 987654321, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(404);
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 0))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(400);
    assertEquals(5, reserved(product));
  }

  @Test
  public void cartIsGroupedBySellerWithNumericTotals() throws Exception {
    var seller = Fixtures.seller();
    long product = product(seller.id(), 3);
    long buyer = Fixtures.newTelegramId();
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 2))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
    buyer(buyer)
        .get("/buyers/me/cart")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].seller_id", equalTo(seller.id()))
        .body("[0].total", equalTo(9000.0f))
        .body("[0].items[0].price", equalTo(4500.0f))
        .body("[0].items[0].quantity", equalTo(2))
        .body("[0].items[0].reserved_at", matchesPattern(RESERVED_AT))
        .body("[0].items[0].is_preorder", equalTo(false))
        .body("[0].delivery_type", equalTo("both"));
    buyer(Fixtures.newTelegramId())
        .get("/buyers/me/cart")
        .then()
        .statusCode(200)
        .body("size()", equalTo(0));
  }

  @Test
  public void updateRemoveAndClearMoveReservedStock() throws Exception {
    var seller = Fixtures.seller();
    long product = product(seller.id(), 4);
    long buyer = Fixtures.newTelegramId();
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
    buyer(buyer)
        .body(Map.of("quantity", 3))
        .put("/buyers/me/cart/items/" + product)
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    assertEquals(3, reserved(product));
    buyer(buyer)
        .body(Map.of("quantity", 9))
        .put("/buyers/me/cart/items/" + product)
        .then()
        .statusCode(200);
    assertEquals(4, reserved(product));
    buyer(buyer)
        .body(Map.of("quantity", 0))
        .put("/buyers/me/cart/items/" + product)
        .then()
        .statusCode(200);
    assertEquals(0, reserved(product));
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 2))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
    buyer(buyer)
        .delete("/buyers/me/cart/items/" + product)
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    assertEquals(0, reserved(product));
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 2))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
    buyer(buyer).delete("/buyers/me/cart").then().statusCode(200);
    assertEquals(0, reserved(product));
    assertEquals(0, count("select count(*) from cart_items where buyer_id = ?", buyer));
  }

  @Test
  public void expiredReservationsAreReleasedOnReadAndCannotBeExtended() throws Exception {
    var seller = Fixtures.seller();
    long product = product(seller.id(), 2);
    long buyer = Fixtures.newTelegramId();
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 2))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
    buyer(buyer)
        .contentType("application/json")
        .post("/buyers/me/cart/items/" + product + "/extend-reservation")
        .then()
        .statusCode(200)
        .body("ttl_seconds", equalTo(300))
        .body("reserved_at", matchesPattern(RESERVED_AT));
    try (var c = Stack.db()) {
      Fixtures.exec(
          c,
          "update cart_items set reserved_at = now() - interval '10 minutes' where buyer_id = ?",
          buyer);
    }
    buyer(buyer)
        .post("/buyers/me/cart/items/" + product + "/extend-reservation")
        .then()
        .statusCode(409)
        .body("detail", containsString("истекло"));
    buyer(buyer).get("/buyers/me/cart").then().statusCode(200).body("size()", equalTo(0));
    assertEquals(0, reserved(product));
  }

  @Test
  public void manyBuyersRacingForOneHotProductNeverOversell() throws Exception {
    var seller = Fixtures.seller();
    long product = product(seller.id(), 5);
    ExecutorService pool = Executors.newFixedThreadPool(12);
    List<Future<Integer>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 30; i++) {
        long buyer = Fixtures.newTelegramId();
        results.add(
            pool.submit(
                () ->
                    buyer(buyer)
                        .body(Map.of("product_id", product, "quantity", 1))
                        .post("/buyers/me/cart/items")
                        .statusCode()));
      }
      int ok = 0;
      int soldOut = 0;
      for (Future<Integer> f : results) {
        int status = f.get();
        ok += status == 200 ? 1 : 0;
        soldOut += status == 409 ? 1 : 0;
      }
      assertEquals(5, ok);
      assertEquals(25, soldOut);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(5, reserved(product));
    assertReservationsMatchCarts(product);
    assertEquals(
        0,
        count(
            "select count(*) from products where quantity < 0 or reserved_quantity < 0"
                + " or reserved_quantity > quantity"));
  }

  @Test
  public void extensionsStopAtTheMaximumHoldFromTheFirstReservation() throws Exception {
    var seller = Fixtures.seller();
    long product = product(seller.id(), 3);
    long buyer = Fixtures.newTelegramId();
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
    try (var c =
        Stack.db()) { // held for 1 700 of the 1 800 s: an edit may not push the expiry past 1 800 s
      Fixtures.exec(
          c,
          "update cart_items set first_reserved_at = now() - interval '1700 seconds' where buyer_id = ?",
          buyer);
    }
    buyer(buyer)
        .body(Map.of("quantity", 2))
        .put("/buyers/me/cart/items/" + product)
        .then()
        .statusCode(200);
    assertEquals(
        1,
        count(
            "select count(*) from cart_items where buyer_id = ? and quantity = 2"
                + " and reserved_at <= first_reserved_at + interval '1500 seconds'",
            buyer));
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200)
        .body("quantity", equalTo(3));
    assertEquals(
        1,
        count(
            "select count(*) from cart_items where buyer_id = ?"
                + " and reserved_at <= first_reserved_at + interval '1500 seconds'",
            buyer));
    buyer(buyer)
        .post("/buyers/me/cart/items/" + product + "/extend-reservation")
        .then()
        .statusCode(409)
        .body(
            "detail",
            equalTo(
                "Резервирование больше нельзя продлить: оформите заказ или добавьте товар"
                    + " в корзину заново"));
    assertEquals(3, reserved(product));
    assertReservationsMatchCarts(product);
  }

  @Test
  public void aBlockedSellersProductsCannotBeAdded() throws Exception {
    var seller = Fixtures.seller();
    long product = product(seller.id(), 3);
    try (var c = Stack.db()) {
      Fixtures.exec(c, "update sellers set is_blocked = true where seller_id = ?", seller.id());
    }
    long buyer = Fixtures.newTelegramId();
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(403)
        .body("detail", equalTo("Продавец заблокирован"));
    assertEquals(0, reserved(product));
    assertEquals(0, count("select count(*) from cart_items where buyer_id = ?", buyer));
  }
}
