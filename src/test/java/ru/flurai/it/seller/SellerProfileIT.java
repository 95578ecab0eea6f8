package ru.flurai.it.seller;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.JsonShape.ARRAY;
import static ru.flurai.it.JsonShape.BOOL;
import static ru.flurai.it.JsonShape.INT;
import static ru.flurai.it.JsonShape.INT_OR_NULL;
import static ru.flurai.it.JsonShape.OBJECT_OR_NULL;
import static ru.flurai.it.JsonShape.STR;
import static ru.flurai.it.JsonShape.STR_OR_NULL;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue.ValueType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import ru.flurai.it.JsonShape;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;

/**
 * GET/PUT /seller-web/me: the full shape the panel reads (API.md §6) and the partial-update rules.
 */
public class SellerProfileIT extends ServerTest {
  @Test
  public void meHasEveryFieldThePanelReadsWithTheRightTypes() {
    SellerSession s = SellerSession.open();
    JsonObject me =
        JsonShape.object(s.api().get("/seller-web/me").then().statusCode(200).extract().asString());
    assertEquals(s.id(), me.getJsonNumber("seller_id").longValueExact());
    JsonShape.fields(
        me,
        STR_OR_NULL,
        "fio",
        "phone",
        "description",
        "address_name",
        "map_url",
        "banner_url",
        "district_name",
        "placement_expired_at",
        "yookassa_account_id",
        "preorder_schedule_type",
        "preorder_base_date");
    JsonShape.fields(
        me, STR, "shop_name", "hashtags", "delivery_type", "subscription_plan", "shop_link");
    JsonShape.fields(
        me,
        INT,
        "seller_id",
        "max_orders",
        "orders_used_today",
        "max_delivery_orders",
        "max_pickup_orders",
        "active_orders",
        "pending_requests",
        "active_delivery_orders",
        "active_pickup_orders",
        "pending_delivery_requests",
        "pending_pickup_requests",
        "preorder_min_lead_days",
        "preorder_discount_min_days");
    JsonShape.fields(
        me,
        INT_OR_NULL,
        "city_id",
        "preorder_weekday",
        "preorder_interval_days",
        "preorder_max_per_date");
    JsonShape.fields(
        me,
        BOOL,
        "limit_set_for_today",
        "preorder_enabled",
        "is_blocked",
        "is_deleted",
        "use_delivery_zones");
    JsonShape.fields(me, OBJECT_OR_NULL, "weekly_schedule", "working_hours");
    JsonShape.fields(me, ARRAY, "preorder_custom_dates", "preorder_available_dates");
    JsonShape.field(me, "preorder_discount_percent", ValueType.NUMBER);
    JsonShape.field(me, "delivery_price", ValueType.NUMBER);
    // a new seller: defaults 10/20, effective limit today 30, nothing used, listed as active
    assertEquals("My Shop", me.getString("shop_name"));
    assertEquals(10, me.getInt("max_delivery_orders"));
    assertEquals(20, me.getInt("max_pickup_orders"));
    assertEquals(30, me.getInt("max_orders"));
    assertEquals(0, me.getInt("orders_used_today"));
    assertTrue(me.getBoolean("limit_set_for_today"));
    assertEquals("active", me.getString("subscription_plan"));
    assertEquals("Продавец", me.getString("fio"));
    assertEquals("https://t.me/flurai_test_bot?start=seller_" + s.id(), me.getString("shop_link"));
  }

  @Test
  public void partialUpdateAppliesOnlyTheFieldsSentAndCleansText() {
    SellerSession s = SellerSession.open();
    s.api()
        .body(
            Map.of(
                "shop_name",
                "  Розы <b>и</b> тюльпаны\u0007 ",
                "description",
                "Свежие\nцветы<script>x()</script>",
                "delivery_type",
                "доставка и самовывоз",
                "address_name",
                "Тверская, 1",
                "map_url",
                "https://yandex.ru/maps/-/abc",
                "hashtags",
                "розы, тюльпаны"))
        .put("/seller-web/me")
        .then()
        .statusCode(200)
        .body("shop_name", equalTo("Розы и тюльпаны"))
        .body("description", equalTo("Свежие\nцветы"))
        .body("delivery_type", equalTo("доставка и самовывоз"))
        .body("address_name", equalTo("Тверская, 1"))
        .body("map_url", equalTo("https://yandex.ru/maps/-/abc"))
        .body("hashtags", equalTo("розы, тюльпаны"));
    // fields that are not sent (or null) stay as they are
    s.api()
        .body("{\"description\":null,\"hashtags\":\"букеты\"}")
        .put("/seller-web/me")
        .then()
        .statusCode(200)
        .body("description", equalTo("Свежие\nцветы"))
        .body("shop_name", equalTo("Розы и тюльпаны"))
        .body("hashtags", equalTo("букеты"));
    assertEquals(
        "доставка и самовывоз",
        SellerSession.one("select delivery_type from sellers where seller_id = ?", s.id()));
    // the panel's empty choice, and the other raw values, are stored as sent
    s.api()
        .body(Map.of("delivery_type", ""))
        .put("/seller-web/me")
        .then()
        .statusCode(200)
        .body("delivery_type", equalTo(""));
    s.api()
        .body(Map.of("delivery_type", "самовывоз"))
        .put("/seller-web/me")
        .then()
        .statusCode(200)
        .body("delivery_type", equalTo("самовывоз"));
  }

