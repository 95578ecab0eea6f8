package ru.flurai.it.seller;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.SellerSession;
import ru.flurai.it.ServerTest;

/** Daily limits, close-for-today, weekly schedule and working hours (API.md §6, DOMAIN.md §3.3). */
public class SellerLimitsIT extends ServerTest {
  public static final ZoneId MSK = ZoneId.of("Europe/Moscow");

  /** The business date: the day starts at 06:00 Moscow time. */
  public static LocalDate businessDate() {
    LocalDateTime now = LocalDateTime.now(MSK);
    return now.getHour() < 6 ? now.toLocalDate().minusDays(1) : now.toLocalDate();
  }

  public static String weekdayKey() {
    return Integer.toString(businessDate().getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
  }

  @Test
  public void limitsForTodayAreQueryParamsWithoutABody() {
    SellerSession s = SellerSession.open();
    s.api()
        .put("/seller-web/limits?max_delivery_orders=3&max_pickup_orders=4")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("max_orders", equalTo(7))
        .body("max_delivery_orders", equalTo(3))
        .body("max_pickup_orders", equalTo(4));
    s.api()
        .get("/seller-web/me")
        .then()
        .statusCode(200)
        .body("max_orders", equalTo(7))
        .body("limit_set_for_today", equalTo(true))
        .body("max_delivery_orders", equalTo(3))
        .body("max_pickup_orders", equalTo(4))
        .body("daily_limit_date", equalTo(businessDate().toString()));
    assertEquals(
        7,
        ((Number) SellerSession.one("select max_orders from sellers where seller_id = ?", s.id()))
            .intValue());
    // one type only: the other keeps its value
    s.api()
        .put("/seller-web/limits?max_pickup_orders=1")
        .then()
        .statusCode(200)
        .body("max_orders", equalTo(4))
        .body("max_delivery_orders", equalTo(3));
  }

  @Test
  public void invalidLimitsAreRefusedReadably() {
    SellerSession s = SellerSession.open();
    s.api()
        .put("/seller-web/limits?max_delivery_orders=-1&max_pickup_orders=2")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Лимит не может быть отрицательным"));
    s.api()
        .put("/seller-web/limits?max_delivery_orders=abc")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Лимит должен быть целым числом: max_delivery_orders"));
    s.api().put("/seller-web/limits?max_delivery_orders=1.5").then().statusCode(400);
    s.api()
        .put("/seller-web/limits")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Укажите max_delivery_orders и/или max_pickup_orders"));
    s.api()
        .put("/seller-web/default-limit?max_delivery_orders=100000")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Лимит не может быть больше 1000"));
    s.api()
        .get("/seller-web/me")
        .then()
        .body("max_delivery_orders", equalTo(10))
        .body("max_pickup_orders", equalTo(20))
        .body("daily_limit_date", nullValue());
  }

  @Test
  public void defaultLimitChangesTheBaseButNotToday() {
    SellerSession s = SellerSession.open();
    s.api()
        .put("/seller-web/default-limit?max_delivery_orders=5&max_pickup_orders=0")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("default_daily_limit", equalTo(5))
        .body("max_delivery_orders", equalTo(5))
        .body("max_pickup_orders", equalTo(0));
    s.api()
        .get("/seller-web/me")
        .then()
        .body("max_orders", equalTo(5))
        .body("daily_limit_date", nullValue())
        .body("default_daily_limit", equalTo(5));
    s.api()
        .put("/seller-web/default-limit?max_delivery_orders=0&max_pickup_orders=0")
        .then()
        .statusCode(200);
    s.api()
        .get("/seller-web/me")
        .then()
        .body("max_orders", equalTo(0))
        .body("limit_set_for_today", equalTo(false));
  }

  @Test
  public void closeForTodayClosesUntilTheNextBusinessDay() {
    SellerSession s = SellerSession.open();
    s.api()
        .post("/seller-web/close-for-today")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("message", equalTo("Магазин закрыт на сегодня. Откроется завтра с 6:00 МСК."));
    s.api()
        .get("/seller-web/me")
        .then()
        .statusCode(200)
        .body("max_orders", equalTo(0))
        .body("limit_set_for_today", equalTo(false))
        .body("daily_limit_date", equalTo(businessDate().toString()))
        // the base limits are untouched, so tomorrow the shop opens with them
        .body("max_delivery_orders", equalTo(10))
        .body("max_pickup_orders", equalTo(20));
    // yesterday's closing no longer applies
    SellerSession.exec(
        "update sellers set daily_limit_date = daily_limit_date - 1 where seller_id = ?", s.id());
    s.api()
        .get("/seller-web/me")
        .then()
        .body("max_orders", equalTo(30))
        .body("limit_set_for_today", equalTo(true));
    // limits set for today reopen a closed shop
    s.api().post("/seller-web/close-for-today").then().statusCode(200);
    s.api()
        .put("/seller-web/limits?max_delivery_orders=2&max_pickup_orders=2")
        .then()
        .body("max_orders", equalTo(4));
  }

  @Test
  public void weeklyScheduleDecidesTodayUnlessALimitWasSetForToday() {
    SellerSession s = SellerSession.open();
    String today = weekdayKey();
    s.api()
        .body("{\"schedule\":{\"" + today + "\":{\"delivery\":2,\"pickup\":3}}}")
        .put("/seller-web/weekly-schedule")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("weekly_schedule." + today + ".delivery", equalTo(2))
        .body("weekly_schedule." + today + ".pickup", equalTo(3));
    s.api()
        .get("/seller-web/me")
        .then()
        .body("max_orders", equalTo(5))
        .body("weekly_schedule." + today + ".pickup", equalTo(3));
    assertEquals(
        "{\"" + today + "\": {\"pickup\": 3, \"delivery\": 2}}",
        SellerSession.one("select weekly_schedule::text from sellers where seller_id = ?", s.id()));
    s.api()
        .body("{\"schedule\":{}}")
        .put("/seller-web/weekly-schedule")
        .then()
        .statusCode(200)
        .body("weekly_schedule", nullValue());
    s.api()
        .get("/seller-web/me")
        .then()
        .body("max_orders", equalTo(30))
        .body("weekly_schedule", nullValue());
  }

  @Test
  public void weeklyScheduleValidationTexts() {
    SellerSession s = SellerSession.open();
    s.api()
        .body("{\"schedule\":{\"7\":{\"delivery\":1,\"pickup\":1}}}")
        .put("/seller-web/weekly-schedule")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Некорректный день недели: 7"));
    s.api()
        .body("{\"schedule\":{\"1\":{\"delivery\":-1,\"pickup\":1}}}")
        .put("/seller-web/weekly-schedule")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Лимит не может быть отрицательным"));
    s.api()
        .body("{\"schedule\":{\"1\":{\"delivery\":\"5\",\"pickup\":1}}}")
        .put("/seller-web/weekly-schedule")
        .then()
        .statusCode(400);
    s.api().put("/seller-web/weekly-schedule").then().statusCode(400);
    assertNull(
        SellerSession.one("select weekly_schedule from sellers where seller_id = ?", s.id()));
  }

  @Test
  public void workingHoursAreValidatedAndStored() {
    SellerSession s = SellerSession.open();
    s.api()
        .body(Map.of("working_hours", Map.of("0", Map.of("open", "09:00", "close", "18:00"))))
        .put("/seller-web/working-hours")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"))
        .body("working_hours.0.open", equalTo("09:00"))
        .body("working_hours.0.close", equalTo("18:00"));
    s.api()
        .body("{\"working_hours\":{\"0\":{\"open\":\"10:00\",\"close\":\"20:00\"},\"5\":null}}")
        .put("/seller-web/working-hours")
        .then()
        .statusCode(200)
        .body("working_hours.5", nullValue())
        .body("working_hours.containsKey('5')", equalTo(true));
    s.api()
        .get("/seller-web/me")
        .then()
        .body("working_hours.0.close", equalTo("20:00"))
        .body("working_hours.containsKey('5')", equalTo(true));
    s.api()
        .body("{\"working_hours\":{\"9\":null}}")
        .put("/seller-web/working-hours")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Некорректный день недели: 9"));
    s.api()
        .body("{\"working_hours\":{\"2\":{\"open\":\"9:00\",\"close\":\"18:00\"}}}")
        .put("/seller-web/working-hours")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Время должно быть в формате HH:MM для дня 2"));
    s.api()
        .body("{\"working_hours\":{\"3\":{\"open\":\"18:00\",\"close\":\"09:00\"}}}")
        .put("/seller-web/working-hours")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Время открытия должно быть раньше закрытия для дня 3"));
    s.api().get("/seller-web/me").then().body("working_hours.0.open", equalTo("10:00"));
    s.api()
        .body("{\"working_hours\":null}")
        .put("/seller-web/working-hours")
        .then()
        .statusCode(200)
        .body("working_hours", nullValue());
    assertNull(SellerSession.one("select working_hours from sellers where seller_id = ?", s.id()));
  }
}
