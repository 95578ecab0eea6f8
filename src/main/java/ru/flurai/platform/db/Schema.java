package ru.flurai.platform.db;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

/**
 * Flyway migrations on the primary. Concurrent instances are safe: Flyway holds a PostgreSQL
 * advisory lock.
 */
@ApplicationScoped
public class Schema {
  private static final Logger LOG = Logger.getLogger(Schema.class.getName());

  /** What one attempt came to. */
  public enum Outcome {
    MIGRATED,
    /** The database could not be reached: worth retrying. */
    UNREACHABLE,
    /**
     * The database answered and a migration cannot succeed (bad SQL, checksum mismatch, a failed
     * run recorded).
     */
    FAILED
  }

  @Resource(lookup = "jdbc/flurai")
  DataSource primary;

  private volatile boolean migrated;
  private volatile String lastError;

  /**
   * Runs pending migrations; on failure remembers why ({@link #lastError}) and whether retrying can
   * help.
   */
  public Outcome migrate() {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(primary)
            .locations("classpath:db/migration")
            // Flyway always scans db/callback; its empty flyway.location marker keeps that scan
            // from logging an error at every start (Flyway's advice for WebSphere class loaders)
            .load();
    try {
      MigrateResult result = flyway.migrate();
      LOG.info(migratedLine(result));
      migrated = true;
      lastError = null;
      return Outcome.MIGRATED;
    } catch (RuntimeException e) {
      if (MigrationErrors.unreachable(e) || !reachable()) {
        lastError = MigrationErrors.oneLine(String.valueOf(e.getMessage()));
        LOG.warning("Database migration failed, database unreachable (will retry): " + lastError);
        return Outcome.UNREACHABLE;
      }
      lastError = culprit(flyway, e) + ": " + MigrationErrors.cause(e);
      return Outcome.FAILED;
    }
  }

  /**
   * The start's one line on the schema: the version it is at, which Flyway names as the target only
   * when it applied something (an up-to-date schema's version is the initial one).
   */
  static String migratedLine(MigrateResult result) {
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    return "Database schema at version "
        + (version == null ? "none (empty schema, no migrations)" : version)
        + " ("
        + result.migrationsExecuted
        + " migrations applied now)";
  }

  public boolean migrated() {
    return migrated;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  private boolean reachable() {
    try (Connection c = primary.getConnection()) {
      return c.isValid(3);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * The migration at fault: the one that was running, else a failed or mismatched one in the
   * history.
   */
  private static String culprit(Flyway flyway, RuntimeException e) {
    if (e instanceof FlywayMigrateException m && m.getMigration() != null) {
      return name(m.getMigration());
    }
    try {
      for (MigrationInfo i : flyway.info().all()) {
        boolean mismatched =
            i.isApplied() && i.getResolvedChecksum() != null && !i.isChecksumMatching();
        if (i.getState().isFailed() || mismatched) {
          return name(i);
        }
      }
    } catch (RuntimeException ignored) {
      // the history cannot be read either: the message below still says what went wrong
    }
    return "migration";
  }

  private static String name(MigrationInfo i) {
    return i.getScript() != null ? i.getScript() : "version " + i.getVersion();
  }
}
