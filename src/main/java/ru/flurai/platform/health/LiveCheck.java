package ru.flurai.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Startup;

/**
 * The process serves requests. Deliberately independent of the database and Redis: an outage there
 * must not make the orchestrator restart healthy instances.
 */
@Liveness
@Startup
@ApplicationScoped
public class LiveCheck implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    long used = rt.totalMemory() - rt.freeMemory();
    return HealthCheckResponse.named("application")
        .up()
        .withData("heap_used_mb", used / (1024 * 1024))
        .withData("heap_max_mb", rt.maxMemory() / (1024 * 1024))
        .build();
  }
}
