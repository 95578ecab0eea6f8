package ru.flurai.it.delivery;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.ordering.CartIT.buyer;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;
import ru.flurai.it.ordering.CartIT;
import ru.flurai.it.ordering.CheckoutIT;

/**
 * Delivery zones (PRODUCT.md §8.1, LATER.md §3): the seller's CRUD with its defaults and PUT
 * semantics, districts resolved within the seller's city only, and the price that check-delivery
 * shows and the checkout charges, the same to the kopeck.
 */
public class DeliveryZonesIT extends ServerTest {
  private static final String NOT_FOUND = "Зона доставки не найдена";

  /** A city of its own with districts named as given (ids in that order). */
  private static long[] cityWith(String... names) {
    long city = ShopRows.city();
    long[] ids = new long[names.length + 1];
    ids[0] = city;
    for (int i = 0; i < names.length; i++) {
      ids[i + 1] =
          ShopRows.insertId(
              "insert into districts (city_id, name) values (?, ?) returning id", city, names[i]);
    }
    return ids;
  }

  private static Map<String, Object> zoneBody(String name, Object districts) {
    Map<String, Object> b = new HashMap<>();
    b.put("name", name);
    b.put("district_ids", districts);
    return b;
  }

  private static JsonPath check(long seller, Map<String, Object> body) {
    return api()
        .contentType("application/json")
        .body(body)
        .post("/public/sellers/" + seller + "/check-delivery")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  public void sellerManagesOwnZonesWithThePanelsDefaultsAndTexts() {
    SellerSession seller = SellerSession.open();
    SellerSession other = SellerSession.open();
    long[] c = cityWith("Центральный", "Северный");
    long[] elsewhere = cityWith("Центральный");

    // no city yet: districts cannot be chosen
    seller
        .api()
        .body(zoneBody("Центр", List.of(c[1])))
        .post("/seller-web/delivery-zones")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Укажите город в настройках магазина, чтобы выбрать районы"));
    SellerSession.exec("update sellers set city_id = ? where seller_id = ?", c[0], seller.id());

    // POST with the defaults of LATER.md §3.2
    JsonPath z =
        seller
            .api()
            .body(zoneBody(" Центр ", List.of(c[2], c[1])))
            .post("/seller-web/delivery-zones")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long zone = z.getLong("id");
    assertEquals(seller.id(), z.getLong("seller_id"));
    assertEquals("Центр", z.getString("name"));
    assertEquals(List.of(c[1], c[2]), z.getList("district_ids", Long.class));
    assertEquals(0.0, z.getDouble("delivery_price"));
    assertNull(z.get("min_order_amount"));
    assertNull(z.get("free_delivery_from"));
    assertEquals(true, z.getBoolean("is_active"));
    assertEquals(0, z.getInt("priority"));

    // refusals, each a 400 with its text, none writing anything
    for (var refused :
        List.of(
            Map.entry(
                Map.<String, Object>of("district_ids", List.of(c[1])), "Укажите название зоны"),
            Map.entry(zoneBody("Пусто", List.of()), "Выберите хотя бы один район"),
            Map.entry(
                zoneBody("Чужой", List.of(elsewhere[1])),
                "Район с ID " + elsewhere[1] + " не найден в городе магазина"),
            Map.entry(
                Map.<String, Object>of(
                    "name", "Минус", "district_ids", List.of(c[1]), "delivery_price", -1),
                "Стоимость доставки не может быть отрицательной"),
            Map.entry(
                Map.<String, Object>of(
                    "name", "Буквы", "district_ids", List.of(c[1]), "delivery_price", "abc"),
                "Поле delivery_price должно быть числом"),
            Map.entry(
                zoneBody("Строка", "1,2"), "Поле district_ids должно быть списком ID районов"))) {
      seller
          .api()
          .body(refused.getKey())
          .post("/seller-web/delivery-zones")
          .then()
          .statusCode(400)
          .body("detail", equalTo(refused.getValue()));
    }
    assertEquals(1, count("select count(*) from delivery_zones where seller_id = ?", seller.id()));

    // PUT: absent and null keep the value, except the thresholds, where null clears
    Map<String, Object> change = new HashMap<>();
    change.put("name", null);
    change.put("delivery_price", 250);
    change.put("free_delivery_from", 3000);
    change.put("min_order_amount", 1000);
    change.put("is_active", null);
    seller
        .api()
        .body(change)
        .put("/seller-web/delivery-zones/" + zone)
        .then()
        .statusCode(200)
        .body("name", equalTo("Центр"))
        .body("delivery_price", equalTo(250.0f))
        .body("free_delivery_from", equalTo(3000.0f))
        .body("min_order_amount", equalTo(1000.0f))
        .body("is_active", equalTo(true));
    Map<String, Object> clear = new HashMap<>();
    clear.put("free_delivery_from", null);
    clear.put("priority", 3);
    seller
        .api()
        .body(clear)
        .put("/seller-web/delivery-zones/" + zone)
        .then()
        .statusCode(200)
        .body("free_delivery_from", nullValue())
        .body("min_order_amount", equalTo(1000.0f))
        .body("priority", equalTo(3))
        .body("district_ids.size()", equalTo(2));
    // a refused change leaves the zone as it was
    seller
        .api()
        .body(Map.of("delivery_price", -5, "name", "Другое"))
        .put("/seller-web/delivery-zones/" + zone)
        .then()
        .statusCode(400);
    assertEquals(
        "Центр|250.00",
        AdminApi.text(
            "select name || '|' || delivery_price from delivery_zones where id = ?", zone));

    // another seller's zone does not exist for them
    other.api().get("/seller-web/delivery-zones").then().statusCode(200).body("size()", equalTo(0));
    other
        .api()
        .body(Map.of("name", "Захват"))
        .put("/seller-web/delivery-zones/" + zone)
        .then()
        .statusCode(404)
        .body("detail", equalTo(NOT_FOUND));
    other
        .api()
        .delete("/seller-web/delivery-zones/" + zone)
        .then()
        .statusCode(404)
        .body("detail", equalTo(NOT_FOUND));
    seller
        .api()
        .get("/seller-web/delivery-zones")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].id", equalTo((int) zone));

    seller
        .api()
        .delete("/seller-web/delivery-zones/" + zone)
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    seller.api().get("/seller-web/delivery-zones").then().body("size()", equalTo(0));
    seller
        .api()
        .body(Map.of("name", "X"))
        .put("/seller-web/delivery-zones/" + zone)
        .then()
        .statusCode(404)
        .body("detail", equalTo(NOT_FOUND));
  }

