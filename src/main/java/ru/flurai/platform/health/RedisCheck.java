package ru.flurai.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import ru.flurai.platform.cache.RedisConnection;
import ru.flurai.platform.cache.RedisGateway;

/**
 * Reports Redis. Never fails readiness: without Redis the service degrades to the database and
 * local limits.
 */
@Readiness
@ApplicationScoped
public class RedisCheck implements HealthCheck {
  @Inject RedisConnection connection;
  @Inject RedisGateway redis;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("redis").up();
    if (!connection.configured()) {
      return response.withData("state", "not configured").withData("cache", "in-process").build();
    }
    try {
      redis.ping();
      return response.withData("state", "ok").build();
    } catch (RuntimeException e) {
      return response
          .withData("state", "degraded")
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
