package ru.flurai.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.ordering.CartIT.buyer;
import static ru.flurai.it.ordering.CartIT.product;
import static ru.flurai.it.ordering.OrdersIT.place;
import static ru.flurai.it.ordering.OrdersIT.seller;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.RawHttp;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;

/** Inputs that once produced a 500 (issue 10): each is a readable 400 that changes nothing. */
public class HostileInputIT extends ServerTest {
  private static final String NUL = "Недопустимый символ U+0000 в запросе";

  @Test
  public void aBodyThatIsNotAnObjectIsA400() throws Exception {
    var s = Fixtures.seller();
    long product = product(s.id(), 3);
    long b = Fixtures.newTelegramId();
    for (String body : List.of("[]", "\"s\"", "123", "null", "true", "[{}]")) {
      buyer(b)
          .body(body)
          .post("/buyers/me/cart/checkout")
          .then()
          .statusCode(400)
          .body("detail", equalTo("Тело запроса должно быть JSON-объектом"));
      buyer(b).body(body).post("/buyers/me/cart/items").then().statusCode(400);
      api()
          .contentType("application/json")
          .body(body)
          .post("/seller-web/login")
          .then()
          .statusCode(400);
      api().contentType("application/json").body(body).post("/admin/login").then().statusCode(400);
    }
    assertEquals(0, count("select count(*) from cart_items where buyer_id = ?", b));
    assertEquals(0, count("select reserved_quantity from products where id = ?", product));
    var seller = SellerSession.open();
    for (String body : List.of("[]", "\"s\"", "123", "null")) {
      seller
          .api()
          .contentType("application/json")
          .body(body)
          .put("/seller-web/me")
          .then()
          .statusCode(400)
          .body("detail", equalTo("Тело запроса должно быть JSON-объектом"));
      seller
          .api()
          .contentType("application/json")
          .body(body)
          .post("/seller-web/products")
          .then()
          .statusCode(400)
          .body("detail", equalTo("Тело запроса должно быть JSON-объектом"));
    }
    assertEquals(
        0, count("select count(*) from products where seller_id = ?", seller.seller().id()));
  }

  @Test
  public void aNulByteAnywhereIsA400() throws Exception {
    api()
        .queryParam("q", "\u0000")
        .get("/public/metro/search")
        .then()
        .statusCode(400)
        .body("detail", equalTo(NUL));
    var raw = RawHttp.get("/public/metro/search?q=%00");
    assertEquals(400, raw.status(), raw.body());
    api()
        .contentType("application/json")
        .body(Map.of("login", "a\u0000b", "password", "x"))
        .post("/seller-web/login")
        .then()
        .statusCode(400)
        .body("detail", equalTo(NUL));
    api()
        .contentType("application/json")
        .body("{\"login\":\"a\\u0000b\",\"password\":\"x\"}")
        .post("/admin/login")
        .then()
        .statusCode(400)
        .body("detail", equalTo(NUL));
    long b = Fixtures.newTelegramId();
    buyer(b)
        .header("Idempotency-Key", "k%00")
        .body(Map.of("phone", "+79001234567"))
        .post("/buyers/me/cart/checkout")
        .then()
        .statusCode(400)
        .body("detail", equalTo(NUL));
    assertEquals(0, count("select count(*) from idempotency_keys where buyer_id = ?", b));
  }

  @Test
  public void anOverflowingPriceIsA400AndChangesNothing() throws Exception {
    var p = place("Самовывоз", 5, 1);
    for (String price : List.of("1e12", "10000000000", "9999999999.999")) {
      seller(p)
          .queryParam("new_price", price)
          .put("/seller-web/orders/" + p.orderId() + "/price")
          .then()
          .statusCode(400);
    }
    assertEquals(4500, count("select total_price from orders where id = ?", p.orderId()));
    seller(p)
        .queryParam("new_price", "9999999999.99")
        .put("/seller-web/orders/" + p.orderId() + "/price")
        .then()
        .statusCode(200);
  }

  @Test
  public void aRawLessThanInAStaticQueryIsNot500() throws Exception {
    var raw = RawHttp.get("/static/uploads/products/a.webp?x=<script>");
    assertFalse(raw.status() >= 500, raw.status() + " " + raw.body());
    assertFalse(raw.body().contains("\tat "), raw.body());
  }

  /**
   * Found by FuzzIT: the web container's own 400 for these URIs was an HTML page naming its
   * classes.
   */
  @Test
  public void anEncodedBackslashOrSlashInAPathIsAJson400WithoutClassNames() throws Exception {
    for (String path :
        List.of(
            "/public/sellers/..%5C..%5Cwin.ini/availability",
            "/public/metro/%2F",
            "/seller-web/orders/%3Cscript%3E%3C%2Fscript%3E",
            "/admin/sellers/..%5C1")) {
      var raw = RawHttp.get(path);
      assertEquals(400, raw.status(), path + " " + raw.body());
      assertEquals("{\"detail\":\"Некорректный адрес запроса\"}", raw.body(), path);
    }
  }
}