  @Test
  public void invalidValuesAreReadable400sAndChangeNothing() {
    SellerSession s = SellerSession.open();
    s.api()
        .body(Map.of("delivery_type", "телепортация"))
        .put("/seller-web/me")
        .then()
        .statusCode(400)
        .body("detail", Matchers.startsWith("Некорректный тип доставки"));
    s.api()
        .body(Map.of("map_url", "javascript:alert(1)"))
        .put("/seller-web/me")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Ссылка на карту должна начинаться с http:// или https://"));
    s.api()
        .body(Map.of("shop_name", "   "))
        .put("/seller-web/me")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Название магазина не может быть пустым"));
    s.api()
        .body("{\"preorder_weekday\":\"понедельник\"}")
        .put("/seller-web/me")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Некорректное значение поля preorder_weekday"));
    // a refused edit is all-or-nothing: the valid field sent with an invalid one was not applied
    s.api()
        .body(Map.of("shop_name", "Новое имя", "delivery_type", "телепортация"))
        .put("/seller-web/me")
        .then()
        .statusCode(400);
    assertEquals(
        "My Shop", SellerSession.one("select shop_name from sellers where seller_id = ?", s.id()));
    assertEquals(
        "both", SellerSession.one("select delivery_type from sellers where seller_id = ?", s.id()));
  }

  @Test
  public void bannerIsRemovedByAnExplicitNullOrEmptyString() {
    SellerSession s = SellerSession.open();
    String banner = "/static/uploads/shop_banners/" + s.id() + ".jpg?v=0123abcd";
    SellerSession.exec("update sellers set banner_url = ? where seller_id = ?", banner, s.id());
    s.api()
        .body(Map.of("shop_name", "Без баннера"))
        .put("/seller-web/me")
        .then()
        .statusCode(200)
        .body("banner_url", equalTo(banner));
    s.api()
        .body("{\"banner_url\":null}")
        .put("/seller-web/me")
        .then()
        .statusCode(200)
        .body("banner_url", nullValue());
    assertNull(SellerSession.one("select banner_url from sellers where seller_id = ?", s.id()));
    SellerSession.exec("update sellers set banner_url = ? where seller_id = ?", banner, s.id());
    s.api()
        .body(Map.of("banner_url", ""))
        .put("/seller-web/me")
        .then()
        .statusCode(200)
        .body("banner_url", nullValue());
    // a banner cannot be pointed at someone else's file through this endpoint
    s.api()
        .body(Map.of("banner_url", "/static/uploads/shop_banners/1.jpg"))
        .put("/seller-web/me")
        .then()
        .statusCode(400);
  }

  @Test
  public void preorderFieldsFollowTheOriginalClampingRules() {
    SellerSession s = SellerSession.open();
    JsonObject me =
        JsonShape.object(
            s.api()
                .body(
                    "{\"preorder_enabled\":true,\"preorder_schedule_type\":\"weekly\","
                        + "\"preorder_weekday\":4,\"preorder_min_lead_days\":2,\"preorder_max_per_date\":0,"
                        + "\"preorder_discount_percent\":150,\"preorder_discount_min_days\":0,"
                        + "\"preorder_custom_dates\":[\"2030-01-02\",\"not a date\",\"2030-01-01\"],"
                        + "\"yookassa_account_id\":\"acc-1\"}")
                .put("/seller-web/me")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertTrue(me.getBoolean("preorder_enabled"));
    assertEquals("weekly", me.getString("preorder_schedule_type"));
    assertEquals(4, me.getInt("preorder_weekday"));
    assertTrue(me.isNull("preorder_max_per_date"));
    assertEquals(100, me.getJsonNumber("preorder_discount_percent").intValue());
    assertEquals(1, me.getInt("preorder_discount_min_days"));
    assertEquals(
        "[\"2030-01-01\",\"2030-01-02\"]", me.getJsonArray("preorder_custom_dates").toString());
    assertEquals("acc-1", me.getString("yookassa_account_id"));
    // weekly on Fridays: four dates, all Fridays
    var dates = me.getJsonArray("preorder_available_dates");
    assertEquals(4, dates.size());
    dates.forEach(
        d ->
            assertEquals(
                DayOfWeek.FRIDAY, LocalDate.parse(((JsonString) d).getString()).getDayOfWeek()));
    s.api()
        .body("{\"preorder_schedule_type\":\"monthly\"}")
        .put("/seller-web/me")
        .then()
        .statusCode(400);
  }
}
