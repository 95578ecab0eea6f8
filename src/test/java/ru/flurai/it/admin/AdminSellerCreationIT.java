package ru.flurai.it.admin;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.AdminApi.admin;

import java.util.Map;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.platform.security.PasswordPolicy;

/** {@code POST /admin/create_seller} and the wizard's helpers (API.md §7, DOMAIN.md §1.4). */
public class AdminSellerCreationIT extends ServerTest {
  private static long arbat() {
    return AdminApi.id("select id from districts where city_id = 1 and name = 'Арбат'");
  }

  private static long arbatskaya() {
    return AdminApi.id("select id from metro_stations where name = 'Арбатская'");
  }

  @Test
  public void createdSellerGetsCredentialsOnceThatOpenThePanel() {
    long id = Fixtures.newTelegramId();
    Map<String, Object> body = AdminApi.sellerBody(id);
    body.put("fio", "  Иван <b>Петров</b> ");
    body.put("phone", "+7 (999) 123-45-67");
    body.put("inn", "7707083893");
    body.put("district_id", arbat());
    body.put("metro_id", arbatskaya());
    body.put("metro_walk_minutes", 5);
    body.put("placement_expired_at", "2030-12-31");
    body.put("commission_percent", 5);
    body.put("map_url", "https://yandex.ru/maps/-/CCU");
    body.put("auto_create_delivery_zone", true);
    var r =
        admin()
            .body(body)
            .post("/admin/create_seller")
            .then()
            .statusCode(200)
            .body("status", equalTo("ok"))
            .body("web_login", equalTo("Seller" + id))
            .body("tg_id", equalTo(id))
            .body("delivery_zone_created", equalTo(true))
            .extract();
    String password = r.path("web_password");
    assertTrue(password.matches("[A-Za-z0-9]{12,}"), password);
    assertEquals(Optional.empty(), PasswordPolicy.violation(password));

    AdminApi.sellerLogin("Seller" + id, password)
        .then()
        .statusCode(200)
        .body("seller_id", equalTo(id));
    // the shop row: listed ('active') with the base limits of the schema, the password only as a
    // hash
    assertEquals(
        "active|10|20|5|both|1",
        AdminApi.text(
            "select subscription_plan || '|' || max_delivery_orders"
                + " || '|' || max_pickup_orders || '|' || commission_percent || '|' || delivery_type || '|' || city_id"
                + " from sellers where seller_id = ?",
            id));
    // auto_create_delivery_zone (LATER.md §3.7): a free zone of the seller's district, in use
    assertEquals(
        "Арбат|" + arbat() + "|0.00|true|0|true",
        AdminApi.text(
            "select z.name || '|' || d.district_id || '|' || z.delivery_price || '|' || z.is_active"
                + " || '|' || z.priority || '|' || s.use_delivery_zones from delivery_zones z"
                + " join delivery_zone_districts d on d.zone_id = z.id"
                + " join sellers s on s.seller_id = z.seller_id where z.seller_id = ?",
            id));
    String hash = AdminApi.text("select password_hash from sellers where seller_id = ?", id);
    assertTrue(hash.startsWith("pbkdf2-sha256$") && !hash.contains(password));
    assertEquals(
        "SELLER|79991234567|Иван Петров",
        AdminApi.text("select role || '|' || phone || '|' || fio from users where tg_id = ?", id));
    // the password is never shown again
    admin()
        .get("/admin/sellers/" + id + "/web_credentials")
        .then()
        .statusCode(200)
        .body("web_login", equalTo("Seller" + id))
        .body("web_password", equalTo(null));
  }

  @Test
  public void anExistingSellerIsReportedNotOverwritten() {
    var s = AdminApi.createSeller();
    Map<String, Object> again = AdminApi.sellerBody(s.id());
    again.put("shop_name", "Другое имя");
    String body =
        admin()
            .body(again)
            .post("/admin/create_seller")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals("{\"status\":\"exists\"}", body);
    assertEquals(
        "Магазин " + s.id(),
        AdminApi.text("select shop_name from sellers where seller_id = ?", s.id()));
    AdminApi.sellerLogin(s.login(), s.password()).then().statusCode(200);
  }

  @Test
  public void aBuyerBecomesASeller() throws Exception {
    long id = Fixtures.newTelegramId();
    try (var c = Stack.db()) {
      Fixtures.exec(
          c, "insert into users (tg_id, fio, username) values (?, 'Покупатель', 'buyer1')", id);
    }
    AdminApi.createSeller(AdminApi.sellerBody(id));
    assertEquals(
        "SELLER|buyer1",
        AdminApi.text("select role || '|' || username from users where tg_id = ?", id));
  }

