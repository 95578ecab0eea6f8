package ru.flurai.it.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static ru.flurai.it.Fixtures.freshIp;
import static ru.flurai.it.Fixtures.from;
import static ru.flurai.it.Stack.api;

import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import ru.flurai.devstack.TestSecrets;
import ru.flurai.identity.InitDataSigner;
import ru.flurai.identity.admin.Totp;
import ru.flurai.it.Fixtures;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;
import ru.flurai.platform.config.DevDefaults;

/** Admin sign-in, TOTP 2FA, sign-out and the panel's Telegram login (API.md §7, PRODUCT.md §2). */
public class AdminAuthIT extends ServerTest {
  private static final Map<String, String> CREDS =
      Map.of("login", TestSecrets.ADMIN_LOGIN, "password", TestSecrets.ADMIN_PASSWORD);

  @Test
  public void loginGivesASignedTokenNotTheSecret() {
    String token = Fixtures.adminToken();
    api()
        .header("X-Admin-Token", token)
        .contentType("application/json")
        .post("/admin/logout")
        .then()
        .statusCode(200);
    api()
        .header("X-Admin-Token", token)
        .post("/admin/logout")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Invalid or missing admin token"));
    api()
        .header("X-Admin-Token", DevDefaults.ADMIN_SECRET)
        .post("/admin/2fa/setup")
        .then()
        .statusCode(401);
    api()
        .post("/admin/2fa/setup")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Invalid or missing admin token"));
  }

  @Test
  public void wrongCredentialsAre401() {
    from(freshIp())
        .body(Map.of("login", TestSecrets.ADMIN_LOGIN, "password", "Wrong12345"))
        .post("/admin/login")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Неверный логин или пароль"));
    from(freshIp())
        .body(Map.of("login", "someone", "password", TestSecrets.ADMIN_PASSWORD))
        .post("/admin/login")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Неверный логин или пароль"));
  }

  private static RequestSpecification asAdmin(String token) {
    return from(freshIp()).header("X-Admin-Token", token);
  }

  private static Map<String, String> with(String password, String otp) {
    return otp == null ? Map.of("password", password) : Map.of("password", password, "otp", otp);
  }

