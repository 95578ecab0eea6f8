package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * What the last calls to Telegram said: "ok", "degraded" (failing lately) or "off" (no BOT_TOKEN).
 */
@ApplicationScoped
public class TelegramStatus {
  private static final Duration RECENT = Duration.ofMinutes(2);

  @Inject TelegramGateway gateway;

  private volatile Instant lastOk;
  private volatile Instant lastFailure;

  void ok() {
    lastOk = Instant.now();
  }

  void failed() {
    lastFailure = Instant.now();
  }

  public String state() {
    if (!gateway.enabled()) {
      return "off";
    }
    Instant f = lastFailure;
    Instant o = lastOk;
    boolean failingLately =
        f != null && f.isAfter(Instant.now().minus(RECENT)) && (o == null || f.isAfter(o));
    return failingLately ? "degraded" : "ok";
  }
}
