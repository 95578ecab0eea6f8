package ru.flurai.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** Cache effectiveness: where reads were answered, and how often the cache ran without Redis. */
@ApplicationScoped
public class CacheMetrics {
  private static final Metadata REQUESTS =
      Metadata.builder()
          .withName("cache_requests")
          .withDescription("Cache reads by region and where they were answered (near, redis, miss)")
          .build();
  private static final Metadata DEGRADED =
      Metadata.builder()
          .withName("cache_degraded")
          .withDescription("Cache operations that skipped Redis because it was unavailable")
          .build();

  @Inject MetricRegistry registry;

  /** The registry's lookup by tags costs more than a cached read itself, so counters are kept. */
  private final Map<String, Counter> requests = new ConcurrentHashMap<>();

  public void request(String region, String result) {
    requests
        .computeIfAbsent(
            region + ':' + result,
            k -> registry.counter(REQUESTS, new Tag("region", region), new Tag("result", result)))
        .inc();
  }

  public void degraded(String operation) {
    registry.counter(DEGRADED, new Tag("operation", operation)).inc();
  }
}
