package ru.flurai.payment.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** The subscriptions' clock: the system's, replaceable in tests ({@link #use}). */
@ApplicationScoped
public class SubscriptionClock {
  private volatile Clock clock = Clock.systemUTC();

  public Instant now() {
    return clock.instant();
  }

  /** Tests: run on another clock. */
  public void use(Clock other) {
    clock = other;
  }
}