  @Test
  public void twoFactorEnrolmentThenEveryCodeWorksOnce() throws Exception {
    String token = Fixtures.adminToken();
    try {
      asAdmin(token)
          .post("/admin/2fa/setup")
          .then()
          .statusCode(403)
          .body("detail", equalTo("Неверный пароль"));
      asAdmin(token).body(with("Wrong12345", null)).post("/admin/2fa/setup").then().statusCode(403);
      String secret =
          asAdmin(token)
              .body(with(TestSecrets.ADMIN_PASSWORD, null))
              .post("/admin/2fa/setup")
              .then()
              .statusCode(200)
              .body("otpauth_uri", startsWith("otpauth://totp/"))
              .extract()
              .path("secret");
      SellerLoginIT
          .startOfWindow(); // the next logins share one attempt window, and start a 30 s step
      long step = Instant.now().getEpochSecond() / 30;
      asAdmin(token)
          .body(with(TestSecrets.ADMIN_PASSWORD, "000000"))
          .post("/admin/2fa/confirm")
          .then()
          .statusCode(401);
      asAdmin(token)
          .body(Map.of("otp", Totp.code(secret, step - 1)))
          .post("/admin/2fa/confirm")
          .then()
          .statusCode(403);
      asAdmin(token)
          .body(with(TestSecrets.ADMIN_PASSWORD, Totp.code(secret, step - 1)))
          .post("/admin/2fa/confirm")
          .then()
          .statusCode(200);
      // enrolled: a login without a code, or with a used code, is refused
      from(freshIp())
          .body(CREDS)
          .post("/admin/login")
          .then()
          .statusCode(401)
          .body("detail", equalTo("Требуется код 2FA"));
      from(freshIp())
          .body(
              Map.of(
                  "login",
                  TestSecrets.ADMIN_LOGIN,
                  "password",
                  TestSecrets.ADMIN_PASSWORD,
                  "otp",
                  Totp.code(secret, step - 1)))
          .post("/admin/login")
          .then()
          .statusCode(401)
          .body("detail", equalTo("Неверный код 2FA"));
      // the unchanged panel: the code follows the password in the password field
      Map<String, String> panel =
          Map.of(
              "login",
              TestSecrets.ADMIN_LOGIN,
              "password",
              TestSecrets.ADMIN_PASSWORD + Totp.code(secret, step));
      from(freshIp())
          .body(panel)
          .post("/admin/login")
          .then()
          .statusCode(200)
          .body("token", notNullValue());
      from(freshIp())
          .body(panel)
          .post("/admin/login")
          .then()
          .statusCode(401)
          .body("detail", equalTo("Неверный код 2FA"));
      // Telegram cannot skip the second factor
      from(freshIp())
          .body(
              Map.of(
                  "init_data",
                  InitDataSigner.sign(
                      TestSecrets.ADMIN_BOT_TOKEN,
                      TestSecrets.MASTER_ADMIN_ID,
                      "Admin",
                      Instant.now().getEpochSecond())))
          .post("/admin/auth/telegram")
          .then()
          .statusCode(403)
          .body(
              "detail",
              equalTo("Включена двухфакторная защита: войдите по логину и паролю с кодом"));
      asAdmin(token)
          .body(with(TestSecrets.ADMIN_PASSWORD, null))
          .post("/admin/2fa/setup")
          .then()
          .statusCode(409);
      String stored =
          Fixtures.count(
                      "select count(*) from admin_totp where secret_enc like ?", "%" + secret + "%")
                  == 0
              ? "encrypted"
              : "plain";
      Assertions.assertEquals("encrypted", stored);
      // disabling needs the password and a current code
      asAdmin(token)
          .body(Map.of("otp", Totp.code(secret, step + 1)))
          .post("/admin/2fa/disable")
          .then()
          .statusCode(403);
      asAdmin(token)
          .body(with(TestSecrets.ADMIN_PASSWORD, Totp.code(secret, step)))
          .post("/admin/2fa/disable")
          .then()
          .statusCode(401);
      asAdmin(token)
          .body(with(TestSecrets.ADMIN_PASSWORD, Totp.code(secret, step + 1)))
          .post("/admin/2fa/disable")
          .then()
          .statusCode(200);
      from(freshIp())
          .body(CREDS)
          .post("/admin/login")
          .then()
          .statusCode(200)
          .body("token", notNullValue());
    } finally {
      try (var c = Stack.db()) {
        Fixtures.exec(c, "delete from admin_totp");
      }
    }
  }

  @Test
  public void panelLoginFromTheAdminBot() {
    long now = Instant.now().getEpochSecond();
    from(freshIp())
        .body(
            Map.of(
                "init_data",
                InitDataSigner.sign(
                    TestSecrets.ADMIN_BOT_TOKEN, TestSecrets.MASTER_ADMIN_ID, "Admin", now)))
        .post("/admin/auth/telegram")
        .then()
        .statusCode(200)
        .body("role", equalTo("admin"));
    var seller = Fixtures.seller();
    from(freshIp())
        .body(
            Map.of(
                "init_data",
                InitDataSigner.sign(TestSecrets.ADMIN_BOT_TOKEN, seller.id(), "S", now)))
        .post("/admin/auth/telegram")
        .then()
        .statusCode(200)
        .body("role", equalTo("seller"))
        .body("seller_id", equalTo(seller.id()));
    from(freshIp())
        .body(
            Map.of(
                "init_data",
                InitDataSigner.sign(
                    TestSecrets.ADMIN_BOT_TOKEN, Fixtures.newTelegramId(), "X", now)))
        .post("/admin/auth/telegram")
        .then()
        .statusCode(403)
        .body("detail", equalTo("Доступ запрещён: вы не являетесь админом или продавцом"));
    from(freshIp())
        .body(
            Map.of(
                "init_data",
                InitDataSigner.sign(
                    TestSecrets.BOT_TOKEN, TestSecrets.MASTER_ADMIN_ID, "Admin", now)))
        .post("/admin/auth/telegram")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Invalid Telegram signature"));
  }
}
