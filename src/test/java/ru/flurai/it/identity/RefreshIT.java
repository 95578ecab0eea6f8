package ru.flurai.it.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static ru.flurai.it.Fixtures.freshIp;
import static ru.flurai.it.Fixtures.from;
import static ru.flurai.it.Stack.api;

import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/** Refresh-token rotation, reuse detection and logout (PRODUCT.md §2). */
public class RefreshIT extends ServerTest {
  private static Response refresh(String token) {
    return from(freshIp()).body(Map.of("refresh_token", token)).post("/auth/refresh");
  }

  @Test
  public void rotationThenReuseRevokesTheFamily() {
    var s = Fixtures.seller();
    var login =
        Fixtures.login("/seller-web/login", Map.of("login", s.login(), "password", s.password()));
    String first = login.path("refresh_token");
    var rotated =
        refresh(first)
            .then()
            .statusCode(200)
            .body("role", equalTo("seller"))
            .body("seller_id", equalTo(s.id()))
            .body("refresh_token", not(equalTo(first)))
            .extract();
    String second = rotated.path("refresh_token");
    api()
        .header("X-Seller-Token", (String) rotated.path("token"))
        .contentType("application/json")
        .body(Map.of())
        .put("/seller-web/security/change-credentials")
        .then()
        .statusCode(400);
    refresh(first).then().statusCode(401).body("detail", equalTo("Недействительный refresh-токен"));
    refresh(second).then().statusCode(401); // the family died with the reuse
  }

  @Test
  public void reuseEndsTheAccessTokensOfTheFamilyToo() {
    var s = Fixtures.seller();
    var login =
        Fixtures.login("/seller-web/login", Map.of("login", s.login(), "password", s.password()));
    String first = login.path("refresh_token");
    String rotatedAccess = refresh(first).then().statusCode(200).extract().path("token");
    String other = Fixtures.sellerToken(s); // another session of the same seller
    sellerCall(login.path("token")).then().statusCode(400);
    refresh(first).then().statusCode(401); // reuse
    sellerCall(login.path("token")).then().statusCode(401);
    sellerCall(rotatedAccess).then().statusCode(401);
    sellerCall(other).then().statusCode(400); // other families live on
  }

  @Test
  public void logoutSurvivesARedisRestartThatLosesEveryKey() {
    var s = Fixtures.seller();
    String token = Fixtures.sellerToken(s);
    String admin = Fixtures.adminToken();
    api().header("X-Seller-Token", token).post("/seller-web/logout").then().statusCode(200);
    api().header("X-Admin-Token", admin).post("/admin/logout").then().statusCode(200);
    sellerCall(token).then().statusCode(401);
    // the embedded redis-server keeps nothing on disk: it comes back empty
    Stack.control("redis/stop");
    Stack.control("redis/start");
    long until = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < until) {
      sellerCall(token).then().statusCode(401);
      api().header("X-Admin-Token", admin).post("/admin/logout").then().statusCode(401);
    }
    Stack.eventually(
        30_000,
        () ->
            api()
                .get("/health/ready")
                .then()
                .body("checks.find { it.name == 'redis' }.data.state", equalTo("ok")));
    sellerCall(token).then().statusCode(401);
    api().header("X-Admin-Token", admin).post("/admin/logout").then().statusCode(401);
  }

  private static Response sellerCall(String token) {
    return api()
        .header("X-Seller-Token", token)
        .contentType("application/json")
        .body(Map.of())
        .put("/seller-web/security/change-credentials");
  }

  @Test
  public void logoutRevokesTheRefreshFamilyToo() {
    var s = Fixtures.seller();
    var login =
        Fixtures.login("/seller-web/login", Map.of("login", s.login(), "password", s.password()));
    api()
        .header("X-Seller-Token", (String) login.path("token"))
        .post("/seller-web/logout")
        .then()
        .statusCode(200);
    refresh(login.path("refresh_token")).then().statusCode(401);
  }

  @Test
  public void adminRefreshAndGarbage() {
    var login = Fixtures.adminLogin();
    String token =
        refresh(login.path("refresh_token"))
            .then()
            .statusCode(200)
            .body("role", equalTo("admin"))
            .extract()
            .path("token");
    api().header("X-Admin-Token", token).post("/admin/logout").then().statusCode(200);
    refresh("not-a-token").then().statusCode(401);
    from(freshIp()).post("/auth/refresh").then().statusCode(401);
  }

  @Test
  public void blockedSellerCannotRefresh() throws Exception {
    var s = Fixtures.seller();
    var login =
        Fixtures.login("/seller-web/login", Map.of("login", s.login(), "password", s.password()));
    try (var c = Stack.db()) {
      Fixtures.exec(c, "update sellers set is_blocked = true where seller_id = ?", s.id());
    }
    refresh(login.path("refresh_token")).then().statusCode(403);
  }
}
