package ru.flurai.it.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.flurai.it.Fixtures.freshIp;
import static ru.flurai.it.Fixtures.from;
import static ru.flurai.it.Stack.api;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/** Seller sign-in, limits, sign-out and credential changes (API.md §6, PRODUCT.md §2). */
public class SellerLoginIT extends ServerTest {
  private static Response login(String ip, String login, String password) {
    return from(ip).body(Map.of("login", login, "password", password)).post("/seller-web/login");
  }

  @Test
  public void loginReturnsTokensAndTheSellerId() {
    var s = Fixtures.seller();
    login(freshIp(), s.login(), s.password())
        .then()
        .statusCode(200)
        .body("role", equalTo("seller"))
        .body("seller_id", equalTo(s.id()))
        .body("token", notNullValue())
        .body("refresh_token", notNullValue());
    // case-insensitive login name
    login(freshIp(), s.login().toLowerCase(), s.password()).then().statusCode(200);
  }

  @Test
  public void wrongPasswordAndUnknownLoginLookTheSame() {
    var s = Fixtures.seller();
    String a =
        login(freshIp(), s.login(), "Wrong12345").then().statusCode(401).extract().asString();
    String b =
        login(freshIp(), "nobody-" + s.id(), "Wrong12345")
            .then()
            .statusCode(401)
            .extract()
            .asString();
    assertEquals("{\"detail\":\"Неверный логин или пароль\"}", a);
    assertEquals(a, b);
  }

  @Test
  public void blockedAndDeletedSellers() throws Exception {
    var blocked = Fixtures.seller();
    String token = Fixtures.sellerToken(blocked);
    try (var c = Stack.db()) {
      Fixtures.exec(c, "update sellers set is_blocked = true where seller_id = ?", blocked.id());
    }
    login(freshIp(), blocked.login(), blocked.password())
        .then()
        .statusCode(403)
        .body("detail", equalTo("Аккаунт заблокирован"));
    api()
        .header("X-Seller-Token", token)
        .post("/seller-web/logout")
        .then()
        .statusCode(403)
        .body("detail", equalTo("Аккаунт заблокирован"));
    var deleted = Fixtures.seller();
    String token2 = Fixtures.sellerToken(deleted);
    try (var c = Stack.db()) {
      Fixtures.exec(c, "update sellers set deleted_at = now() where seller_id = ?", deleted.id());
    }
    login(freshIp(), deleted.login(), deleted.password()).then().statusCode(401);
    api()
        .header("X-Seller-Token", token2)
        .post("/seller-web/logout")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Продавец не найден"));
  }

  @Test
  public void sixthAttemptFromOneAddressIs429UntilTheWindowEnds() {
    var s = Fixtures.seller();
    String ip = freshIp();
    startOfWindow();
    for (int i = 0; i < 5; i++) {
      login(ip, "unknown-" + i + "-" + s.id(), "Wrong12345").then().statusCode(401);
    }
    Response r = login(ip, s.login(), s.password());
    r.then()
        .statusCode(429)
        .body("detail", equalTo("Слишком много попыток, попробуйте через минуту"));
    long retry = Long.parseLong(r.header("Retry-After"));
    Fixtures.sleep(retry * 1000 + 300);
    login(ip, s.login(), s.password()).then().statusCode(200);
  }

  @Test
  public void sixthAttemptOnOneLoginFromTwoAddressesIs429() {
    var s = Fixtures.seller();
    String ip1 = freshIp();
    String ip2 = freshIp();
    startOfWindow();
    for (int i = 0; i < 5; i++) {
      login(i % 2 == 0 ? ip1 : ip2, s.login(), "Wrong12345").then().statusCode(401);
    }
    login(ip2, s.login(), s.password()).then().statusCode(429);
    login(freshIp(), s.login(), s.password()).then().statusCode(429);
  }

  @Test
  public void logoutKillsTheTokenAtOnce() {
    var s = Fixtures.seller();
    String token = Fixtures.sellerToken(s);
    api()
        .header("X-Seller-Token", token)
        .contentType("application/json")
        .post("/seller-web/logout")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    api()
        .header("X-Seller-Token", token)
        .post("/seller-web/logout")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Недействительный или истекший токен"));
  }

  @Test
  public void changeCredentialsEnforcesThePolicyAndEndsOtherSessions() {
    var s = Fixtures.seller();
    String other = Fixtures.sellerToken(s);
    String current = Fixtures.sellerToken(s);
    api()
        .header("X-Seller-Token", current)
        .contentType("application/json")
        .body(
            Map.of(
                "old_login",
                s.login(),
                "old_password",
                s.password(),
                "new_login",
                "shop-" + s.id(),
                "new_password",
                "short"))
        .put("/seller-web/security/change-credentials")
        .then()
        .statusCode(400)
        .body(
            "detail",
            equalTo(
                "Пароль должен быть не короче 8 символов; Пароль должен содержать заглавную букву;"
                    + " Пароль должен содержать цифру"));
    api()
        .header("X-Seller-Token", current)
        .contentType("application/json")
        .body(
            Map.of(
                "old_login",
                s.login(),
                "old_password",
                "Wrong1234",
                "new_login",
                "shop-" + s.id(),
                "new_password",
                "NewPassw0rd!"))
        .put("/seller-web/security/change-credentials")
        .then()
        .statusCode(400)
        .body("detail", equalTo("Неверный текущий пароль"));
    login(freshIp(), s.login(), s.password()).then().statusCode(200); // nothing changed yet
    api()
        .header("X-Seller-Token", current)
        .contentType("application/json")
        .body(
            Map.of(
                "old_login",
                s.login(),
                "old_password",
                s.password(),
                "new_login",
                "shop-" + s.id(),
                "new_password",
                "NewPassw0rd!"))
        .put("/seller-web/security/change-credentials")
        .then()
        .statusCode(200)
        .body("status", equalTo("ok"));
    api().header("X-Seller-Token", other).post("/seller-web/logout").then().statusCode(401);
    login(freshIp(), s.login(), s.password()).then().statusCode(401);
    login(freshIp(), "shop-" + s.id(), "NewPassw0rd!").then().statusCode(200);
    api().header("X-Seller-Token", current).post("/seller-web/logout").then().statusCode(200);
  }

  /** Waits for a fresh fixed window so that a burst of attempts lands in one window. */
  public static void startOfWindow() {
    long window = TestSecrets.RATE_WINDOW_SECONDS;
    long millisInto = Instant.now().toEpochMilli() % (window * 1000);
    Fixtures.sleep(window * 1000 - millisInto + 100); // always a window no earlier attempt touched
  }
}
