package ru.flurai.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import ru.flurai.it.ExtraServer;
import ru.flurai.it.ServerTest;
import ru.flurai.it.Stack;

/**
 * A second server against a throw-away database on the stack's PostgreSQL. A migration that cannot
 * succeed stops startup (one SEVERE line naming the migration and the cause, then a non-zero exit);
 * a database that cannot be reached keeps the server up, unready, retrying. The other kinds of
 * migration error (checksum mismatch, a failed run in the history) are told apart by {@code
 * platform.db.MigrationOutcomeIT} without a server.
 */
public class MigrationFailureIT extends ServerTest {
  public static final String FAILED = "FLURAI MIGRATION FAILED";
  public static final String RETRYING = "database unreachable (will retry)";

  /**
   * Generous: on a loaded 2-core build machine a Liberty start alone has taken over two minutes.
   */
  public static final long BOUND_MS = 300_000;

  @Test
  public void aFailingScriptStopsTheServer() throws Exception {
    String db = throwAwayDatabase("migsql");
    try {
      migrate(db, "3");
      sql(db, "create table cart_items (leftover integer)"); // what V7 creates: its script fails
      String line = exitsWithOneLine("migsql", db);
      // SIMPLE console format: "... ru.flurai.platform.Bootstrap E FLURAI ..."; other formats spell
      // the level
      assertTrue(
          line.contains(" E " + FAILED) || line.contains("SEVERE") || line.contains("ERROR"),
          "not logged as an error: " + line);
      assertTrue(line.contains("V7__ordering.sql"), "migration not named: " + line);
      assertTrue(
          line.contains("relation \"cart_items\" already exists"), "cause not given: " + line);
      assertEquals(1, count(db, "select count(*) from flyway_schema_history where version = '3'"));
      assertEquals(0, count(db, "select count(*) from flyway_schema_history where version = '7'"));
    } finally {
      drop(db);
    }
  }

  @Test
  public void anUnreachableDatabaseKeepsRetryingUnready() throws Exception {
    Map<String, String> vars = new LinkedHashMap<>(ExtraServer.testServerVariables());
    vars.put("DB_PORT", Integer.toString(ExtraServer.freePort())); // nothing listens there
    vars.put("DB_REPLICA_HOSTS", "127.0.0.1:" + vars.get("DB_PORT"));
    try (ExtraServer server = ExtraServer.create("migdown", vars)) {
      Process p = server.start(Map.of()).process();
      Stack.eventually(BOUND_MS, () -> assertTrue(retries(server) >= 2, "no second retry yet"));
      Stack.eventually(30_000, () -> assertEquals(503, readiness(server)));
      assertTrue(p.isAlive(), "the server exited although the database is only unreachable");
      assertFalse(
          server.output().contains(FAILED),
          "an unreachable database was taken for a failed migration");
    }
  }

  /**
   * Starts a server on {@code db}; it must exit by itself, non-zero, with exactly one failure line.
   */
  private static String exitsWithOneLine(String name, String db) throws Exception {
    Map<String, String> vars = new LinkedHashMap<>(ExtraServer.testServerVariables());
    vars.put("DB_NAME", db);
    try (ExtraServer server = ExtraServer.create(name, vars)) {
      Process p = server.start(Map.of()).process();
      boolean exited = p.waitFor(BOUND_MS, TimeUnit.MILLISECONDS);
      String out = server.output();
      assertTrue(exited, "server kept running after a failed migration:\n" + tail(out));
      assertTrue(p.exitValue() != 0, "exit code was 0");
      List<String> lines = out.lines().filter(l -> l.contains(FAILED)).toList();
      assertEquals(1, lines.size(), "expected one failure line in:\n" + tail(out));
      assertFalse(
          out.contains(RETRYING), "a failed migration was taken for an unreachable database");
      return lines.get(0);
    }
  }

  private static long retries(ExtraServer server) {
    try {
      return server.output().lines().filter(l -> l.contains(RETRYING)).count();
    } catch (IOException e) {
      return 0;
    }
  }

  private static int readiness(ExtraServer server) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.httpPort + "/health/ready"))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String throwAwayDatabase(String prefix) throws SQLException {
    String name = prefix + "_" + System.nanoTime();
    try (Connection c = Stack.db()) {
      c.createStatement()
          .execute(
              "create database "
                  + name
                  + " template template0 encoding 'UTF8'"
                  + " locale_provider builtin builtin_locale 'C.UTF-8'");
    }
    return name;
  }

  private static void migrate(String db, String target) {
    var config =
        Flyway.configure()
            .dataSource(Stack.jdbcUrl(db), "postgres", "postgres")
            .locations("classpath:db/migration");
    if (target != null) {
      config.target(target);
    }
    config.load().migrate();
  }

  private static void sql(String db, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(Stack.jdbcUrl(db), "postgres", "postgres")) {
      c.createStatement().execute(statement);
    }
  }

  private static long count(String db, String query) throws SQLException {
    try (Connection c = DriverManager.getConnection(Stack.jdbcUrl(db), "postgres", "postgres");
        var rs = c.createStatement().executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void drop(String db) throws SQLException {
    try (Connection c = Stack.db()) {
      c.createStatement().execute("drop database if exists " + db + " with (force)");
    }
  }

  private static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
