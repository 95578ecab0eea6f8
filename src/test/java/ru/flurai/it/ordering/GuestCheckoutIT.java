package ru.flurai.it.ordering;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.Stack.api;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.telegram.NotificationsIT;

/**
 * {@code POST /orders/guest-checkout} (PRODUCT.md §8.2, LATER.md §1): a browser buyer's order with
 * the cart in the body, sold through the guarded stock moves, priced by zone, rate-limited per IP,
 * idempotent, and announced to the seller through the outbox.
 */
public class GuestCheckoutIT extends ServerTest {
  private static final String SOLD_OUT = "Товар закончился: Розы 51";
  private static final String BAD_PHONE = "Неверный формат телефона. Ожидается +7 000 000 00 00";

  static Map<String, Object> body(long seller, long product, int qty, String phone, String type) {
    Map<String, Object> b = new HashMap<>();
    b.put("guest_name", "  Мария <b>Гостья</b> ");
    b.put("guest_phone", phone);
    b.put("delivery_type", "Самовывоз");
    b.put("address", "Самовывоз");
    b.put(
        "items",
        List.of(
            Map.of(
                "product_id",
                product,
                "seller_id",
                seller,
                "quantity",
                qty,
                "name",
                "x",
                "price",
                1)));
    b.put("delivery_by_seller", List.of(Map.of("seller_id", seller, "delivery_type", type)));
    return b;
  }

  static Response guest(String ip, Object body, String key) {
    var r = Fixtures.from(ip).body(body);
    return (key == null ? r : r.header("Idempotency-Key", key)).post("/orders/guest-checkout");
  }

  private static String phone() {
    return "7916" + (1_000_000 + (Fixtures.newTelegramId() % 9_000_000));
  }

  @Test
  public void aGuestOrderIsSoldPricedAndAnnouncedToTheSeller() throws Exception {
    var seller = Fixtures.seller();
    long zone = ShopRows.deliversInMoscow(seller.id(), "250");
    long product = CartIT.product(seller.id(), 5);
    long arbat = AdminApi.id("select id from districts where city_id = 1 and name = 'Арбат'");
    String phone = phone();
    Map<String, Object> b = body(seller.id(), product, 2, "8" + phone.substring(1), "Доставка");
    b.put("address", "Арбат, 10");
    b.put("buyer_district_id", arbat);
    JsonPath placed =
        guest(Fixtures.freshIp(), b, null)
            .then()
            .statusCode(200)
            .body("orders.size()", equalTo(1))
            .body("orders[0].order_id", notNullValue())
            .body("orders[0].seller_id", equalTo(seller.id()))
            .body("orders[0].total_price", equalTo(9250.0f))
            .extract()
            .jsonPath();
    long order = placed.getLong("orders[0].order_id");
    // stock sold at once, nothing left reserved; the order has no buyer and keeps the guest
    assertEquals(3, count("select quantity from products where id = ?", product));
    assertEquals(0, count("select reserved_quantity from products where id = ?", product));
    assertEquals(
        "null|true|Мария Гостья|" + phone + "|250.00|" + zone,
        AdminApi.text(
            "select coalesce(buyer_id::text, 'null') || '|' || is_guest || '|' || buyer_fio || '|'"
                + " || buyer_phone || '|' || delivery_fee || '|' || delivery_zone_id from orders"
                + " where id = ?",
            order));
    // LATER.md §1.7, through the outbox to the seller's chat
    Map<String, Object> message =
        NotificationsIT.awaitMessage(seller.id(), "#" + order + " (гость)");
    String text = String.valueOf(message.get("text"));
    assertTrue(text.contains("💰 Сумма: 9250 руб."), text);
    assertTrue(text.contains("🚚 Доставка — зона «"), text);
    assertTrue(text.contains("» (250 руб.)"), text);
    assertTrue(text.contains("🛒 Розы 51@4500.0 × 2"), text);
    assertTrue(text.contains("👤 Покупатель: Мария Гостья"), text);
    assertTrue(text.contains("📞 Телефон: " + phone), text);
    assertTrue(text.contains("Принять или отклонить заказ — в админ-панели."), text);

    // the panel shows the guest's name and phone; the order moves like any other
    String token = Fixtures.sellerToken(seller);
    api()
        .header("X-Seller-Token", token)
        .get("/seller-web/orders/" + order)
        .then()
        .statusCode(200)
        .body("buyer_fio", equalTo("Мария Гостья"))
        .body("buyer_phone", equalTo(phone))
        .body("is_guest", equalTo(true))
        .body("buyer_id", equalTo(null))
        .body("delivery_fee", equalTo(250.0f));
    for (String move : List.of("accept", "status?status=assembling", "status?status=done")) {
      var r = api().header("X-Seller-Token", token).contentType("application/json");
      (move.equals("accept")
              ? r.post("/seller-web/orders/" + order + "/accept")
              : r.put("/seller-web/orders/" + order + "/" + move))
          .then()
          .statusCode(200);
    }
    api().header("X-Seller-Token", token).get("/seller-web/stats").then().statusCode(200);
    AdminApi.admin()
        .queryParam("seller_id", seller.id())
        .get("/admin/orders")
        .then()
        .statusCode(200)
        .body("orders[0].id", equalTo((int) order))
        .body("orders[0].buyer_id", equalTo(null));
  }

