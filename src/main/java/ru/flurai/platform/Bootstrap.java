package ru.flurai.platform;

import static jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.Schema;
import ru.flurai.platform.db.SchemaReady;

/**
 * Start-up order: refuse a malformed configuration (any environment) or one unfit for production,
 * before any other startup observer reads it; migrate the schema (retrying in the background while
 * the primary is unreachable, with readiness DOWN meanwhile; exiting when a migration itself
 * fails), then let the features start.
 */
@ApplicationScoped
public class Bootstrap {
  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());
  static final int EXIT_CONFIG = 78;
  static final int EXIT_MIGRATION = 65;
  private static final long RETRY_SECONDS = 5;

  @Inject FluraiConfig config;
  @Inject Schema schema;
  @Inject Event<SchemaReady> schemaReady;
  @Resource ManagedScheduledExecutorService scheduler;

  /** First of all startup observers, so that none of them meets a malformed value. */
  void refuseUnfitConfiguration(@Observes @Priority(PLATFORM_BEFORE) Startup startup) {
    Optional<String> refusal = config.refusal();
    if (refusal.isPresent()) {
      LOG.severe(refusal.get());
      exit(EXIT_CONFIG);
      throw new IllegalStateException("configuration refused; the problems are listed above");
    }
  }

  void onStart(@Observes Startup startup) {
    LOG.info("Flurai starting in " + config.environment() + " mode");
    migrateThenStart();
  }

  private void migrateThenStart() {
    switch (schema.migrate()) {
      case MIGRATED -> schemaReady.fire(new SchemaReady());
      case UNREACHABLE ->
          scheduler.schedule(this::migrateThenStart, RETRY_SECONDS, TimeUnit.SECONDS);
      case FAILED -> {
        // retrying cannot help: stop, so the orchestrator shows a crashed instance instead of an
        // unready one
        LOG.severe(
            "FLURAI MIGRATION FAILED, the server stops: "
                + schema.lastError().orElse("unknown error"));
        exit(EXIT_MIGRATION);
      }
    }
  }

  /**
   * Exits from another thread: the caller may be inside application start, which shutdown would
   * wait for.
   */
  private static void exit(int status) {
    new Thread(() -> System.exit(status), "flurai-exit").start();
  }
}
