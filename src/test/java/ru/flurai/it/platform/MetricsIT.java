package ru.flurai.it.platform;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static ru.flurai.it.Stack.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ServerTest;

/**
 * {@code /metrics} is Prometheus text that promtool accepts, and it has what MONITORING.md
 * promises.
 */
public class MetricsIT extends ServerTest {

  private static String scrape() {
    api().get("/public/cities").then().statusCode(200);
    api()
        .queryParam("q", "метро-" + System.nanoTime())
        .get("/public/metro/search")
        .then()
        .statusCode(200);
    return api()
        .get("/metrics")
        .then()
        .statusCode(200)
        .contentType(containsString("text/plain"))
        .extract()
        .asString();
  }

  @Test
  public void coversHttpDatabaseRedisAndBusiness() {
    String text = scrape();
    for (String expected :
        new String[] {
          "REST_request_seconds_count{class=\"ru.flurai.catalog.directory.DirectoryResource\"",
          "http_server_request_duration_seconds_count{",
          "connectionpool_managedConnections{datasource=\"jdbc_flurai\"",
          "connectionpool_managedConnections{datasource=\"jdbc_fluraiReplica\"",
          "redis_operation_seconds_count{",
          "cache_requests_total{",
          "orders_created_total{",
          "orders_completed_total{",
          "orders_cancelled_total{",
          "telegram_update_failures_total{",
          "telegram_updates_given_up_total{",
        }) {
      assertTrue(text.contains(expected), "missing " + expected);
    }
  }

  @Test
  public void promtoolAcceptsTheOutput() throws IOException, InterruptedException {
    String text = scrape();
    Path file = Files.createTempFile("metrics", ".txt");
    Files.writeString(file, text);
    Process p;
    try {
      p =
          new ProcessBuilder("sh", "-c", "promtool check metrics < " + file)
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      fail("promtool is needed: run scripts/ensure-tools (apt package prometheus)");
      return;
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool hung");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.exitValue() == 127) {
      fail("promtool is needed: run scripts/ensure-tools (apt package prometheus)");
    }
    // 0 = clean, 3 = naming lint only (Liberty's camelCase vendor metrics); 1 = a parse error
    assertTrue(
        p.exitValue() == 0 || p.exitValue() == 3, "promtool exit " + p.exitValue() + ":\n" + out);
    Files.delete(file);
  }
}
