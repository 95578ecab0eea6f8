package ru.flurai.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static ru.flurai.it.Stack.api;
import static ru.flurai.it.Stack.control;
import static ru.flurai.it.Stack.eventually;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;

/** MicroProfile Health, and Redis stopped for real while the server runs (PRODUCT.md §5, §7). */
public class HealthIT extends ServerTest {

  @Test
  public void allProbesAnswerWithNamedChecks() {
    api()
        .get("/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("database", "replica", "redis", "telegram", "application"));
    api()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.data.state", equalTo("ok"))
        .body("checks.find { it.name == 'redis' }.data.state", equalTo("ok"));
    api().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    api().get("/health/started").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  public void replicaFallsBackToThePrimaryWhenNoneIsConfigured() {
    api()
        .get("/health/ready")
        .then()
        .body("checks.find { it.name == 'replica' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'replica' }.data.state", equalTo("not configured"))
        .body("checks.find { it.name == 'replica' }.data.reads", equalTo("primary"));
  }

  @Test
  public void redisDownDegradesReadinessButServesTheCatalogue() {
    control("redis/stop");
    try {
      // a query no cache has seen yet, so it must be answered from the database
      String fresh = "q" + UUID.randomUUID().toString().substring(0, 6);
      api().queryParam("q", fresh).get("/public/metro/search").then().statusCode(200);
      api().get("/public/cities").then().statusCode(200).body("name", hasItems("Москва"));
      api().get("/public/districts/1").then().statusCode(200);
      eventually(
          10_000,
          () ->
              api()
                  .get("/health/ready")
                  .then()
                  .statusCode(200)
                  .body("status", equalTo("UP"))
                  .body("checks.find { it.name == 'redis' }.status", equalTo("UP"))
                  .body("checks.find { it.name == 'redis' }.data.state", equalTo("degraded")));
      api().get("/health").then().statusCode(200).body("status", equalTo("UP"));
    } finally {
      control("redis/start");
    }
    eventually(
        30_000,
        () ->
            api()
                .get("/health/ready")
                .then()
                .body("checks.find { it.name == 'redis' }.data.state", equalTo("ok")));
    api().queryParam("q", "Арбат").get("/public/metro/search").then().statusCode(200);
  }
}
