package ru.flurai.dev;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.SchemaReady;

/** Outside production, an empty database gets Moscow with a few districts and metro stations. */
@ApplicationScoped
public class DevDirectorySeed {
  private static final Logger LOG = Logger.getLogger(DevDirectorySeed.class.getName());

  @Inject FluraiConfig config;

  @Resource(lookup = "jdbc/flurai")
  DataSource primary;

  void seed(@Observes SchemaReady ready) {
    if (config.isProduction()) {
      return;
    }
    try (Connection c = primary.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select exists (select 1 from cities)")) {
        rs.next();
        if (rs.getBoolean(1)) {
          return;
        }
      }
      s.execute(script());
      LOG.info("Development seed: Moscow directories loaded");
    } catch (SQLException e) {
      LOG.warning("Development seed skipped: " + e.getMessage());
    }
  }

  private static String script() {
    try (InputStream in =
        DevDirectorySeed.class.getResourceAsStream("/ru/flurai/dev/directories.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
