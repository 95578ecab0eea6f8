package ru.flurai.it.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Fixtures.count;
import static ru.flurai.it.Fixtures.initData;
import static ru.flurai.it.Fixtures.newTelegramId;
import static ru.flurai.it.Stack.api;

import java.time.Instant;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.identity.InitDataSigner;
import ru.flurai.it.Fixtures;
import ru.flurai.it.JwtForge;
import ru.flurai.it.ServerTest;

/** Hybrid buyer authentication and the buyer profile (API.md §0.5, §2, §4). */
public class BuyerAuthIT extends ServerTest {

  @Test
  public void noCredentialsIs401WithMissing() {
    api().get("/buyers/me").then().statusCode(401).body("detail", containsString("Missing"));
    api()
        .header("Authorization", "Bearer not.a.jwt")
        .get("/buyers/me")
        .then()
        .statusCode(401)
        .body("detail", containsString("Missing"));
  }

  @Test
  public void initDataRegistersTheBuyerOnFirstUse() {
    long id = newTelegramId();
    api()
        .header("X-Telegram-Init-Data", initData(id))
        .get("/buyers/me")
        .then()
        .statusCode(200)
        .body("tg_id", equalTo(id))
        .body("id", equalTo(id))
        .body("fio", equalTo("Покупатель"))
        .body("username", equalTo("user" + id))
        .body("privacy_accepted", equalTo(false))
        .body("balance", Matchers.anyOf(equalTo(0), equalTo(0.0f)))
        .body("role", equalTo("BUYER"));
    assertEquals(1, count("select count(*) from users where tg_id = ?", id));
  }

  @Test
  public void badInitDataIsRefusedWithItsOwnMessage() {
    long id = newTelegramId();
    String good = initData(id);
    api()
        .header("X-Telegram-Init-Data", good.replace("auth_date=", "auth_date=1"))
        .get("/buyers/me")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Invalid Telegram signature"));
    String old =
        InitDataSigner.sign(
            TestSecrets.BOT_TOKEN, id, "X", Instant.now().getEpochSecond() - 90_000);
    api()
        .header("X-Telegram-Init-Data", old)
        .get("/buyers/me")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Init data has expired"));
    api()
        .header("X-Telegram-Init-Data", "garbage")
        .get("/buyers/me")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Invalid init data format"));
    assertEquals(0, count("select count(*) from users where tg_id = ?", id));
  }

  @Test
  public void miniAppLoginIssuesAJwtThatWins() {
    long id = newTelegramId();
    String token =
        Fixtures.from(Fixtures.freshIp())
            .body(Map.of("init_data", initData(id)))
            .post("/auth/telegram-mini-app")
            .then()
            .statusCode(200)
            .body("telegram_id", equalTo(id))
            .body("first_name", equalTo("Покупатель"))
            .extract()
            .path("token");
    api()
        .header("Authorization", "Bearer " + token)
        .get("/buyers/me")
        .then()
        .statusCode(200)
        .body("tg_id", equalTo(id));
    // a valid JWT wins over initData of someone else
    api()
        .header("Authorization", "Bearer " + token)
        .header("X-Telegram-Init-Data", initData(newTelegramId()))
        .get("/buyers/me")
        .then()
        .statusCode(200)
        .body("tg_id", equalTo(id));
  }

  @Test
  public void expiredJwtFallsThroughToInitData() {
    long id = newTelegramId();
    String expired = JwtForge.expired("buyer", Long.toString(newTelegramId()));
    api()
        .header("Authorization", "Bearer " + expired)
        .header("X-Telegram-Init-Data", initData(id))
        .get("/buyers/me")
        .then()
        .statusCode(200)
        .body("tg_id", equalTo(id));
    api()
        .header("Authorization", "Bearer " + expired)
        .get("/buyers/me")
        .then()
        .statusCode(401)
        .body("detail", containsString("Missing"));
    api()
        .header("Authorization", "Bearer " + JwtForge.unsigned("buyer", Long.toString(id)))
        .get("/buyers/me")
        .then()
        .statusCode(401);
  }

  @Test
  public void profileEditsNormalizeThePhone() {
    long id = newTelegramId();
    String auth = initData(id);
    api()
        .header("X-Telegram-Init-Data", auth)
        .contentType("application/json")
        .body(Map.of("phone", "8 (916) 123-45-67", "fio", " Анна <b>Ли</b> "))
        .put("/buyers/me")
        .then()
        .statusCode(200)
        .body("phone", equalTo("79161234567"))
        .body("fio", equalTo("Анна Ли"));
    api()
        .header("X-Telegram-Init-Data", auth)
        .contentType("application/json")
        .body(Map.of("phone", "12345"))
        .put("/buyers/me")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Неверный формат телефона. Ожидается +7 000 000 00 00"));
    api()
        .header("X-Telegram-Init-Data", auth)
        .get("/buyers/me")
        .then()
        .body("phone", equalTo("79161234567"));
  }

  @Test
  public void bodylessAndMalformedBodies() {
    String auth = initData(newTelegramId());
    api()
        .header("X-Telegram-Init-Data", auth)
        .contentType("application/json")
        .put("/buyers/me")
        .then()
        .statusCode(200)
        .body("tg_id", notNullValue());
    api()
        .header("X-Telegram-Init-Data", auth)
        .contentType("application/json")
        .post("/buyers/me/accept-privacy")
        .then()
        .statusCode(200)
        .body("privacy_accepted", equalTo(true))
        .body("privacy_accepted_at", notNullValue());
    api()
        .header("X-Telegram-Init-Data", auth)
        .contentType("application/json")
        .body("{\"phone\": ")
        .put("/buyers/me")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Некорректный JSON в теле запроса"));
  }

  @Test
  public void locationMustExist() {
    String auth = initData(newTelegramId());
    int district = api().get("/public/districts/1").then().extract().path("[0].id");
    api()
        .header("X-Telegram-Init-Data", auth)
        .contentType("application/json")
        .body(Map.of("city_id", 1, "district_id", district))
        .put("/buyers/me/location")
        .then()
        .statusCode(200)
        .body("city_id", equalTo(1))
        .body("district_id", equalTo(district));
    api()
        .header("X-Telegram-Init-Data", auth)
        .contentType("application/json")
        .body(Map.of("city_id", 1, "district_id", 987654))
        .put("/buyers/me/location")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Район не найден"));
  }
}
