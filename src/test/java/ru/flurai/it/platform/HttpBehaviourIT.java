package ru.flurai.it.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static ru.flurai.it.Stack.api;

import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;

/**
 * What every response gets (API.md §0): JSON errors, request ids, strict CORS, security headers.
 */
public class HttpBehaviourIT extends ServerTest {
  private static final String ALLOWED = "https://app.flurai.test";
  private static final String DENIED = "https://evil.example";

  @Test
  public void unknownPathIsJson404() {
    api()
        .get("/no/such/path")
        .then()
        .statusCode(404)
        .contentType("application/json")
        .body("detail", equalTo("Not Found"));
  }

  @Test
  public void wrongMethodIsJson405() {
    api()
        .post("/public/cities")
        .then()
        .statusCode(405)
        .contentType("application/json")
        .body("detail", equalTo("Method Not Allowed"));
    api()
        .delete("/public/districts/1")
        .then()
        .statusCode(405)
        .body("detail", equalTo("Method Not Allowed"));
  }

  @Test
  public void requestIdIsGeneratedEchoedAndSanitized() {
    api().get("/public/cities").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    api()
        .header("X-Request-Id", "abc-123.x_y")
        .get("/public/cities")
        .then()
        .header("X-Request-Id", equalTo("abc-123.x_y"));
    api()
        .header("X-Request-Id", "bad id\twith <script>")
        .get("/public/cities")
        .then()
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    api().get("/no/such/path").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
  }

  @Test
  public void securityHeaders() {
    api()
        .get("/public/cities")
        .then()
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Frame-Options", "DENY")
        .header("Strict-Transport-Security", nullValue());
  }

  @Test
  public void preflightFromAnAllowedOrigin() {
    api()
        .header("Origin", ALLOWED)
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "content-type,x-seller-token")
        .options("/seller-web/me")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", ALLOWED)
        .header("Access-Control-Allow-Methods", containsString("PATCH"))
        .header("Access-Control-Allow-Headers", containsString("X-Telegram-Init-Data"))
        .header("Access-Control-Allow-Headers", containsString("X-Seller-Token"))
        .header("Access-Control-Allow-Headers", containsString("X-Admin-Token"))
        .header("Access-Control-Allow-Headers", containsString("ngrok-skip-browser-warning"));
  }

  @Test
  public void preflightFromADeniedOriginGetsNoCorsHeaders() {
    api()
        .header("Origin", DENIED)
        .header("Access-Control-Request-Method", "GET")
        .options("/public/cities")
        .then()
        .statusCode(403)
        .header("Access-Control-Allow-Origin", nullValue())
        .body("detail", not(nullValue()));
    api()
        .header("Origin", DENIED)
        .get("/public/cities")
        .then()
        .statusCode(200)
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  public void corsHeadersAreOnErrorsToo() {
    api()
        .header("Origin", ALLOWED)
        .get("/no/such/path")
        .then()
        .statusCode(404)
        .header("Access-Control-Allow-Origin", ALLOWED);
    api()
        .header("Origin", ALLOWED)
        .get("/public/metro/search")
        .then()
        .statusCode(400)
        .header("Access-Control-Allow-Origin", ALLOWED);
  }

  @Test
  public void rootAndPingAnswerJson() {
    api().get("/").then().statusCode(200).body("status", equalTo("ok"));
    api().get("/ping").then().statusCode(200).body("status", equalTo("ok"));
  }
}
