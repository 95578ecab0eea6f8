package ru.flurai.it;

import static ru.flurai.it.Stack.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Admin calls for the admin ITs: one admin token per test JVM, and sellers created through the API.
 */
public final class AdminApi {
  private static String token;

  private AdminApi() {}

  public static synchronized String token() {
    if (token == null) {
      token = Fixtures.adminToken();
    }
    return token;
  }

  public static RequestSpecification admin() {
    return api().header("X-Admin-Token", token()).contentType("application/json");
  }

  public record Created(long id, String login, String password) {}

  /** The minimal body the panel's wizard sends, with a fresh Telegram id. */
  public static Map<String, Object> sellerBody(long id) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tg_id", id);
    body.put("fio", "Тестовый Продавец " + id);
    body.put("phone", "79990001122");
    body.put("shop_name", "Магазин " + id);
    body.put("delivery_type", "both");
    body.put("city_id", 1);
    return body;
  }

  public static Created createSeller() {
    return createSeller(sellerBody(Fixtures.newTelegramId()));
  }

  public static Created createSeller(Map<String, Object> body) {
    Response r = admin().body(body).post("/admin/create_seller");
    r.then().statusCode(200);
    return new Created(
        ((Number) body.get("tg_id")).longValue(), r.path("web_login"), r.path("web_password"));
  }

  /**
   * A seller login attempt, waiting out the per-login attempt limit (bounded) rather than seeing
   * its 429.
   */
  public static Response sellerLogin(String login, String password) {
    for (int attempt = 0; attempt < 4; attempt++) {
      Response r =
          Fixtures.from(Fixtures.freshIp())
              .body(Map.of("login", login, "password", password))
              .post("/seller-web/login");
      if (r.statusCode() != 429) {
        return r;
      }
      Fixtures.sleep(Long.parseLong(r.header("Retry-After")) * 1000 + 200);
    }
    throw new AssertionError("still rate limited: " + login);
  }

  public static String sellerToken(Created s) {
    return Fixtures.login("/seller-web/login", Map.of("login", s.login(), "password", s.password()))
        .path("token");
  }

  public static long id(String sql, Object... args) {
    return Fixtures.count(sql, args);
  }

  public static String text(String sql, Object... args) {
    try (var c = Stack.db();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (var rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