  @Test
  public void checkDeliveryAndCheckoutChargeTheSameFee() throws Exception {
    SellerSession seller = SellerSession.open();
    long[] c = cityWith("Тверской", "Арбатский", "Дальний");
    long[] twin = cityWith("Тверской");
    SellerSession.exec("update sellers set city_id = ? where seller_id = ?", c[0], seller.id());
    // zone A: Тверской, 300 ₽, minimum 1000, free from 5000; zone B: Тверской and Арбатский,
    // 500 ₽, a lower priority (A wins on Тверской)
    long a = ShopRows.zone(seller.id(), "300", "5000", c[1]);
    SellerSession.exec("update delivery_zones set min_order_amount = 1000 where id = ?", a);
    long b = ShopRows.zone(seller.id(), "500", null, c[1], c[2]);
    SellerSession.exec("update delivery_zones set priority = -1 where id = ?", b);

    // check-delivery, as the Mini App sends it
    JsonPath inA = check(seller.id(), Map.of("district_id", c[1]));
    assertEquals(true, inA.getBoolean("delivers"));
    assertEquals(300.0, inA.getDouble("delivery_price"));
    assertEquals(a, inA.getLong("zone.id"));
    assertEquals(c[1], inA.getLong("district_id"));
    assertEquals("", inA.getString("message"));
    // a district name resolves within the seller's city, not the twin city's "Тверской"
    JsonPath byName = check(seller.id(), Map.of("district_name", "тверской"));
    assertEquals(c[1], byName.getLong("district_id"));
    assertEquals(300.0, byName.getDouble("delivery_price"));
    JsonPath twinDistrict = check(seller.id(), Map.of("district_id", twin[1]));
    assertEquals(false, twinDistrict.getBoolean("delivers"));
    assertEquals("Укажите адрес для проверки доставки", twinDistrict.getString("message"));
    JsonPath outside = check(seller.id(), Map.of("district_id", c[3]));
    assertEquals(false, outside.getBoolean("delivers"));
    assertEquals("Магазин не доставляет по этому адресу", outside.getString("message"));
    assertEquals(c[3], outside.getLong("district_id"));
    assertEquals(0.0, outside.getDouble("delivery_price"));
    assertEquals(
        500.0, check(seller.id(), Map.of("district_id", c[2])).getDouble("delivery_price"));

    // the checkout charges what check-delivery says for the same goods
    long rose = CartIT.product(seller.id(), 10); // 4500 ₽
    assertEquals(300.0, checkout(seller, rose, 1, c[1], 4800.0, 300.0, a));
    assertEquals(0.0, checkout(seller, rose, 2, c[1], 9000.0, 0.0, a)); // free from 5000
    assertEquals(500.0, checkout(seller, rose, 1, c[2], 5000.0, 500.0, b));

    // refusals with the Mini App's texts; the cart and the stock stay
    long cheap = ShopRows.product(seller.id(), "500", 5, 0);
    refused(cheap, c[1], "Минимальная сумма заказа для доставки в этот район — 1000 ₽");
    refused(rose, c[3], "Магазин не доставляет по вашему адресу");
    refused(rose, null, "Не удалось определить район для доставки. Уточните адрес.");
    assertEquals(
        false,
        check(seller.id(), Map.of("district_id", c[1], "subtotal", 500)).getBoolean("delivers"));

    // a shop that delivers without an active zone offers no delivery
    SellerSession.exec(
        "update delivery_zones set is_active = false where seller_id = ?", seller.id());
    JsonPath none = check(seller.id(), Map.of("district_id", c[1]));
    assertEquals(false, none.getBoolean("delivers"));
    assertEquals("Доставка недоступна — зоны доставки не настроены", none.getString("message"));
    refused(rose, c[1], "Доставка недоступна — настройте зоны доставки");

    // the price is worked out before the seller lock, but its refusal keeps its turn: after the
    // shop's checks and today's limit (here delivery is closed for today)
    SellerSession.exec(
        "update sellers set max_delivery_orders = 0 where seller_id = ?", seller.id());
    refused(rose, c[1], 409, "Магазин сейчас не принимает заказы: лимит на сегодня исчерпан");
  }

