package ru.flurai.it.catalog;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Stack.api;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;

/** {@code GET /public/sellers/{id}} and the LATER shop endpoints (API.md §3). */
public class ShopPageIT extends ServerTest {

  public static JsonPath page(long id) {
    return api()
        .get("/public/sellers/" + id)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .extract()
        .jsonPath();
  }

  @Test
  public void shopPageHasEveryFieldTheMiniAppReads() {
    long city = ShopRows.city();
    long district = ShopRows.district(city);
    long metro = ShopRows.metro(district, "#00A650");
    long id = ShopRows.shop("Магазин страницы", "розы");
    ShopRows.updateShop(
        id,
        "description = 'Лучшие розы', delivery_type = 'доставка', delivery_price = 250,"
            + " address_name = 'ул. Ленина, 1', map_url = 'https://yandex.ru/maps/1', city_id = ?, district_id = ?,"
            + " metro_id = ?, metro_walk_minutes = 5, banner_url = '/static/uploads/shop_banners/1.webp',"
            + " inn = '7701234567', ogrn = '1027700132195', working_hours = ?::jsonb, preorder_enabled = true",
        city,
        district,
        metro,
        "{\"0\":{\"open\":\"00:00\",\"close\":\"24:00\"},\"1\":{\"open\":\"00:00\","
            + "\"close\":\"24:00\"},\"2\":{\"open\":\"00:00\",\"close\":\"24:00\"},\"3\":{\"open\":\"00:00\","
            + "\"close\":\"24:00\"},\"4\":{\"open\":\"00:00\",\"close\":\"24:00\"},\"5\":null}");
    ShopRows.zone(id, "250", null, district);
    long dear = ShopRows.product(id, "3000", 5, 2);
    ShopRows.updateProduct(
        dear,
        "description = 'Пышный', photo_ids = ?::jsonb, composition = ?::jsonb",
        "[\"/static/uploads/products/a.webp\",\"/static/uploads/products/b.webp\"]",
        "[{\"name\":\"Роза\",\"qty\":15,\"unit\":\"шт.\"},{\"name\":\"Лента\",\"qty\":\"1.5\",\"unit\":\"м\"},"
            + "{\"name\":\"Упаковка\"}]");
    long cheap = ShopRows.product(id, "990.50", 1, 0);
    ShopRows.updateProduct(ShopRows.product(id, "10", 3, 0), "is_active = false");
    long preorder = ShopRows.product(id, "20", 3, 0);
    ShopRows.updateProduct(preorder, "is_preorder = true");
    ShopRows.product(id, "30", 3, 3);

    JsonPath p = page(id);
    assertEquals(id, p.getLong("seller_id"));
    assertEquals("Магазин страницы", p.getString("shop_name"));
    assertEquals("Лучшие розы", p.getString("description"));
    assertEquals("delivery", p.getString("delivery_type"));
    assertEquals(250.0, p.getDouble("delivery_price"));
    assertEquals(250.0, p.getDouble("min_delivery_price"));
    assertEquals("ул. Ленина, 1", p.getString("address_name"));
    assertEquals("https://yandex.ru/maps/1", p.getString("map_url"));
    assertEquals(city, p.getLong("city_id"));
    assertTrue(p.getString("city_name").startsWith("Город-"));
    assertTrue(p.getString("district_name").startsWith("Район-"));
    assertTrue(p.getString("metro_name").startsWith("Станция-"));
    assertEquals("#00A650", p.getString("metro_line_color"));
    assertEquals(5, p.getInt("metro_walk_minutes"));
    assertEquals(true, p.getBoolean("subscription_active"));
    assertEquals("available", p.getString("availability"));
    assertEquals(30, p.getInt("available_slots"));
    assertEquals("/static/uploads/shop_banners/1.webp", p.getString("banner_url"));
    assertEquals(0, p.getInt("subscriber_count"));
    assertEquals("00:00", p.getString("working_hours.'0'.open"));
    assertTrue(p.getMap("working_hours").containsKey("5"));
    assertNull(p.get("working_hours.'5'"));
    assertTrue(p.get("is_open_now") instanceof Boolean);
    assertEquals("u" + id, p.getString("owner_username"));
    assertEquals(id, p.getLong("owner_tg_id"));
    assertEquals("Иванова Анна", p.getString("owner_fio"));
    assertEquals("7701234567", p.getString("inn"));
    assertEquals("1027700132195", p.getString("ogrn"));
    // preorders switched on without a schedule: the products are listed, but no date is offered,
    // so the tab stays hidden (PreordersIT covers a complete schedule)
    assertEquals(List.of(preorder), p.getList("preorder_products.id", Long.class));
    assertEquals(List.of(), p.getList("preorder_available_dates"));
    assertEquals(false, p.getBoolean("preorder_enabled"));
    assertEquals(0.0, p.getDouble("preorder_discount_percent"));
    assertEquals(7, p.getInt("preorder_discount_min_days"));
    assertTrue(p.getMap("$").containsKey("preorder_max_per_date"));

    assertEquals(List.of(cheap, dear), p.getList("products.id", Long.class));
    Map<String, Object> first = p.getMap("products[0]");
    assertEquals(990.5, ((Number) first.get("price")).doubleValue());
    assertEquals(null, first.get("photo_id"));
    assertEquals(List.of(), first.get("photo_ids"));
    assertEquals(1, first.get("quantity"));
    assertEquals(false, first.get("is_preorder"));
    assertEquals("/static/uploads/products/a.webp", p.getString("products[1].photo_id"));
    assertEquals(2, p.getList("products[1].photo_ids").size());
    assertEquals(3, p.getInt("products[1].quantity")); // stock 5 − reserved 2
    assertEquals("Пышный", p.getString("products[1].description"));
    assertEquals(15, p.getInt("products[1].composition[0].qty"));
    assertEquals(1.5, ((Number) p.get("products[1].composition[1].qty")).doubleValue());
    assertEquals("м", p.getString("products[1].composition[1].unit"));
    assertNull(p.get("products[1].composition[2].qty"));
  }

