package ru.flurai.it.delivery;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.AdminApi.admin;
import static ru.flurai.it.Stack.api;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.ShopRows;

/**
 * DaData through its real HTTP client against the stack's fake DaData ({@code devstack.FakeDadata},
 * its wire format): the organisation card found, not found, refused, and the keyless card when
 * DaData answers 500 or too late; address suggestions (and their keyless fallback), the coverage
 * check, city and district suggestions, metro import and remap.
 */
public class DadataIT extends ServerTest {
  private static final String TEST_KLADR = "9900000000000";

  @Test
  public void organisationCardComesFromDadata() {
    admin()
        .get("/admin/org/7707083893")
        .then()
        .statusCode(200)
        .body("inn", equalTo("7707083893"))
        .body("kpp", equalTo("773601001"))
        .body("ogrn", equalTo("1027700132195"))
        .body("name", equalTo("ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО \"СБЕРБАНК РОССИИ\""))
        .body("short_name", equalTo("СБЕРБАНК РОССИИ"))
        .body("type", equalTo("LEGAL"))
        .body("address", equalTo("г Москва, ул Вавилова, д 19"))
        .body("management", equalTo("Греф Герман Оскарович"))
        .body("state.status", equalTo("ACTIVE"))
        .body("state.actuality_date", equalTo(1700000000000L))
        .body("okved", equalTo("64.19"))
        .body("okveds", equalTo(List.of("64.19", "47.91")))
        .body("okved_type", equalTo("2014"))
        .body("registration_date", startsWith("1991-06-20T"))
        .body("okved_match.matches_47_76", equalTo(false))
        .body("okved_match.matches_47_91", equalTo(true))
        .body("okved_match.main_okved", equalTo("64.19"));
    admin()
        .get("/admin/org/1027700132195")
        .then()
        .statusCode(200)
        .body("inn", equalTo("7707083893"));
    admin()
        .get("/admin/org/500100732259")
        .then()
        .statusCode(200)
        .body("type", equalTo("INDIVIDUAL"))
        .body("management", equalTo("Иванова Анна Петровна"))
        .body("okved_match.matches_47_76", equalTo(true));
    admin()
        .get("/admin/inn/7707083893")
        .then()
        .statusCode(200)
        .body("ogrn", equalTo("1027700132195"));
    admin()
        .get("/admin/org/7700000001")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Организация неактивна или ликвидирована (статус: LIQUIDATED)"));
    admin()
        .get("/admin/org/7707000000")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Организация с таким идентификатором не найдена"));
    admin()
        .get("/admin/inn/7707000000")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Организация с таким ИНН не найдена"));
    admin()
        .get("/admin/org/12345")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Укажите ИНН (10 или 12 цифр) или ОГРН (13 или 15 цифр)"));
    admin().get("/admin/inn/1027700132195").then().statusCode(400);
  }

  @Test
  public void anOutageOrATimeoutGivesTheKeylessCard() {
    // the fake answers 500 for this INN
    admin()
        .get("/admin/org/5000000000")
        .then()
        .statusCode(200)
        .body("inn", equalTo("5000000000"))
        .body("name", equalTo(""))
        .body("type", equalTo("LEGAL"))
        .body("state.status", equalTo("ACTIVE"));
    // ... and answers this one after 8 s, past the client's 5 s timeout
    long started = System.nanoTime();
    admin()
        .get("/admin/org/7000000000")
        .then()
        .statusCode(200)
        .body("inn", equalTo("7000000000"))
        .body("name", equalTo(""));
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertTrue(seconds < 8, "waited " + seconds + " s for a 5 s timeout");
  }

