package ru.flurai.it;

import static ru.flurai.it.Stack.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.identity.InitDataSigner;
import ru.flurai.identity.PasswordHasher;

/**
 * Test data built in code: sellers with web credentials, signed initData, distinct client
 * addresses.
 */
public final class Fixtures {
  private static final AtomicInteger IPS =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 200) * 256);

  private Fixtures() {}

  /**
   * A client address of its own (through the trusted loopback proxy), so login limits of tests do
   * not mix.
   */
  public static String freshIp() {
    int n = IPS.incrementAndGet();
    return "203.0." + ((n >> 8) & 255) + "." + (n & 255);
  }

  public static RequestSpecification from(String ip) {
    return api().header("X-Forwarded-For", ip).contentType("application/json");
  }

  public static long newTelegramId() {
    return 5_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
  }

  public static String initData(long userId) {
    return InitDataSigner.sign(
        TestSecrets.BOT_TOKEN, userId, "Покупатель", Instant.now().getEpochSecond());
  }

  public record SellerFixture(long id, String login, String password) {}

  /** A seller account with web credentials, straight into the database. */
  public static SellerFixture seller() {
    long id = newTelegramId();
    String login = "Seller" + id;
    String password = "Pw" + id + "x";
    try (Connection c = Stack.db()) {
      exec(c, "insert into users (tg_id, fio, role) values (?, 'Продавец', 'SELLER')", id);
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into sellers (seller_id, web_login, password_hash) values (?, ?, ?)")) {
        s.setLong(1, id);
        s.setString(2, login);
        s.setString(3, PasswordHasher.hash(password));
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new SellerFixture(id, login, password);
  }

  public static String sellerToken(SellerFixture s) {
    return login("/seller-web/login", Map.of("login", s.login(), "password", s.password()))
        .path("token");
  }

  public static String adminToken() {
    return adminLogin().path("token");
  }

  public static Response adminLogin() {
    return login(
        "/admin/login",
        Map.of("login", TestSecrets.ADMIN_LOGIN, "password", TestSecrets.ADMIN_PASSWORD));
  }

  /** Logs in, waiting out the per-login attempt limit if other tests used it up (bounded). */
  public static Response login(String path, Map<String, String> body) {
    for (int attempt = 0; attempt < 4; attempt++) {
      var r = from(freshIp()).body(body).post(path);
      if (r.statusCode() != 429) {
        r.then().statusCode(200);
        return r;
      }
      sleep(Long.parseLong(r.header("Retry-After")) * 1000 + 200);
    }
    throw new AssertionError("still rate limited: " + path);
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static void exec(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }

  public static long count(String sql, Object... args) {
    try (Connection c = Stack.db();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (var rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
