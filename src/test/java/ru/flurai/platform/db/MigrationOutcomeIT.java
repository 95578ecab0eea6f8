package ru.flurai.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import ru.flurai.it.Stack;

/**
 * {@link Schema#migrate} against throw-away databases on the stack's PostgreSQL, without a server:
 * each kind of migration error is FAILED with the migration named, an unreachable database is
 * UNREACHABLE (retried), a clean database is MIGRATED. (MigrationFailureIT shows a real server
 * exiting on FAILED and staying up on UNREACHABLE.)
 */
class MigrationOutcomeIT {

  @Test
  void aCleanDatabaseIsMigrated() throws Exception {
    String db = database("migok");
    try {
      Schema schema = schema(db, port());
      assertEquals(Schema.Outcome.MIGRATED, schema.migrate());
      assertTrue(schema.migrated());
      assertTrue(schema.lastError().isEmpty());
    } finally {
      drop(db);
    }
  }

  @Test
  void aChecksumMismatchIsAFailureNamingTheMigration() throws Exception {
    String db = database("migsum");
    try {
      flyway(db, null).migrate();
      sql(db, "update flyway_schema_history set checksum = checksum + 1 where version = '2'");
      String error = failed(db);
      assertTrue(error.startsWith("V2__identity.sql: "), error);
      assertTrue(error.toLowerCase().contains("checksum mismatch for migration version 2"), error);
      assertFalse(error.contains("\n"), "more than one line: " + error);
    } finally {
      drop(db);
    }
  }

  @Test
  void aFailedRunInTheHistoryIsAFailureNamingTheMigration() throws Exception {
    String db = database("migrun");
    try {
      flyway(db, "3").migrate();
      // what a migration that failed half-way leaves behind on a database without transactional DDL
      sql(
          db,
          "insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
              + " installed_by, execution_time, success) values (4, '7', 'ordering', 'SQL', 'V7__ordering.sql', 0,"
              + " 'postgres', 1, false)");
      String error = failed(db);
      assertTrue(error.startsWith("V7__ordering.sql: "), error);
      assertTrue(error.toLowerCase().contains("failed migration to version 7"), error);
    } finally {
      drop(db);
    }
  }

  @Test
  void aFailingScriptIsAFailureWithTheDatabasesMessage() throws Exception {
    String db = database("migsql");
    try {
      flyway(db, "3").migrate();
      sql(db, "create table cart_items (leftover integer)");
      String error = failed(db);
      assertTrue(error.startsWith("V7__ordering.sql: "), error);
      assertTrue(error.contains("relation \"cart_items\" already exists"), error);
    } finally {
      drop(db);
    }
  }

  @Test
  void anUnreachableDatabaseIsRetriedNotFailed() throws Exception {
    int nothingListens;
    try (var socket = new ServerSocket(0)) {
      nothingListens = socket.getLocalPort();
    }
    Schema schema = schema("flurai", nothingListens);
    assertEquals(Schema.Outcome.UNREACHABLE, schema.migrate());
    assertFalse(schema.migrated());
    assertTrue(schema.lastError().isPresent());
  }

  private static String failed(String db) throws Exception {
    Schema schema = schema(db, port());
    assertEquals(Schema.Outcome.FAILED, schema.migrate());
    assertFalse(schema.migrated());
    return schema.lastError().orElseThrow();
  }

  private static Schema schema(String db, int port) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName(db);
    ds.setUser("postgres");
    ds.setPassword("postgres");
    ds.setConnectTimeout(3);
    Schema schema = new Schema();
    schema.primary = ds;
    return schema;
  }

  private static int port() {
    String url = Stack.jdbcUrl("x");
    return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1, url.lastIndexOf('/')));
  }

  private static Flyway flyway(String db, String target) {
    var config =
        Flyway.configure()
            .dataSource(Stack.jdbcUrl(db), "postgres", "postgres")
            .locations("classpath:db/migration");
    if (target != null) {
      config.target(target);
    }
    return config.load();
  }

  private static String database(String prefix) throws SQLException {
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

  private static void sql(String db, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection(Stack.jdbcUrl(db), "postgres", "postgres")) {
      c.createStatement().execute(statement);
    }
  }

  private static void drop(String db) throws SQLException {
    try (Connection c = Stack.db()) {
      c.createStatement().execute("drop database if exists " + db + " with (force)");
    }
  }
}
