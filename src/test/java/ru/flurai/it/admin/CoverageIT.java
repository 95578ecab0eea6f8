package ru.flurai.it.admin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.AdminApi.admin;
import static ru.flurai.it.Stack.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import ru.flurai.it.AdminApi;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/**
 * {@code /admin/coverage/…}: cities, districts and metro stations (API.md §7). Every change is
 * visible at once in the cached {@code /public} directories; duplicates are 400 and referenced
 * deletes 409, with nothing changed. Test cities are named "Тестоград…" (they sort after Москва)
 * and are deleted at the end.
 */
public class CoverageIT extends ServerTest {
  private static String unique(String prefix) {
    return prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
  }

  private static long createCity(String name) {
    return admin()
        .body(Map.of("name", name))
        .post("/admin/coverage/cities")
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("id")
        .longValue();
  }

  private static long createDistrict(long city, String name) {
    return admin()
        .body(Map.of("name", name))
        .post("/admin/coverage/cities/" + city + "/districts")
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("id")
        .longValue();
  }

  @Test
  public void citiesListWithCountsAndCreateIsVisibleInThePublicListAtOnce() {
    admin()
        .get("/admin/coverage/cities")
        .then()
        .statusCode(200)
        .body("find { it.id == 1 }.name", equalTo("Москва"))
        .body("find { it.id == 1 }.kladr_id", equalTo("7700000000000"))
        .body("find { it.id == 1 }.districts_count", greaterThan(9))
        .body("find { it.id == 1 }.metro_count", greaterThan(9))
        .body("find { it.id == 1 }.sellers_count", instanceOf(Integer.class));
    String name = unique("Тестоград");
    api().get("/public/cities").then().body("name", not(hasItem(name))); // fills the cache
    admin()
        .body(Map.of("name", "  " + name + " ", "kladr_id", "5000000000000"))
        .post("/admin/coverage/cities")
        .then()
        .statusCode(200)
        .body("name", equalTo(name))
        .body("kladr_id", equalTo("5000000000000"))
        .body("districts_count", equalTo(0))
        .body("metro_count", equalTo(0))
        .body("sellers_count", equalTo(0));
    api().get("/public/cities").then().body("name", hasItem(name));
    long id = AdminApi.id("select id from cities where name = ?", name);

    admin()
        .body(Map.of("name", name.toUpperCase()))
        .post("/admin/coverage/cities")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Город '" + name.toUpperCase() + "' уже существует"));
    admin()
        .body(Map.of("name", "москва"))
        .post("/admin/coverage/cities")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Город 'москва' уже существует"));
    admin()
        .body(Map.of("name", " "))
        .post("/admin/coverage/cities")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Название города обязательно"));
    admin().post("/admin/coverage/cities").then().statusCode(400);
    assertEquals(
        1, Fixtures.count("select count(*) from cities where lower(name) = lower(?)", name));

    String renamed = unique("Тестоград");
    admin()
        .body(Map.of("name", renamed))
        .put("/admin/coverage/cities/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo((int) id))
        .body("name", equalTo(renamed))
        .body("kladr_id", equalTo("5000000000000"));
    api()
        .get("/public/cities")
        .then()
        .body("name", hasItem(renamed))
        .body("name", not(hasItem(name)));
    admin()
        .body(Map.of("name", "МОСКВА"))
        .put("/admin/coverage/cities/" + id)
        .then()
        .statusCode(400);
    admin()
        .body(Map.of("name", "Где-то"))
        .put("/admin/coverage/cities/987654321")
        .then()
        .statusCode(404)
        .body("detail", equalTo("Город не найден"));
    assertEquals(renamed, AdminApi.text("select name from cities where id = ?", id));

    admin()
        .delete("/admin/coverage/cities/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    api().get("/public/cities").then().body("name", not(hasItem(renamed)));
    admin().delete("/admin/coverage/cities/" + id).then().statusCode(404);
  }

  @Test
  public void districtsAreUniqueWithinTheirCityOnly() {
    long a = createCity(unique("Тестоград"));
    long b = createCity(unique("Тестоград"));
    api().get("/public/districts/" + a).then().body("size()", equalTo(0));
    admin()
        .body(Map.of("name", "Центральный"))
        .post("/admin/coverage/cities/" + a + "/districts")
        .then()
        .statusCode(200)
        .body("name", equalTo("Центральный"))
        .body("city_id", equalTo((int) a))
        .body("metro_count", equalTo(0))
        .body("sellers_count", equalTo(0));
    api().get("/public/districts/" + a).then().body("name", hasItem("Центральный"));
    admin()
        .body(Map.of("name", "ЦЕНТРАЛЬНЫЙ"))
        .post("/admin/coverage/cities/" + a + "/districts")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Район 'ЦЕНТРАЛЬНЫЙ' уже существует в этом городе"));
    long other = createDistrict(b, "Центральный");
    long second = createDistrict(a, "Северный");
    admin()
        .get("/admin/coverage/cities/" + a + "/districts")
        .then()
        .statusCode(200)
        .body("name", equalTo(List.of("Северный", "Центральный")));
    admin()
        .body(Map.of("name", "центральный"))
        .put("/admin/coverage/districts/" + second)
        .then()
        .statusCode(400);
    admin()
        .body(Map.of("name", "Южный"))
        .put("/admin/coverage/districts/" + second)
        .then()
        .statusCode(200)
        .body("name", equalTo("Южный"))
        .body("city_id", equalTo((int) a));
    api().get("/public/districts/" + a).then().body("name", hasItem("Южный"));
    admin()
        .body(Map.of("name", ""))
        .put("/admin/coverage/districts/" + second)
        .then()
        .statusCode(400)
        .body("detail", equalTo("Название района обязательно"));
    admin().get("/admin/coverage/cities/987654321/districts").then().statusCode(404);
    admin()
        .body(Map.of("name", "X"))
        .post("/admin/coverage/cities/987654321/districts")
        .then()
        .statusCode(404);
    admin()
        .body(Map.of("name", "X"))
        .put("/admin/coverage/districts/987654321")
        .then()
        .statusCode(404);

    // a city with districts is still referenced: 409, nothing deleted
    admin()
        .delete("/admin/coverage/cities/" + a)
        .then()
        .statusCode(409)
        .body("detail", containsString("районы (2)"));
    assertEquals(2, Fixtures.count("select count(*) from districts where city_id = ?", a));
    for (long d :
        new long[] {second, AdminApi.id("select id from districts where city_id = ?", a), other}) {
      admin()
          .delete("/admin/coverage/districts/" + d)
          .then()
          .statusCode(200)
          .body("status", equalTo("ok"));
    }
    api().get("/public/districts/" + a).then().body("size()", equalTo(0));
    admin().delete("/admin/coverage/cities/" + a).then().statusCode(200);
    admin().delete("/admin/coverage/cities/" + b).then().statusCode(200);
  }

  @Test
  public void metroStationsAndReferencedDeletes() throws Exception {
    long city = createCity(unique("Тестоград"));
    long d1 = createDistrict(city, "Первый");
    long d2 = createDistrict(city, "Второй");
    String station = unique("Станцияфикс");
    api()
        .queryParam("q", station)
        .get("/public/metro/search")
        .then()
        .body("size()", equalTo(0)); // cached
    Map<String, Object> body =
        new HashMap<>(
            Map.of(
                "name",
                station,
                "line_color",
                "#12AB34",
                "line_name",
                "Тестовая",
                "geo_lat",
                55.75,
                "geo_lon",
                37.61));
    long metro =
        admin()
            .body(body)
            .post("/admin/coverage/districts/" + d1 + "/metro")
            .then()
            .statusCode(200)
            .body("name", equalTo(station))
            .body("district_id", equalTo((int) d1))
            .body("city_id", equalTo((int) city))
            .body("line_color", equalTo("#12AB34"))
            .body("line_name", equalTo("Тестовая"))
            .body("geo_lat", equalTo(55.75f))
            .extract()
            .<Number>path("id")
            .longValue();
    api()
        .queryParam("q", station)
        .get("/public/metro/search")
        .then()
        .body("name", hasItem(station));
    api().get("/public/metro/" + d1).then().body("name", hasItem(station));
    admin()
        .get("/admin/coverage/cities/" + city + "/metro")
        .then()
        .statusCode(200)
        .body("name", hasItem(station));
    admin()
        .get("/admin/coverage/districts/" + d1 + "/metro")
        .then()
        .statusCode(200)
        .body("id", hasItem((int) metro));
    admin()
        .body(Map.of("name", "Красная", "line_color", "red"))
        .post("/admin/coverage/districts/" + d1 + "/metro")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Цвет линии должен быть в формате #RRGGBB"));
    admin()
        .body(Map.of("line_color", ""))
        .post("/admin/coverage/districts/" + d1 + "/metro")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Название станции обязательно"));

    // the panel re-assigns a district; colour alone keeps the name and line
    admin()
        .body(Map.of("district_id", d2))
        .put("/admin/coverage/metro/" + metro)
        .then()
        .statusCode(200)
        .body("district_id", equalTo((int) d2))
        .body("name", equalTo(station));
    api().get("/public/metro/" + d2).then().body("name", hasItem(station));
    admin()
        .body(Map.of("line_color", "#ABCDEF"))
        .put("/admin/coverage/metro/" + metro)
        .then()
        .statusCode(200)
        .body("line_color", equalTo("#ABCDEF"))
        .body("line_name", equalTo("Тестовая"));
    admin()
        .body(Map.of("line_color", "blue"))
        .put("/admin/coverage/metro/" + metro)
        .then()
        .statusCode(400);
    admin()
        .body(Map.of("district_id", 987654321))
        .put("/admin/coverage/metro/" + metro)
        .then()
        .statusCode(400)
        .body("detail", equalTo("Район не найден"));
    admin()
        .body("{\"district_id\": null}")
        .put("/admin/coverage/metro/" + metro)
        .then()
        .statusCode(200)
        .body("district_id", equalTo(null))
        .body("city_id", equalTo((int) city));
    admin()
        .post("/admin/coverage/cities/" + city + "/remap-metro")
        .then()
        .statusCode(200)
        .body("remapped", equalTo(0))
        .body("still_unmapped", equalTo(1));
    admin()
        .body(Map.of("district_id", d1))
        .put("/admin/coverage/metro/" + metro)
        .then()
        .statusCode(200);
    admin().body(Map.of("name", "X")).put("/admin/coverage/metro/987654321").then().statusCode(404);

    // referenced: a seller at the station, a buyer in the district → 409 and nothing changes
    var seller = Fixtures.seller();
    long buyer = Fixtures.newTelegramId();
    try (var c = Stack.db()) {
      Fixtures.exec(
          c,
          "update sellers set city_id = ?, district_id = ?, metro_id = ?, metro_walk_minutes = 3"
              + " where seller_id = ?",
          city,
          d1,
          metro,
          seller.id());
      Fixtures.exec(
          c, "insert into users (tg_id, city_id, district_id) values (?, ?, ?)", buyer, city, d2);
    }
    admin()
        .delete("/admin/coverage/metro/" + metro)
        .then()
        .statusCode(409)
        .body("detail", containsString("продавцы (1)"));
    admin()
        .delete("/admin/coverage/districts/" + d1)
        .then()
        .statusCode(409)
        .body("detail", containsString("станции метро (1)"))
        .body("detail", containsString("продавцы (1)"));
    admin()
        .delete("/admin/coverage/districts/" + d2)
        .then()
        .statusCode(409)
        .body("detail", containsString("покупатели (1)"));
    admin()
        .delete("/admin/coverage/cities/" + city)
        .then()
        .statusCode(409)
        .body("detail", containsString("продавцы (1)"));
    assertEquals(1, Fixtures.count("select count(*) from metro_stations where id = ?", metro));
    assertEquals(2, Fixtures.count("select count(*) from districts where city_id = ?", city));
    assertEquals(
        metro, AdminApi.id("select metro_id from sellers where seller_id = ?", seller.id()));
    admin()
        .get("/admin/coverage/cities")
        .then()
        .body("find { it.id == " + city + " }.sellers_count", equalTo(1))
        .body("find { it.id == " + city + " }.metro_count", equalTo(1));

    try (var c = Stack.db()) {
      Fixtures.exec(
          c,
          "update sellers set city_id = null, district_id = null, metro_id = null where seller_id = ?",
          seller.id());
      Fixtures.exec(
          c, "update users set city_id = null, district_id = null where tg_id = ?", buyer);
    }
    admin()
        .delete("/admin/coverage/metro/" + metro)
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    api().queryParam("q", station).get("/public/metro/search").then().body("size()", equalTo(0));
    admin().delete("/admin/coverage/districts/" + d1).then().statusCode(200);
    admin().delete("/admin/coverage/districts/" + d2).then().statusCode(200);
    admin().delete("/admin/coverage/cities/" + city).then().statusCode(200);
  }

  /** The DaData helpers against the stack's fake DaData (the import itself: {@code DadataIT}). */
  @Test
  public void dadataHelpersAnswerThePanelsShapes() {
    admin()
        .queryParam("q", "Моск")
        .get("/admin/coverage/dadata/suggest-city")
        .then()
        .statusCode(200)
        .body("size()", equalTo(1))
        .body("[0].name", equalTo("Москва"))
        .body("[0].kladr_id", equalTo("7700000000000"));
    admin()
        .queryParam("q", "Арб")
        .queryParam("city_kladr_id", "7700000000000")
        .get("/admin/coverage/dadata/suggest-district")
        .then()
        .statusCode(200)
        .body("", equalTo(List.of("Арбат")));
    // the fake has no station for Moscow
    admin()
        .post("/admin/coverage/cities/1/import-metro")
        .then()
        .statusCode(200)
        .body("imported", equalTo(0))
        .body("skipped", equalTo(0))
        .body("unmapped", equalTo(0))
        .body("details.size()", equalTo(0))
        .body("message", equalTo("DaData не вернул станций для этого города"));
    admin().post("/admin/coverage/cities/987654321/import-metro").then().statusCode(404);
  }
}
