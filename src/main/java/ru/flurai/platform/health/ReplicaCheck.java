package ru.flurai.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import ru.flurai.platform.config.FluraiConfig;

/**
 * Reports where catalogue reads go. Never fails readiness: without a replica, reads fall back to
 * the primary.
 */
@Readiness
@ApplicationScoped
public class ReplicaCheck implements HealthCheck {
  @Resource(lookup = "jdbc/fluraiReplica")
  DataSource replica;

  @Inject FluraiConfig config;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("replica").up();
    try (Connection c = replica.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(3);
      try (ResultSet rs = s.executeQuery("select pg_is_in_recovery()")) {
        rs.next();
        if (rs.getBoolean(1)) {
          return response.withData("state", "ok").build();
        }
      }
      return response
          .withData("state", config.replicasConfigured() ? "degraded" : "not configured")
          .withData("reads", "primary")
          .build();
    } catch (SQLException e) {
      return response.withData("state", "degraded").withData("error", e.getMessage()).build();
    }
  }
}