  @Test
  public void addressSuggestionsAndTheirKeylessFallback() {
    admin()
        .queryParam("q", "Тверская 1")
        .get("/admin/address/suggest")
        .then()
        .statusCode(200)
        .body("value", equalTo(List.of("г Москва, ул Тверская, д 1")))
        .body("[0].city_district", equalTo("Тверской"))
        .body("[0].city", equalTo("Москва"))
        .body("[0].lat", equalTo("55.7576"))
        .body("[0].lon", equalTo("37.6136"));
    api()
        .queryParam("query", "ул Арбат")
        .queryParam("count", 3)
        .get("/public/address/suggest")
        .then()
        .statusCode(200)
        .body("value", equalTo(List.of("г Москва, ул Арбат, д 10")))
        .body("[0].city_district", equalTo("Арбат"))
        .body("[0].postal_code", equalTo("101000"));
    // DaData finds nothing: the typed text with the districts whose name or metro station is in it
    JsonPath keyless =
        api()
            .queryParam("query", "у Арбатской")
            .get("/public/address/suggest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of("у Арбатской, Арбат"), keyless.getList("value"));
    assertEquals(List.of("Арбат"), keyless.getList("city_district"));
    // DaData fails (500): every district, each with city_district set
    JsonPath failing =
        api()
            .queryParam("query", "сбой сети")
            .get("/public/address/suggest")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(failing.getList("city_district").contains("Тверской"));
    assertTrue(
        failing.getList("value", String.class).stream().allMatch(v -> v.startsWith("сбой сети, ")));
    admin().queryParam("q", "x").get("/admin/address/suggest").then().body("size()", equalTo(0));
  }

  @Test
  public void coverageCheckFindsTheDistrictOfTheCity() {
    long tverskoy = AdminApi.id("select id from districts where city_id = 1 and name = 'Тверской'");
    admin()
        .queryParam("address", "Тверская 1")
        .queryParam("city_id", 1)
        .get("/admin/address/check-coverage")
        .then()
        .statusCode(200)
        .body("covered", equalTo(true))
        .body("district_id", equalTo((int) tverskoy))
        .body("district_name", equalTo("Тверской"));
    admin()
        .queryParam("address", "Тестовск Ленина 5")
        .queryParam("city_id", 1)
        .get("/admin/address/check-coverage")
        .then()
        .statusCode(200)
        .body("covered", equalTo(false))
        .body("district_id", equalTo(null))
        .body("district_name", equalTo("Центральный"));
    admin()
        .queryParam("address", "нигде нет такого")
        .queryParam("city_id", 1)
        .get("/admin/address/check-coverage")
        .then()
        .statusCode(200)
        .body("covered", equalTo(false))
        .body("district_name", equalTo(null));
    admin()
        .queryParam("address", "Тверская 1")
        .queryParam("city_id", "abc")
        .get("/admin/address/check-coverage")
        .then()
        .statusCode(400);
  }

  @Test
  public void checkDeliveryResolvesATypedAddress() {
    var seller = Fixtures.seller();
    ShopRows.deliversInMoscow(seller.id(), "199");
    api()
        .contentType("application/json")
        .body(Map.of("address", "Тверская, 1"))
        .post("/public/sellers/" + seller.id() + "/check-delivery")
        .then()
        .statusCode(200)
        .body("delivers", equalTo(true))
        .body("delivery_price", equalTo(199.0f))
        .body(
            "district_id",
            equalTo(
                (int)
                    AdminApi.id(
                        "select id from districts where city_id = 1 and name = 'Тверской'")));
  }

  @Test
  public void metroImportMapsStationsToTheCitysDistricts() {
    String cov = "/admin/coverage";
    int city =
        admin()
            .contentType("application/json")
            .body(Map.of("name", ShopRows.tag("Тестовск-"), "kladr_id", TEST_KLADR))
            .post(cov + "/cities")
            .then()
            .statusCode(200)
            .extract()
            .path("id");
    admin()
        .contentType("application/json")
        .body(Map.of("name", "Центральный"))
        .post(cov + "/cities/" + city + "/districts")
        .then()
        .statusCode(200);
    long centre =
        AdminApi.id(
            "select id from districts where city_id = ? and name = 'Центральный'", (long) city);

    JsonPath imported =
        admin()
            .post(cov + "/cities/" + city + "/import-metro")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(2, imported.getInt("imported"));
    assertEquals(1, imported.getInt("unmapped"));
    assertEquals(0, imported.getInt("skipped"));
    assertEquals(
        List.of("Окраинная", "Садовая", "Цветочная"),
        imported.getList("details.name", String.class).stream().sorted().toList());
    assertEquals("unmapped", imported.getString("details.find { it.name == 'Окраинная' }.status"));
    assertEquals("imported", imported.getString("details.find { it.name == 'Цветочная' }.status"));
    assertEquals(centre, imported.getLong("details.find { it.name == 'Цветочная' }.district_id"));
    assertEquals(
        "#FF0000", imported.getString("details.find { it.name == 'Цветочная' }.line_color"));
    assertEquals("Первая", imported.getString("details.find { it.name == 'Цветочная' }.line_name"));
    assertTrue(!imported.getMap("").containsKey("message"));
    admin()
        .get(cov + "/cities/" + city + "/metro")
        .then()
        .statusCode(200)
        .body("size()", equalTo(3))
        .body("find { it.name == 'Садовая' }.district_id", equalTo((int) centre))
        .body("find { it.name == 'Садовая' }.geo_lat", equalTo(50.0014f));
    api()
        .queryParam("q", "Цветочн")
        .get("/public/metro/search")
        .then()
        .statusCode(200)
        .body("name", hasItem("Цветочная"));

    // again: nothing new
    admin()
        .post(cov + "/cities/" + city + "/import-metro")
        .then()
        .statusCode(200)
        .body("imported", equalTo(0))
        .body("skipped", equalTo(3));
    // the district DaData named now exists: remap places the unmapped station
    admin()
        .contentType("application/json")
        .body(Map.of("name", "Окраинный"))
        .post(cov + "/cities/" + city + "/districts")
        .then()
        .statusCode(200);
    admin()
        .post(cov + "/cities/" + city + "/remap-metro")
        .then()
        .statusCode(200)
        .body("remapped", equalTo(1))
        .body("still_unmapped", equalTo(0));

    // refusals and the empty import
    int noKladr =
        admin()
            .contentType("application/json")
            .body(Map.of("name", ShopRows.tag("Безкладр-")))
            .post(cov + "/cities")
            .then()
            .extract()
            .path("id");
    admin()
        .post(cov + "/cities/" + noKladr + "/import-metro")
        .then()
        .statusCode(400)
        .body(
            "detail",
            equalTo("У города не указан КЛАДР-код. Обновите город перед импортом метро."));
    int empty =
        admin()
            .contentType("application/json")
            .body(Map.of("name", ShopRows.tag("Безметро-"), "kladr_id", "1100000000000"))
            .post(cov + "/cities")
            .then()
            .extract()
            .path("id");
    admin()
        .post(cov + "/cities/" + empty + "/import-metro")
        .then()
        .statusCode(200)
        .body("imported", equalTo(0))
        .body("details.size()", equalTo(0))
        .body("message", equalTo("DaData не вернул станций для этого города"));
    admin()
        .post(cov + "/cities/987654321/import-metro")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Город не найден"));
  }

  @Test
  public void cityAndDistrictSuggestions() {
    admin()
        .queryParam("q", "Тест")
        .get("/admin/coverage/dadata/suggest-city")
        .then()
        .statusCode(200)
        .body("name", equalTo(List.of("Тестовск")))
        .body("[0].kladr_id", equalTo(TEST_KLADR))
        .body("[0].region", equalTo("Тестовская обл"));
    admin()
        .queryParam("q", "ул")
        .queryParam("city_kladr_id", TEST_KLADR)
        .get("/admin/coverage/dadata/suggest-district")
        .then()
        .statusCode(200)
        .body("", equalTo(List.of("Центральный", "Окраинный")));
  }
}
