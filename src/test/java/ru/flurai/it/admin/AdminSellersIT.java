package ru.flurai.it.admin;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.AdminApi.admin;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import ru.flurai.catalog.BusinessDay;
import ru.flurai.it.AdminApi;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ordering.CheckoutIT;

/**
 * The admin's seller list, search, detail, field updates, limits and plans (API.md §7 "Sellers").
 */
public class AdminSellersIT extends ServerTest {
  private static final String ROW = "find { it.tg_id == %d }.";

  @Test
  public void sellerRowsCarryWhatThePanelReads() {
    var s = AdminApi.createSeller();
    JsonPath all =
        admin()
            .queryParam("include_deleted", true)
            .get("/admin/sellers/all")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .jsonPath();
    Map<String, Object> row = all.getMap("find { it.tg_id == " + s.id() + " }");
    for (String key :
        List.of(
            "tg_id",
            "fio",
            "phone",
            "shop_name",
            "description",
            "hashtags",
            "city_id",
            "district_id",
            "address_name",
            "map_url",
            "metro_id",
            "metro_walk_minutes",
            "delivery_type",
            "placement_expired_at",
            "is_blocked",
            "is_deleted",
            "max_orders",
            "commission_percent",
            "yookassa_account_id",
            "inn",
            "ogrn",
            "default_daily_limit",
            "subscription_plan",
            "active_orders",
            "pending_requests",
            "max_delivery_orders",
            "max_pickup_orders",
            "delivery_price",
            "daily_limit_date",
            "deleted_at",
            "plan_limit_cap",
            "weekly_schedule")) {
      assertTrue(row.containsKey(key), "row has " + key + ": " + row.keySet());
    }
    assertEquals(s.id(), ((Number) row.get("tg_id")).longValue());
    assertEquals("Тестовый Продавец " + s.id(), row.get("fio"));
    assertEquals("79990001122", row.get("phone"));
    assertEquals("both", row.get("delivery_type"));
    assertEquals("active", row.get("subscription_plan"));
    assertEquals(false, row.get("is_blocked"));
    assertEquals(false, row.get("is_deleted"));
    assertEquals(10, row.get("max_delivery_orders"));
    assertEquals(20, row.get("max_pickup_orders"));
    assertEquals(0, row.get("max_orders"));
    assertEquals(0, row.get("active_orders"));
    assertEquals(0, row.get("pending_requests"));
    assertTrue(row.get("delivery_price") instanceof Number, "money is a JSON number");
    assertEquals("", row.get("hashtags"));
    admin()
        .get("/admin/sellers/" + s.id())
        .then()
        .statusCode(200)
        .body("shop_name", equalTo("Магазин " + s.id()))
        .body("tg_id", equalTo(s.id()));
    admin()
        .get("/admin/sellers/987654321")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Продавец не найден"));
  }

