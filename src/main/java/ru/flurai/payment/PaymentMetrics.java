package ru.flurai.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * {@code payment_events_total{event}}: payments created at YooKassa, verified successes applied,
 * refunds sent, notifications refused (not from YooKassa's networks, or disagreeing with the API).
 */
@ApplicationScoped
public class PaymentMetrics {
  static final List<String> EVENTS =
      List.of("created", "succeeded", "refunded", "webhook_refused", "verification_refused");
  private static final Metadata EVENTS_TOTAL =
      Metadata.builder()
          .withName("payment_events")
          .withDescription("Online payment events, by kind")
          .build();

  @Inject MetricRegistry registry;

  void register(@Observes Startup startup) {
    EVENTS.forEach(e -> registry.counter(EVENTS_TOTAL, new Tag("event", e)));
  }

  public void count(String event) {
    registry.counter(EVENTS_TOTAL, new Tag("event", event)).inc();
  }
}
