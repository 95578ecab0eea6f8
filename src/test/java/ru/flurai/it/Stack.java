package ru.flurai.it;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * What the build started for the integration tests (see ru.flurai.devstack.TestStack), and how to
 * reach it.
 */
public final class Stack {
  private static final Properties PROPS = load();

  // Liberty reports the application started before the background migrations finish, and readiness
  // is DOWN until
  // they have. Every IT reaches the server through this class, so the first one waits here
  // (bounded).
  static {
    eventually(300_000, () -> api().get("/health/ready").then().statusCode(200));
  }

  private Stack() {}

  private static Properties load() {
    String file = System.getProperty("stack.properties", "target/stack/stack.properties");
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("stack not started (run through mvn verify): " + file, e);
    }
    return p;
  }

  public static int httpPort() {
    return Integer.parseInt(PROPS.getProperty("http.port"));
  }

  /**
   * Liberty's TLS port (self-signed certificate; see {@code AdminCenterIT} for how a test trusts
   * it).
   */
  public static int httpsPort() {
    return Integer.parseInt(PROPS.getProperty("https.port"));
  }

  /** The messages.log of the server the build started. */
  public static Path messagesLog() {
    return Path.of(System.getProperty("liberty.install.dir", "target/liberty/wlp"))
        .resolve("usr/servers")
        .resolve(System.getProperty("liberty.server.name", "defaultServer"))
        .resolve("logs/messages.log");
  }

  public static String baseUrl() {
    return "http://127.0.0.1:" + httpPort();
  }

  public static RequestSpecification api() {
    return RestAssured.given()
        .baseUri("http://127.0.0.1")
        .port(httpPort())
        .urlEncodingEnabled(true);
  }

  public static Connection db() throws SQLException {
    return DriverManager.getConnection(jdbcUrl("flurai"), "postgres", "postgres");
  }

  /** Another database on the stack's PostgreSQL (user and password {@code postgres}). */
  public static String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + PROPS.getProperty("pg.port") + "/" + database;
  }

  /**
   * The fake Telegram Bot API's control API, e.g. {@code telegram("GET",
   * "calls?method=sendMessage", null)}.
   */
  public static String telegram(String method, String path, String body) {
    return fake("telegram.port", method, path, body);
  }

  /**
   * The fake YooKassa's control API, e.g. {@code yookassa("POST", "payments/<id>/status",
   * "{\"status\":\"succeeded\"}")}.
   */
  public static String yookassa(String method, String path, String body) {
    return fake("yookassa.port", method, path, body);
  }

  private static String fake(String portProperty, String method, String path, String body) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + PROPS.getProperty(portProperty)
                                  + "/_fake/"
                                  + path))
                      .method(
                          method,
                          body == null
                              ? HttpRequest.BodyPublishers.noBody()
                              : HttpRequest.BodyPublishers.ofString(body))
                      .header("Content-Type", "application/json")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " failed: " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Fault injection through the stack's control endpoint, e.g. {@code control("redis/stop")}. */
  public static void control(String action) {
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              "http://127.0.0.1:"
                                  + PROPS.getProperty("control.port")
                                  + "/"
                                  + action))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(action + " failed: " + r.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls until the check passes or the deadline passes; the last failure is rethrown. */
  public static void eventually(long timeoutMillis, Runnable check) {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError
          | Exception e) { // REST-assured throws a refused connection as a checked exception
        if (System.currentTimeMillis() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