  @Test
  public void openOrdersPlanCapAndWeeklyScheduleComeFromTheirSources() throws Exception {
    var s = AdminApi.createSeller();
    var other = AdminApi.createSeller();
    Instant now = Instant.now();
    Instant lastWeek = now.minus(7, ChronoUnit.DAYS);
    // pending requests = pending (any day); active = accepted, assembling, in_transit,
    // ready_for_pickup (any day)
    for (String status :
        List.of(
            "pending",
            "accepted",
            "assembling",
            "in_transit",
            "ready_for_pickup",
            "done",
            "completed",
            "rejected",
            "cancelled")) {
      AdminDashboardIT.order(s.id(), null, status, "100", now, null);
    }
    AdminDashboardIT.order(s.id(), null, "pending", "100", lastWeek, null);
    AdminDashboardIT.order(s.id(), null, "accepted", "100", lastWeek, null);
    AdminDashboardIT.order(other.id(), null, "pending", "100", now, null);
    CheckoutIT.sql(
        "update sellers set weekly_schedule = '{\"0\":{\"delivery\":3,\"pickup\":4},\"6\":5}'::jsonb"
            + " where seller_id = ?",
        s.id());

    String row = String.format(ROW, s.id());
    JsonPath all =
        admin()
            .queryParam("include_deleted", true)
            .get("/admin/sellers/all")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(5, all.getInt(row + "active_orders"));
    assertEquals(2, all.getInt(row + "pending_requests"));
    assertEquals(1000, all.getInt(row + "plan_limit_cap"));
    assertEquals(3, all.getInt(row + "weekly_schedule.'0'.delivery"));
    assertEquals(4, all.getInt(row + "weekly_schedule.'0'.pickup"));
    assertEquals(5, all.getInt(row + "weekly_schedule.'6'"));
    String otherRow = String.format(ROW, other.id());
    assertEquals(0, all.getInt(otherRow + "active_orders"));
    assertEquals(1, all.getInt(otherRow + "pending_requests"));
    assertTrue(
        all.getMap(otherRow.substring(0, otherRow.length() - 1)).containsKey("weekly_schedule"));
    assertEquals((Object) null, all.get(otherRow + "weekly_schedule"));
    admin()
        .get("/admin/sellers/" + s.id())
        .then()
        .statusCode(200)
        .body("active_orders", equalTo(5))
        .body("pending_requests", equalTo(2))
        .body("plan_limit_cap", equalTo(1000))
        .body("weekly_schedule.'0'.pickup", equalTo(4));
    admin()
        .queryParam("fio", "Тестовый Продавец " + s.id())
        .get("/admin/sellers/search")
        .then()
        .statusCode(200)
        .body("[0].active_orders", equalTo(5))
        .body("[0].pending_requests", equalTo(2));

    admin()
        .queryParam("plan", "none")
        .put("/admin/sellers/" + s.id() + "/subscription_plan")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    admin().get("/admin/sellers/" + s.id()).then().body("plan_limit_cap", equalTo(0));
  }

  @Test
  public void searchIsCaseInsensitiveOnTheOwnerAndDeletedSellersAreHiddenUnlessAsked() {
    var s = AdminApi.createSeller();
    admin()
        .body(Map.of("field", "fio", "value", "Зинаида Уникальная" + s.id()))
        .put("/admin/sellers/" + s.id() + "/update")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    admin()
        .queryParam("fio", "зинаида уникальная" + s.id())
        .get("/admin/sellers/search")
        .then()
        .statusCode(200)
        .body("tg_id", hasItem(s.id()));
    admin()
        .queryParam("fio", "%")
        .get("/admin/sellers/search")
        .then()
        .statusCode(200)
        .body("tg_id", not(hasItem(s.id())));
    admin()
        .put("/admin/sellers/" + s.id() + "/soft-delete")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    admin()
        .queryParam("fio", "Уникальная" + s.id())
        .get("/admin/sellers/search")
        .then()
        .body("tg_id", not(hasItem(s.id())));
    admin()
        .queryParam("fio", "Уникальная" + s.id())
        .queryParam("include_deleted", true)
        .get("/admin/sellers/search")
        .then()
        .body("tg_id", hasItem(s.id()));
    admin().get("/admin/sellers/all").then().body("tg_id", not(hasItem(s.id())));
    admin()
        .queryParam("include_deleted", true)
        .get("/admin/sellers/all")
        .then()
        .body(String.format(ROW, s.id()) + "is_deleted", equalTo(true))
        .body(String.format(ROW, s.id()) + "deleted_at", instanceOf(String.class));
  }

