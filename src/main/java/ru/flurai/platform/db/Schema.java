package ru.flurai.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Flyway migrations on the primary. Concurrent instances are safe: Flyway holds a PostgreSQL advisory lock. */
@ApplicationScoped
public class Schema {
  private static final Logger LOG = Logger.getLogger(Schema.class.getName());

  @Resource(lookup = "jdbc/flurai")
  DataSource primary;

  private volatile boolean migrated;
  private volatile String lastError;

  /** Runs pending migrations; returns false (and remembers why) when the database cannot be reached. */
  public boolean migrate() {
    try {
      MigrateResult result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(primary)
              .locations("classpath:db/migration")
              .load()
              .migrate();
      LOG.info("Database schema at version " + result.targetSchemaVersion + " ("
          + result.migrationsExecuted + " migrations applied now)");
      migrated = true;
      lastError = null;
      return true;
    } catch (RuntimeException e) {
      lastError = e.getMessage();
      LOG.warning("Database migration failed: " + e.getMessage());
      return false;
    }
  }

  public boolean migrated() {
    return migrated;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }
}
