package ru.flurai.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import ru.flurai.platform.db.Schema;

/**
 * Readiness depends on the primary: reachable and migrated, or the instance takes no traffic (503).
 */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {
  @Resource(lookup = "jdbc/flurai")
  DataSource primary;

  @Inject Schema schema;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection c = primary.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(3);
      s.execute("select 1");
    } catch (SQLException e) {
      return response.down().withData("state", "down").withData("error", e.getMessage()).build();
    }
    if (!schema.migrated()) {
      return response
          .down()
          .withData("state", "not migrated")
          .withData("error", schema.lastError().orElse("migration pending"))
          .build();
    }
    return response.up().withData("state", "ok").build();
  }
}
