package ru.flurai.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** Redis operation latency and failures, per operation. */
@ApplicationScoped
public class RedisMetrics {
  private static final Metadata TIMER =
      Metadata.builder()
          .withName("redis_operation")
          .withDescription("Redis operations issued by the service")
          .withUnit(MetricUnits.SECONDS)
          .build();
  private static final Metadata ERRORS =
      Metadata.builder()
          .withName("redis_errors")
          .withDescription("Redis operations that failed or timed out")
          .build();

  @Inject MetricRegistry registry;

  public void time(String op, long nanos) {
    registry.timer(TIMER, new Tag("op", op)).update(Duration.ofNanos(nanos));
  }

  public void error(String op) {
    registry.counter(ERRORS, new Tag("op", op)).inc();
  }
}