  @Test
  public void refusalsCarryTheTextsOfTheContract() {
    api()
        .get("/public/sellers/1234567890123")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Продавец не найден"));
    long deleted = ShopRows.listedShop("Удалён", "", "100");
    ShopRows.updateShop(deleted, "deleted_at = now()");
    api()
        .get("/public/sellers/" + deleted)
        .then()
        .statusCode(404)
        .body("detail", equalTo("Продавец не найден"));
    long blocked = ShopRows.listedShop("Заблокирован", "", "100");
    ShopRows.updateShop(blocked, "is_blocked = true");
    api()
        .get("/public/sellers/" + blocked)
        .then()
        .statusCode(403)
        .body("detail", equalTo("Продавец заблокирован"));
    long expired = ShopRows.listedShop("Истёк", "", "100");
    ShopRows.updateShop(expired, "placement_expired_at = now() - interval '1 hour'");
    api()
        .get("/public/sellers/" + expired)
        .then()
        .statusCode(403)
        .body("detail", equalTo("Размещение продавца истекло"));
    api()
        .get("/public/sellers/abc")
        .then()
        .statusCode(404)
        .body("detail", instanceOf(String.class));
  }

  @Test
  public void inactivePlanOrNoStockStillShowsThePageWithEmptyArrays() {
    long none = ShopRows.listedShop("Без подписки", "", "100");
    ShopRows.updateShop(none, "subscription_plan = 'none'");
    JsonPath p = page(none);
    assertEquals(false, p.getBoolean("subscription_active"));
    assertEquals("unavailable", p.getString("availability"));
    assertEquals(1, p.getList("products").size());

    long empty = ShopRows.shop("Всё распродано", "");
    ShopRows.product(empty, "100", 1, 1);
    api()
        .get("/public/sellers/" + empty)
        .then()
        .statusCode(200)
        .body("products", empty())
        .body("working_hours", nullValue())
        .body("is_open_now", nullValue());
  }

  @Test
  public void closedTodayShowsZeroSlotsAndAvailabilityEndpointAgrees() {
    long id = ShopRows.listedShop("Закрыт на сегодня", "", "100");
    ShopRows.updateShop(
        id, "max_orders = 0, daily_limit_date = ?::date", ShopRows.today().date().toString());
    JsonPath p = page(id);
    assertEquals("unavailable", p.getString("availability"));
    assertEquals(0, p.getInt("available_slots"));
    api()
        .get("/public/sellers/" + id + "/availability")
        .then()
        .statusCode(200)
        .body("delivery_remaining", equalTo(0))
        .body("pickup_remaining", equalTo(0))
        .body("delivery_limit", equalTo(0))
        .body("pickup_limit", equalTo(0))
        .body("delivery_used", equalTo(0))
        .body("pickup_used", equalTo(0));

    long open = ShopRows.listedShop("Открыт", "", "100");
    ShopRows.updateShop(open, "max_delivery_orders = 4, max_pickup_orders = 6");
    api()
        .get("/public/sellers/" + open + "/availability")
        .then()
        .statusCode(200)
        .body("delivery_remaining", equalTo(4))
        .body("pickup_remaining", equalTo(6))
        .body("delivery_limit", equalTo(4))
        .body("pickup_limit", equalTo(6));
    api()
        .get("/public/sellers/1234567890123/availability")
        .then()
        .statusCode(200)
        .body("delivery_limit", equalTo(0))
        .body("pickup_remaining", equalTo(0));
  }

