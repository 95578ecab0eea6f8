package ru.flurai.it.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.flurai.it.Fixtures.freshIp;
import static ru.flurai.it.Fixtures.from;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.identity.admin.Totp;
import ru.flurai.it.ExtraServer;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/**
 * ADMIN_2FA_RESET=true (PRODUCT.md §2, an operator's way back in after a lost authenticator): an
 * admin with 2FA enrolled, another instance started on the same database without the variable
 * changes nothing, one started with it removes the enrolment, and the password alone opens the
 * panel again. The suite's own server is not restarted; the extra instances run a bot of their own
 * so they do not compete with it for Telegram updates.
 */
public class AdminTwoFactorResetIT extends ServerTest {
  private static final Map<String, String> CREDS =
      Map.of("login", TestSecrets.ADMIN_LOGIN, "password", TestSecrets.ADMIN_PASSWORD);
  private static final String REMOVED = "ADMIN_2FA_RESET=true: admin 2FA removed";

  @Test
  public void resetAtStartupRemovesTheEnrolment() throws Exception {
    try {
      SellerLoginIT
          .startOfWindow(); // the admin login-name limit counts every attempt: start with a fresh
      // window
      enrol();
      assertEnrolled();

      Map<String, String> vars = new LinkedHashMap<>(ExtraServer.testServerVariables());
      vars.put("BOT_TOKEN", "555002:twofa-reset-test-bot");
      vars.remove("ADMIN_2FA_RESET");
      try (ExtraServer plain = ExtraServer.create("twofaKeep", vars)) {
        plain.start(env -> env.remove("ADMIN_2FA_RESET"));
        awaitReady(plain);
        assertFalse(
            plain.output().contains("ADMIN_2FA_RESET=true"), "no reset without the variable");
      }
      assertEnrolled();

      try (ExtraServer reset = ExtraServer.create("twofaReset", vars)) {
        reset.start(env -> env.put("ADMIN_2FA_RESET", "true"));
        awaitReady(reset);
        assertTrue(
            reset.output().contains(REMOVED), "the reset is logged:\n" + tail(reset.output()));
        // the password alone works again, on the suite's server and on the new instance
        assertEquals(0, Fixtures.count("select count(*) from admin_totp"));
        SellerLoginIT.startOfWindow(); // a login-name attempt window no earlier login touched
        from(freshIp())
            .body(CREDS)
            .post("/admin/login")
            .then()
            .statusCode(200)
            .body("token", notNullValue());
        RestAssured.given()
            .baseUri("http://127.0.0.1")
            .port(reset.httpPort)
            .contentType("application/json")
            .header("X-Forwarded-For", freshIp())
            .body(CREDS)
            .post("/admin/login")
            .then()
            .statusCode(200)
            .body("token", notNullValue());
      }
    } finally {
      try (var c = Stack.db()) {
        Fixtures.exec(c, "delete from admin_totp");
      }
    }
  }

  /** 2FA enrolled as the panel does it: setup and confirm, each with the admin password. */
  private static void enrol() {
    String token = Fixtures.adminToken();
    String secret =
        from(freshIp())
            .header("X-Admin-Token", token)
            .body(Map.of("password", TestSecrets.ADMIN_PASSWORD))
            .post("/admin/2fa/setup")
            .then()
            .statusCode(200)
            .extract()
            .path("secret");
    String code = Totp.code(secret, Instant.now().getEpochSecond() / 30);
    from(freshIp())
        .header("X-Admin-Token", token)
        .body(Map.of("password", TestSecrets.ADMIN_PASSWORD, "otp", code))
        .post("/admin/2fa/confirm")
        .then()
        .statusCode(200);
  }

  private static void assertEnrolled() {
    assertEquals(1, Fixtures.count("select count(*) from admin_totp where enabled"));
    from(freshIp())
        .body(CREDS)
        .post("/admin/login")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Требуется код 2FA"));
  }

  /** Started (its start-up observers, the reset among them, have run) and answering readiness. */
  private static void awaitReady(ExtraServer server) {
    Stack.eventually(
        300_000,
        () -> {
          assertTrue(
              server.process().isAlive(), "the extra server exited:\n" + tail(output(server)));
          assertTrue(output(server).contains("CWWKZ0001I"), "not started yet");
          RestAssured.given()
              .baseUri("http://127.0.0.1")
              .port(server.httpPort)
              .get("/health/ready")
              .then()
              .statusCode(200);
        });
  }

  private static String output(ExtraServer server) {
    try {
      return server.output();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