  @Test
  public void everyPanelFieldUpdates() {
    var s = AdminApi.createSeller();
    long district =
        AdminApi.id("select id from districts where city_id = 1 and name = 'Басманный'");
    long metro = AdminApi.id("select id from metro_stations where name = 'Курская'");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("fio", "Пётр Обновлённый");
    values.put("phone", "8 (999) 111-22-33");
    values.put("shop_name", "Новое имя");
    values.put("description", "Описание\nв две строки");
    values.put("hashtags", "розы, пионы");
    values.put("district_id", Long.toString(district));
    values.put("address_name", "ул. Земляной Вал, 1");
    values.put("map_url", "https://yandex.ru/maps/-/X");
    values.put("metro_id", Long.toString(metro));
    values.put("metro_walk_minutes", "7");
    values.put("delivery_type", "доставка и самовывоз");
    values.put("placement_expired_at", "31.12.2030");
    values.put("commission_percent", "7");
    values.put("yookassa_account_id", "acc-1");
    values.put("banner_url", "/static/uploads/shop_banners/1.webp");
    values.put("ogrn", "1027700132195");
    values.put("use_delivery_zones", "true");
    values.forEach(
        (field, value) ->
            admin()
                .body(Map.of("field", field, "value", value))
                .put("/admin/sellers/" + s.id() + "/update")
                .then()
                .statusCode(200)
                .body("status", equalTo("ok")));
    JsonPath row =
        admin().get("/admin/sellers/" + s.id()).then().statusCode(200).extract().jsonPath();
    assertEquals("Пётр Обновлённый", row.getString("fio"));
    assertEquals("79991112233", row.getString("phone"));
    assertEquals("Новое имя", row.getString("shop_name"));
    assertEquals("Описание\nв две строки", row.getString("description"));
    assertEquals("розы, пионы", row.getString("hashtags"));
    assertEquals(district, row.getLong("district_id"));
    assertEquals(1, row.getInt("city_id"));
    assertEquals(metro, row.getLong("metro_id"));
    assertEquals(7, row.getInt("metro_walk_minutes"));
    assertEquals("доставка и самовывоз", row.getString("delivery_type"));
    assertEquals(
        "2030-12-31",
        OffsetDateTime.parse(row.getString("placement_expired_at"))
            .atZoneSameInstant(ZoneId.of("Europe/Moscow"))
            .toLocalDate()
            .toString());
    assertEquals(7, row.getInt("commission_percent"));
    assertEquals("acc-1", row.getString("yookassa_account_id"));
    assertEquals("1027700132195", row.getString("ogrn"));
    assertEquals(true, row.getBoolean("use_delivery_zones"));
    // "" and "null" clear
    for (String field :
        List.of("placement_expired_at", "commission_percent", "yookassa_account_id")) {
      admin()
          .body(Map.of("field", field, "value", field.equals("placement_expired_at") ? "" : "null"))
          .put("/admin/sellers/" + s.id() + "/update")
          .then()
          .statusCode(200);
    }
    admin()
        .get("/admin/sellers/" + s.id())
        .then()
        .body("placement_expired_at", equalTo(null))
        .body("commission_percent", equalTo(null))
        .body("yookassa_account_id", equalTo(null));
  }

