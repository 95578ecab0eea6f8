package ru.flurai.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Business counters. Registered at startup so that dashboards and alerts see them (at zero) before
 * the first order.
 */
@ApplicationScoped
public class BusinessMetrics {
  static final Metadata ORDERS_CREATED =
      Metadata.builder()
          .withName("orders_created")
          .withDescription("Orders created by checkout")
          .build();
  static final Metadata ORDERS_COMPLETED =
      Metadata.builder()
          .withName("orders_completed")
          .withDescription("Orders that reached done or completed")
          .build();
  static final Metadata ORDERS_CANCELLED =
      Metadata.builder()
          .withName("orders_cancelled")
          .withDescription("Orders cancelled by the buyer or rejected")
          .build();

  @Inject MetricRegistry registry;

  void register(@Observes Startup startup) {
    registry.counter(ORDERS_CREATED);
    registry.counter(ORDERS_COMPLETED);
    registry.counter(ORDERS_CANCELLED);
  }

  public void orderCreated() {
    registry.counter(ORDERS_CREATED).inc();
  }

  public void orderCompleted() {
    registry.counter(ORDERS_COMPLETED).inc();
  }

  public void orderCancelled() {
    registry.counter(ORDERS_CANCELLED).inc();
  }
}
