package ru.flurai.ordering.cart;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Stack.api;

import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.Stack;

/**
 * The cart endpoints' request bodies (API.md §4) over HTTP: each missing or wrong field gets
 * today's exact status and {@code detail}, checked in today's order (the product before the
 * quantity), and a refused body moves no stock and leaves no cart row.
 */
class CartBodiesIT {
  private static final String NO_PRODUCT = "Укажите product_id";
  private static final String NO_QUANTITY = "Укажите quantity";
  private static final String BAD_QUANTITY = "Количество должно быть не меньше 1";
  private static final String BAD_JSON = "Некорректный JSON в теле запроса";

  private static RequestSpecification buyer(long id) {
    return api()
        .header("X-Telegram-Init-Data", Fixtures.initData(id))
        .contentType("application/json");
  }

  private static long product(long seller, int stock) throws SQLException {
    try (var c = Stack.db();
        var s =
            c.prepareStatement(
                "insert into products (seller_id, name, price, quantity)"
                    + " values (?, 'Тюльпаны', 900.00, ?) returning id")) {
      s.setLong(1, seller);
      s.setInt(2, stock);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long count(String sql, long id) throws SQLException {
    try (var c = Stack.db();
        var s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void refusedAdd(long buyer, String body, int status, String detail) {
    buyer(buyer)
        .body(body)
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(status)
        .body("detail", equalTo(detail));
  }

  @Test
  void addWithoutAProductIsRefusedBeforeTheQuantity() throws Exception {
    long b = Fixtures.newTelegramId();
    for (String body :
        List.of("{}", "{\"quantity\": 2}", "{\"product_id\": null}", "{\"quantity\": 0}", " ")) {
      refusedAdd(b, body, 400, NO_PRODUCT);
    }
    assertEquals(0, count("select count(*) from cart_items where buyer_id = ?", b));
  }

  @Test
  void addWithAQuantityBelowOneIsRefusedAndMovesNothing() throws Exception {
    var s = Fixtures.seller();
    long p = product(s.id(), 5);
    long b = Fixtures.newTelegramId();
    for (String q : List.of("0", "-1", "-2147483648")) {
      refusedAdd(b, "{\"product_id\": " + p + ", \"quantity\": " + q + "}", 400, BAD_QUANTITY);
    }
    assertEquals(0, count("select count(*) from cart_items where buyer_id = ?", b));
    assertEquals(0, count("select reserved_quantity from products where id = ?", p));
  }

  @Test
  void addWithoutAQuantityAddsOne() throws Exception {
    var s = Fixtures.seller();
    long p = product(s.id(), 5);
    long b = Fixtures.newTelegramId();
    buyer(b)
        .body("{\"product_id\": " + p + "}")
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200)
        .body("quantity", equalTo(1));
    assertEquals(1, count("select reserved_quantity from products where id = ?", p));
  }

  @Test
  void addWithFieldsOfTheWrongTypeIsUnreadable() {
    long b = Fixtures.newTelegramId();
    refusedAdd(b, "{\"product_id\": \"abc\"}", 400, BAD_JSON);
    refusedAdd(b, "{\"product_id\": 1, \"quantity\": \"two\"}", 400, BAD_JSON);
  }

  @Test
  void addOfAnUnknownProductIsNotFound() {
    refusedAdd(
        Fixtures.newTelegramId(), "{\"product_id\": 999999999999}", 404, "Product not found");
  }

  @Test
  void updateWithoutAQuantityIsRefusedAndChangesNothing() throws Exception {
    var s = Fixtures.seller();
    long p = product(s.id(), 5);
    long b = Fixtures.newTelegramId();
    buyer(b)
        .body("{\"product_id\": " + p + ", \"quantity\": 2}")
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
    for (String body : List.of("{}", "{\"quantity\": null}", " ")) {
      buyer(b)
          .body(body)
          .put("/buyers/me/cart/items/" + p)
          .then()
          .statusCode(400)
          .body("detail", equalTo(NO_QUANTITY));
    }
    buyer(b)
        .body("{\"quantity\": \"x\"}")
        .put("/buyers/me/cart/items/" + p)
        .then()
        .statusCode(400)
        .body("detail", equalTo(BAD_JSON));
    assertEquals(2, count("select reserved_quantity from products where id = ?", p));
    assertEquals(2, count("select sum(quantity) from cart_items where buyer_id = ?", b));
  }

  @Test
  void extendingALineThatIsNotThereIsAConflict() throws Exception {
    var s = Fixtures.seller();
    long p = product(s.id(), 5);
    buyer(Fixtures.newTelegramId())
        .post("/buyers/me/cart/items/" + p + "/extend-reservation")
        .then()
        .statusCode(409)
        .body("detail", equalTo("Резервирование истекло или товар не найден"));
  }
}