  @Test
  public void badUpdatesAreRefusedAndChangeNothing() {
    var s = AdminApi.createSeller();
    String before = snapshot(s.id());
    bad(s.id(), "web_login", "hacker", "Неизвестное поле: web_login");
    bad(s.id(), "commission_percent", "150", "Комиссия должна быть от 0 до 100");
    bad(s.id(), "commission_percent", "abc", "Комиссия должна быть целым числом");
    bad(s.id(), "metro_walk_minutes", "0", "Время до метро должно быть больше 0 минут");
    bad(
        s.id(),
        "map_url",
        "javascript:alert(1)",
        "Ссылка на карту должна начинаться с http:// или https://");
    bad(s.id(), "district_id", "987654321", "Район с ID 987654321 не найден");
    bad(
        s.id(),
        "placement_expired_at",
        "2030-13-45",
        "Дата должна быть в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
    bad(s.id(), "shop_name", "", "Название магазина должно быть от 2 до 255 символов");
    bad(s.id(), "phone", "abc", "Неверный формат телефона. Ожидается +7 000 000 00 00");
    admin().put("/admin/sellers/" + s.id() + "/update").then().statusCode(400);
    assertEquals(before, snapshot(s.id()));
    admin()
        .body(Map.of("field", "shop_name", "value", "Кто-то"))
        .put("/admin/sellers/987654321/update")
        .then()
        .statusCode(200)
        .body("status", equalTo("not_found"));
  }

  @Test
  public void limitsAndPlans() {
    var s = AdminApi.createSeller();
    String base = "/admin/sellers/" + s.id();
    admin()
        .queryParam("max_orders", 5)
        .put(base + "/set_limit")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("max_orders", equalTo(5));
    String today = BusinessDay.at(Instant.now(), ZoneId.of("Europe/Moscow")).date().toString();
    assertEquals(
        "5|" + today,
        AdminApi.text(
            "select max_orders || '|' || daily_limit_date from sellers where seller_id = ?",
            s.id()));
    admin()
        .queryParam("max_orders", 0)
        .put(base + "/set_limit")
        .then()
        .body("status", equalTo("ok"));
    assertEquals(
        "0|-",
        AdminApi.text(
            "select max_orders || '|' || coalesce(daily_limit_date::text, '-') from sellers where seller_id = ?",
            s.id()));
    for (String wrong : List.of("1001", "-1", "abc")) {
      admin()
          .queryParam("max_orders", wrong)
          .put(base + "/set_limit")
          .then()
          .statusCode(200)
          .body("status", equalTo("error"))
          .body("message", instanceOf(String.class));
    }
    admin()
        .queryParam("max_orders", 1001)
        .put(base + "/set_limit")
        .then()
        .body("message", equalTo("Лимит должен быть от 0 до 1000"));

    admin()
        .queryParam("default_daily_limit", 30)
        .put(base + "/default_limit")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("default_daily_limit", equalTo(30))
        .body("max_delivery_orders", equalTo(10))
        .body("max_pickup_orders", equalTo(20));
    admin()
        .queryParam("max_delivery_orders", 5)
        .queryParam("max_pickup_orders", 7)
        .put(base + "/default_limit")
        .then()
        .body("default_daily_limit", equalTo(12))
        .body("max_delivery_orders", equalTo(5))
        .body("max_pickup_orders", equalTo(7));
    admin()
        .queryParam("default_daily_limit", 0)
        .put(base + "/default_limit")
        .then()
        .body("status", equalTo("ok"))
        .body("default_daily_limit", equalTo(null))
        .body("max_delivery_orders", equalTo(5));
    admin()
        .queryParam("default_daily_limit", -5)
        .put(base + "/default_limit")
        .then()
        .statusCode(200)
        .body("status", equalTo("error"));

    for (String plan : List.of("free", "pro", "premium", "none", "active")) {
      admin()
          .queryParam("plan", plan)
          .put(base + "/subscription_plan")
          .then()
          .statusCode(200)
          .body("status", equalTo("ok"))
          .body("subscription_plan", equalTo(plan));
      assertEquals(
          plan, AdminApi.text("select subscription_plan from sellers where seller_id = ?", s.id()));
    }
    admin()
        .queryParam("plan", "gold")
        .put(base + "/subscription_plan")
        .then()
        .statusCode(200)
        .body("status", equalTo("error"))
        .body("message", Matchers.startsWith("Неизвестный план"));
    assertEquals(
        "active",
        AdminApi.text("select subscription_plan from sellers where seller_id = ?", s.id()));

    admin().post(base + "/reset_counters").then().statusCode(200).body("status", equalTo("ok"));
    for (String path :
        List.of(
            "/set_limit?max_orders=3",
            "/default_limit?default_daily_limit=3",
            "/subscription_plan?plan=pro")) {
      admin()
          .put("/admin/sellers/987654321" + path)
          .then()
          .statusCode(200)
          .body("status", equalTo("not_found"));
    }
    admin()
        .post("/admin/sellers/987654321/reset_counters")
        .then()
        .body("status", equalTo("not_found"));
    admin()
        .get("/admin/sellers/987654321/web_credentials")
        .then()
        .statusCode(200)
        .body("status", equalTo("not_found"))
        .body("web_login", equalTo(null))
        .body("web_password", equalTo(null));
  }

  private static void bad(long id, String field, String value, String detail) {
    admin()
        .body(Map.of("field", field, "value", value))
        .put("/admin/sellers/" + id + "/update")
        .then()
        .statusCode(400)
        .body("detail", equalTo(detail));
  }

  private static String snapshot(long id) {
    return AdminApi.text(
        "select row_to_json(s)::text || (select row_to_json(u)::text from users u"
            + " where u.tg_id = s.seller_id) from sellers s where seller_id = ?",
        id);
  }
}