  /**
   * Checks out {@code qty} of the product to the district after asking check-delivery with the same
   * goods; asserts the order's total, fee and zone; returns the fee check-delivery showed.
   */
  private static double checkout(
      SellerSession seller,
      long product,
      int qty,
      long district,
      double total,
      double fee,
      long zone)
      throws Exception {
    double shown =
        check(seller.id(), Map.of("district_id", district, "subtotal", 4500 * qty))
            .getDouble("delivery_price");
    long buyer = Fixtures.newTelegramId();
    CheckoutIT.add(buyer, product, qty);
    // the cart: with zones the fee depends on the address (API.md §4)
    buyer(buyer)
        .get("/buyers/me/cart")
        .then()
        .statusCode(200)
        .body("[0].delivery_price", nullValue())
        .body("[0].has_delivery_zones", equalTo(true));
    Map<String, Object> body = new HashMap<>(CheckoutIT.body("Доставка"));
    body.put("buyer_district_id", district);
    JsonPath placed =
        CheckoutIT.checkout(buyer, body, null).then().statusCode(200).extract().jsonPath();
    assertEquals(total, placed.getDouble("orders[0].total_price"));
    assertEquals(fee, placed.getDouble("orders[0].delivery_fee"));
    assertEquals(shown, placed.getDouble("orders[0].delivery_fee"));
    long order = placed.getLong("orders[0].order_id");
    assertEquals(
        String.format(Locale.ROOT, "%.2f|%d", fee, zone),
        AdminApi.text(
            "select delivery_fee || '|' || delivery_zone_id from orders where id = ?", order));
    // the panel's order card (API.md §6: the order object plus delivery_fee and delivery_zone_id)
    seller
        .api()
        .get("/seller-web/orders/" + order)
        .then()
        .statusCode(200)
        .body("delivery_fee", equalTo((float) fee))
        .body("delivery_zone_id", equalTo((int) zone));
    return shown;
  }

  private static void refused(long product, Long district, String detail) {
    refused(product, district, 400, detail);
  }

  private static void refused(long product, Long district, int status, String detail) {
    long buyer = Fixtures.newTelegramId();
    buyer(buyer)
        .body(Map.of("product_id", product, "quantity", 1))
        .post("/buyers/me/cart/items")
        .then()
        .statusCode(200);
    Map<String, Object> body = new HashMap<>(CheckoutIT.body("Доставка"));
    body.put("address", "нет такого адреса");
    if (district != null) {
      body.put("buyer_district_id", district);
    }
    CheckoutIT.checkout(buyer, body, null)
        .then()
        .statusCode(status)
        .body("detail", equalTo(detail));
    assertEquals(0, count("select count(*) from orders where buyer_id = ?", buyer));
    assertEquals(1, count("select count(*) from cart_items where buyer_id = ?", buyer));
    CartIT.assertReservationsMatchCarts(product);
  }
}
