package ru.flurai.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** HTTP outcomes Liberty's own request metrics cannot tell apart. */
@ApplicationScoped
public class HttpMetrics {
  static final Metadata CLIENT_ABORTS =
      Metadata.builder()
          .withName("http_client_aborts")
          .withDescription(
              "Requests whose client went away before its body was complete (not counted as errors)")
          .build();

  @Inject MetricRegistry registry;

  void register(@Observes Startup startup) {
    registry.counter(CLIENT_ABORTS);
  }

  public void clientAborted() {
    registry.counter(CLIENT_ABORTS).inc();
  }
}