  @Test
  public void deliveryAndAddressEndpointsAnswerTheMiniApp() {
    long delivers = ShopRows.listedShop("Доставляет", "", "100");
    long city = ShopRows.city();
    long district = ShopRows.district(city);
    ShopRows.updateShop(
        delivers, "delivery_type = 'доставка', delivery_price = 400, city_id = ?", city);
    // delivering without a zone: no delivery (PRODUCT.md §8.1)
    api()
        .contentType("application/json")
        .body("{\"district_id\":" + district + ",\"address\":\"ул. Мира, 1\"}")
        .post("/public/sellers/" + delivers + "/check-delivery")
        .then()
        .statusCode(200)
        .body("delivers", equalTo(false))
        .body("delivery_price", equalTo(0))
        .body("zone", nullValue())
        .body("message", equalTo("Доставка недоступна — зоны доставки не настроены"));
    long zone = ShopRows.zone(delivers, "400", null, district);
    api()
        .contentType("application/json")
        .body("{\"district_id\":" + district + "}")
        .post("/public/sellers/" + delivers + "/check-delivery")
        .then()
        .statusCode(200)
        .body("delivers", equalTo(true))
        .body("delivery_price", equalTo(400.0f))
        .body("zone.id", equalTo((int) zone))
        .body("zone.district_ids", equalTo(List.of((int) district)))
        .body("district_id", equalTo((int) district))
        .body("message", equalTo(""));
    api()
        .contentType("application/json")
        .post("/public/sellers/" + delivers + "/check-delivery")
        .then()
        .statusCode(200)
        .body("delivers", equalTo(false))
        .body("district_id", nullValue())
        .body("message", equalTo("Укажите адрес для проверки доставки"));
    long pickupOnly = ShopRows.listedShop("Самовывоз", "", "100");
    ShopRows.updateShop(pickupOnly, "delivery_type = 'самовывоз'");
    api()
        .contentType("application/json")
        .body("{}")
        .post("/public/sellers/" + pickupOnly + "/check-delivery")
        .then()
        .statusCode(200)
        .body("delivers", equalTo(false))
        .body("message", equalTo("Магазин не доставляет по этому адресу"));
    api()
        .contentType("application/json")
        .body("{}")
        .post("/public/sellers/1234567890123/check-delivery")
        .then()
        .statusCode(200)
        .body("delivers", equalTo(false))
        .body("message", equalTo("Магазин не найден"));
    api()
        .get("/public/sellers/" + delivers + "/delivery-zones")
        .then()
        .statusCode(200)
        .body("id", equalTo(List.of((int) zone)));
    assertEquals(400.0, page(delivers).getDouble("min_delivery_price"));
    // the fake DaData knows "г Москва, ул Тверская, д 1" in the district "Тверской"
    api()
        .queryParam("query", "Тверская")
        .get("/public/address/suggest")
        .then()
        .statusCode(200)
        .body("value", equalTo(List.of("г Москва, ул Тверская, д 1")))
        .body("[0].city_district", equalTo("Тверской"));
    api().get("/public/address/suggest").then().statusCode(200).body("", empty());
  }

  @Test
  public void publicShopRoutesIgnoreAuthHeaders() {
    long id = ShopRows.listedShop("Заголовки", "", "100");
    for (String path :
        List.of(
            "/public/sellers",
            "/public/sellers/" + id,
            "/public/sellers/" + id + "/availability",
            "/public/sellers/" + id + "/delivery-zones",
            "/public/address/suggest?query=abc")) {
      api()
          .header("Authorization", "Bearer garbage.token.value")
          .header("X-Telegram-Init-Data", "user=%7B%7D&hash=bad")
          .header("X-Seller-Token", "nope")
          .header("X-Admin-Token", "nope")
          .get(path)
          .then()
          .statusCode(200);
    }
    api()
        .header("Authorization", "Bearer expired")
        .contentType("application/json")
        .body("{}")
        .post("/public/sellers/" + id + "/check-delivery")
        .then()
        .statusCode(200);
  }
}
