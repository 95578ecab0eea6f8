package ru.flurai.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import ru.flurai.telegram.TelegramStatus;

/** Reports Telegram. Never fails readiness: notifications wait in the outbox until Telegram answers again. */
@Readiness
@ApplicationScoped
public class TelegramCheck implements HealthCheck {
  @Inject TelegramStatus telegram;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("telegram").up().withData("state", telegram.state()).build();
  }
}
