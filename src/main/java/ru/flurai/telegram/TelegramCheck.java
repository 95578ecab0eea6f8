package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports Telegram (the feature's own readiness check; the platform's checks know no feature).
 * Never fails readiness: notifications wait in the outbox until Telegram answers again.
 */
@Readiness
@ApplicationScoped
public class TelegramCheck implements HealthCheck {
  @Inject TelegramStatus telegram;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("telegram").up().withData("state", telegram.state()).build();
  }
}