  @Test
  public void invalidBodiesAreReadable400sAndCreateNothing() {
    long id = Fixtures.newTelegramId();
    refused(with(id, "district_id", 987654321L), "Район с ID 987654321 не найден");
    refused(with(id, "metro_id", arbatskaya()), "Время до метро должно быть больше 0 минут");
    Map<String, Object> walk = with(id, "metro_id", arbatskaya());
    walk.put("metro_walk_minutes", 0);
    refused(walk, "Время до метро должно быть больше 0 минут");
    Map<String, Object> unknownMetro = with(id, "metro_id", 987654321L);
    unknownMetro.put("metro_walk_minutes", 5);
    refused(unknownMetro, "Станция метро с ID 987654321 не найдена");
    refused(with(id, "fio", "Я"), "ФИО должно быть от 2 до 200 символов");
    refused(with(id, "shop_name", "x"), "Название магазина должно быть от 2 до 255 символов");
    refused(with(id, "phone", "12345"), "Неверный формат телефона. Ожидается +7 000 000 00 00");
    refused(with(id, "inn", "123"), "ИНН должен состоять из 10 или 12 цифр");
    refused(with(id, "ogrn", "123"), "ОГРН должен состоять из 13 или 15 цифр");
    refused(
        with(id, "placement_expired_at", "31/12/2030"),
        "Дата должна быть в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
    refused(with(id, "commission_percent", 101), "Комиссия должна быть от 0 до 100");
    refused(with(id, "delivery_type", "телепорт"), "Неизвестный способ доставки: телепорт");
    refused(
        with(id, "map_url", "javascript:alert(1)"),
        "Ссылка на карту должна начинаться с http:// или https://");
    refused(with(id, "city_id", 987654321L), "Город с ID 987654321 не найден");
    Map<String, Object> noId = AdminApi.sellerBody(id);
    noId.remove("tg_id");
    refused(noId, "tg_id обязателен и должен быть положительным числом");
    admin()
        .body("{\"tg_id\":")
        .post("/admin/create_seller")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Некорректный JSON в теле запроса"));
    admin().post("/admin/create_seller").then().statusCode(400);
    assertEquals(0, Fixtures.count("select count(*) from users where tg_id = ?", id));
    assertEquals(0, Fixtures.count("select count(*) from sellers where seller_id = ?", id));
  }

  @Test
  public void districtAloneSetsItsCityAndDatesAcceptTheRussianForm() {
    long id = Fixtures.newTelegramId();
    Map<String, Object> body = AdminApi.sellerBody(id);
    body.remove("city_id");
    body.put("district_id", arbat());
    body.put("placement_expired_at", "31.12.2030");
    AdminApi.createSeller(body);
    assertEquals(
        "1|2030-12-31",
        AdminApi.text(
            "select city_id || '|' ||"
                + " (placement_expired_at at time zone 'Europe/Moscow')::date from sellers where seller_id = ?",
            id));
  }

  /** The directory helpers; the DaData-backed ones are in {@code it.delivery.DadataIT}. */
  @Test
  public void wizardHelpers() {
    admin()
        .get("/admin/cities")
        .then()
        .statusCode(200)
        .body("find { it.id == 1 }.name", equalTo("Москва"))
        .body("find { it.id == 1 }.kladr_id", equalTo("7700000000000"));
    admin()
        .get("/admin/districts/1")
        .then()
        .statusCode(200)
        .body("name", Matchers.hasItem("Арбат"))
        .body("[0]", hasKey("id"))
        .body("[0]", not(hasKey("city_id")));
    admin().get("/admin/districts/987654321").then().statusCode(200).body("size()", equalTo(0));
    admin().get("/admin/districts/abc").then().statusCode(400);
  }

  private static Map<String, Object> with(long id, String key, Object value) {
    Map<String, Object> body = AdminApi.sellerBody(id);
    body.put(key, value);
    return body;
  }

  private static void refused(Map<String, Object> body, String detail) {
    String got =
        admin()
            .body(body)
            .post("/admin/create_seller")
            .then()
            .statusCode(400)
            .extract()
            .path("detail");
    assertEquals(detail, got);
    assertNotEquals(null, got);
  }
}