  @Test
  public void aHotProductIsNeverOversold() throws Exception {
    var seller = Fixtures.seller();
    long product = CartIT.product(seller.id(), 3);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        String ip = Fixtures.freshIp();
        String phone = phone();
        calls.add(() -> guest(ip, body(seller.id(), product, 1, phone, "Самовывоз"), null));
      }
      int sold = 0;
      int refused = 0;
      for (Future<Response> f : pool.invokeAll(calls, 120, TimeUnit.SECONDS)) {
        Response r = f.get();
        if (r.statusCode() == 200) {
          sold++;
        } else {
          assertEquals(409, r.statusCode(), r.asString());
          assertEquals(SOLD_OUT, r.path("detail"));
          refused++;
        }
      }
      assertEquals(3, sold);
      assertEquals(5, refused);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(0, count("select quantity from products where id = ?", product));
    assertEquals(0, count("select reserved_quantity from products where id = ?", product));
    assertEquals(
        3, count("select count(*) from orders where seller_id = ? and is_guest", seller.id()));
  }

  @Test
  public void unitsOtherCartsHoldAreNotSoldToAGuest() throws Exception {
    var seller = Fixtures.seller();
    long product = CartIT.product(seller.id(), 2);
    long buyer = Fixtures.newTelegramId();
    CheckoutIT.add(buyer, product, 2);
    guest(Fixtures.freshIp(), body(seller.id(), product, 1, phone(), "Самовывоз"), null)
        .then()
        .statusCode(409)
        .body("detail", equalTo(SOLD_OUT));
    assertEquals(2, count("select quantity from products where id = ?", product));
    assertEquals(2, count("select reserved_quantity from products where id = ?", product));
  }

  @Test
  public void eachClientAddressHasItsLimit() {
    String ip = Fixtures.freshIp();
    Map<String, Object> bad = new HashMap<>();
    bad.put("guest_name", "Спам");
    bad.put("guest_phone", "123");
    // 11 attempts inside one 8 s window or two: some window gets more than 5
    int limited = 0;
    for (int i = 0; i < 11; i++) {
      Response r = guest(ip, bad, null);
      if (r.statusCode() == 429) {
        limited++;
        assertEquals("Слишком много попыток, попробуйте через минуту", r.path("detail"));
        assertTrue(Integer.parseInt(r.header("Retry-After")) >= 1);
      } else {
        assertEquals(400, r.statusCode(), r.asString());
      }
    }
    assertTrue(limited >= 1, "no attempt was limited");
    // another client is not limited by this one
    guest(Fixtures.freshIp(), bad, null).then().statusCode(400);
  }

  @Test
  public void aReplayWithTheSameKeyGetsTheFirstAnswer() throws Exception {
    var seller = Fixtures.seller();
    long product = CartIT.product(seller.id(), 5);
    String key = "guest-" + Fixtures.newTelegramId();
    Map<String, Object> b = body(seller.id(), product, 1, phone(), "Самовывоз");
    String first = guest(Fixtures.freshIp(), b, key).then().statusCode(200).extract().asString();
    String again = guest(Fixtures.freshIp(), b, key).then().statusCode(200).extract().asString();
    assertEquals(first, again);
    assertEquals(
        1, count("select count(*) from orders where seller_id = ? and is_guest", seller.id()));
    assertEquals(4, count("select quantity from products where id = ?", product));
    Map<String, Object> other = body(seller.id(), product, 2, phone(), "Самовывоз");
    guest(Fixtures.freshIp(), other, key)
        .then()
        .statusCode(422)
        .body("detail", equalTo("Idempotency-Key уже использован с другим запросом"));
    assertEquals(4, count("select quantity from products where id = ?", product));
  }

  @Test
  public void aHostileBodyIsRefusedAndChangesNothing() throws Exception {
    var seller = Fixtures.seller();
    var other = Fixtures.seller();
    long product = CartIT.product(seller.id(), 5);
    long foreign = CartIT.product(other.id(), 5);
    long preorder = CartIT.product(seller.id(), 5);
    ShopRows.updateProduct(preorder, "is_preorder = true");
    long inactive = CartIT.product(seller.id(), 5);
    ShopRows.updateProduct(inactive, "is_active = false");
    List<Map.Entry<Object, String>> cases = new ArrayList<>();
    cases.add(Map.entry("{}", BAD_PHONE));
    Map<String, Object> noItems = body(seller.id(), product, 1, phone(), "Самовывоз");
    noItems.put("items", List.of());
    cases.add(Map.entry(noItems, "Корзина пуста"));
    cases.add(
        Map.entry(
            body(seller.id(), product, 0, phone(), "Самовывоз"),
            "Количество должно быть от 1 до 100"));
    cases.add(
        Map.entry(
            body(seller.id(), product, 1_000_000, phone(), "Самовывоз"),
            "Количество должно быть от 1 до 100"));
    cases.add(
        Map.entry(
            body(seller.id(), 987654321987L, 1, phone(), "Самовывоз"),
            "Товар 987654321987 не найден"));
    cases.add(
        Map.entry(
            body(seller.id(), foreign, 1, phone(), "Самовывоз"),
            "Товар " + foreign + " не принадлежит магазину"));
    cases.add(
        Map.entry(
            body(seller.id(), preorder, 1, phone(), "Самовывоз"),
            "Предзаказ доступен только после входа через Telegram"));
    cases.add(
        Map.entry(
            body(seller.id(), inactive, 1, phone(), "Самовывоз"), "Товар «Розы 51» недоступен"));
    cases.add(Map.entry(body(seller.id(), product, 1, "123", "Самовывоз"), BAD_PHONE));
    Map<String, Object> wrongType = body(seller.id(), product, 1, phone(), "Самовывоз");
    wrongType.put("items", "все");
    cases.add(Map.entry(wrongType, "Некорректный JSON в теле запроса"));
    cases.add(Map.entry("[1,2]", "Тело запроса должно быть JSON-объектом"));
    cases.add(Map.entry("not json", "Тело запроса должно быть JSON-объектом"));
    Map<String, Object> noAddress = body(seller.id(), product, 1, phone(), "Доставка");
    noAddress.put("address", " ");
    cases.add(Map.entry(noAddress, "Укажите адрес доставки"));
    // delivery from a shop without zones (PRODUCT.md §8.1)
    cases.add(
        Map.entry(
            body(seller.id(), product, 1, phone(), "Доставка"),
            "Доставка недоступна — настройте зоны доставки"));
    for (var c : cases) {
      Response r = guest(Fixtures.freshIp(), c.getKey(), null);
      assertEquals(400, r.statusCode(), c.getKey() + " → " + r.asString());
      assertEquals(c.getValue(), r.path("detail"), String.valueOf(c.getKey()));
    }
    for (long p : List.of(product, foreign, preorder, inactive)) {
      assertEquals(5, count("select quantity from products where id = ?", p));
      assertEquals(0, count("select reserved_quantity from products where id = ?", p));
    }
    assertEquals(
        0, count("select count(*) from orders where seller_id in (?, ?)", seller.id(), other.id()));
  }
}
