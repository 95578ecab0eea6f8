package ru.flurai.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class SchemaTest {
  @Test
  void anUpToDateSchemaIsLoggedAtItsVersionNotNull() {
    MigrateResult upToDate = new MigrateResult();
    upToDate.initialSchemaVersion = "17";
    assertEquals(
        "Database schema at version 17 (0 migrations applied now)", Schema.migratedLine(upToDate));
  }

  @Test
  void aMigratedSchemaIsLoggedAtTheVersionItReached() {
    MigrateResult migrated = new MigrateResult();
    migrated.initialSchemaVersion = "15";
    migrated.targetSchemaVersion = "17";
    migrated.migrationsExecuted = 2;
    assertEquals(
        "Database schema at version 17 (2 migrations applied now)", Schema.migratedLine(migrated));
  }
}
