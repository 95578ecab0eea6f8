package ru.flurai.it.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Stack.api;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;

/** The public directories as the Mini App and the panel read them (API.md §3). */
public class DirectoryIT extends ServerTest {

  @Test
  public void citiesAreSortedAndMoscowIsCityOne() {
    JsonPath body =
        api()
            .get("/public/cities")
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .jsonPath();
    List<String> names = body.getList("name");
    assertEquals(names.stream().sorted().toList(), names);
    assertEquals("Москва", body.getString("find { it.id == 1 }.name"));
  }

  @Test
  public void districtsOfACitySortedWithCityId() {
    JsonPath body = api().get("/public/districts/1").then().statusCode(200).extract().jsonPath();
    List<String> names = body.getList("name");
    assertEquals(names.stream().sorted().toList(), names);
    assertEquals(List.of(1), body.getList("city_id").stream().distinct().toList());
    api().get("/public/districts/1").then().body("[0]", hasKey("id")).body("[0]", hasKey("name"));
  }

  @Test
  public void unknownCityHasNoDistricts() {
    api().get("/public/districts/987654").then().statusCode(200).body("", empty());
  }

  @Test
  public void metroSearchIsCaseInsensitiveSubstringWithLineColour() {
    api()
        .queryParam("q", "АРБАТ")
        .get("/public/metro/search")
        .then()
        .statusCode(200)
        .body("name", hasItem("Арбатская"))
        .body("find { it.name == 'Арбатская' }.line_color", equalTo("#0078BE"))
        .body("find { it.name == 'Арбатская' }.district_id", instanceOf(Integer.class));
    api()
        .queryParam("q", "ская")
        .get("/public/metro/search")
        .then()
        .statusCode(200)
        .body("size()", greaterThan(3));
  }

  @Test
  public void metroSearchWinsOverDistrictRoute() {
    api()
        .queryParam("q", "Тверская")
        .get("/public/metro/search")
        .then()
        .statusCode(200)
        .body("name", contains("Тверская"));
  }

  @Test
  public void metroSearchTreatsWildcardsLiterally() {
    api().queryParam("q", "%").get("/public/metro/search").then().statusCode(200).body("", empty());
    api().queryParam("q", "_").get("/public/metro/search").then().statusCode(200).body("", empty());
  }

  @Test
  public void metroSearchWithoutQueryIsAReadable400() {
    api()
        .get("/public/metro/search")
        .then()
        .statusCode(400)
        .body("detail", instanceOf(String.class));
    api().queryParam("q", " ").get("/public/metro/search").then().statusCode(400);
    api()
        .queryParam("q", "x".repeat(101))
        .get("/public/metro/search")
        .then()
        .statusCode(400)
        .body("detail", not(nullValue()));
  }

  @Test
  public void metroOfDistrict() {
    int districtId =
        api()
            .queryParam("q", "Арбатская")
            .get("/public/metro/search")
            .then()
            .extract()
            .path("[0].district_id");
    api()
        .get("/public/metro/" + districtId)
        .then()
        .statusCode(200)
        .body("district_id", everyItem(equalTo(districtId)))
        .body("name", hasItem("Арбатская"));
    api().get("/public/metro/99999999").then().statusCode(200).body("", empty());
  }

  @Test
  public void publicRoutesIgnoreAuthHeaders() {
    api()
        .header("Authorization", "Bearer garbage.token.value")
        .header("X-Telegram-Init-Data", "user=%7B%7D&hash=bad")
        .header("X-Seller-Token", "nope")
        .header("X-Admin-Token", "nope")
        .get("/public/cities")
        .then()
        .statusCode(200)
        .body("name", hasItem("Москва"));
  }

  @Test
  public void nonNumericIdIsNotFoundWithDetail() {
    api()
        .get("/public/districts/abc")
        .then()
        .statusCode(404)
        .body("detail", instanceOf(String.class));
  }
}
