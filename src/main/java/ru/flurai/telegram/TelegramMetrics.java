package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Outbox backlog, messages sent and failed (by reason), send latency, and incoming updates that
 * failed or were given up, by source: {@code webhook} and {@code polling} = handling an update that
 * came that way failed, {@code poller} = the polling loop could not fetch updates. The breaker
 * state is Fault Tolerance's own.
 */
@ApplicationScoped
public class TelegramMetrics {
  private static final Metadata SENT =
      Metadata.builder()
          .withName("telegram_messages_sent")
          .withDescription("Telegram messages delivered")
          .build();
  private static final Metadata FAILED =
      Metadata.builder()
          .withName("telegram_messages_failed")
          .withDescription("Telegram send attempts that failed, by reason")
          .build();
  private static final Metadata LATENCY =
      Metadata.builder()
          .withName("telegram_send")
          .withDescription("Telegram sendMessage latency")
          .withUnit(MetricUnits.SECONDS)
          .build();
  private static final Metadata UPDATE_FAILURES =
      Metadata.builder()
          .withName("telegram_update_failures")
          .withDescription(
              "Telegram updates whose handling failed, or getUpdates calls that failed, by source")
          .build();
  private static final Metadata UPDATES_GIVEN_UP =
      Metadata.builder()
          .withName("telegram_updates_given_up")
          .withDescription(
              "Telegram updates marked processed after failing every attempt, by source")
          .build();
  static final List<String> SOURCES = List.of("webhook", "polling", "poller");
  private static final Metadata BACKLOG =
      Metadata.builder()
          .withName("outbox_backlog")
          .withDescription("Notifications waiting to be sent")
          .build();

  @Inject MetricRegistry registry;
  private final AtomicLong backlog = new AtomicLong();

  void register(@Observes Startup startup) {
    registry.counter(SENT);
    registry.gauge(BACKLOG, backlog, AtomicLong::get);
    for (String source : SOURCES) {
      registry.counter(UPDATE_FAILURES, new Tag("source", source));
      if (!source.equals("poller")) {
        registry.counter(UPDATES_GIVEN_UP, new Tag("source", source));
      }
    }
  }

  public void sent(long nanos) {
    registry.counter(SENT).inc();
    registry.timer(LATENCY).update(Duration.ofNanos(nanos));
  }

  public void failed(String reason) {
    registry.counter(FAILED, new Tag("reason", reason)).inc();
  }

  public void updateFailed(String source) {
    registry.counter(UPDATE_FAILURES, new Tag("source", source)).inc();
  }

  public void updateGivenUp(String source) {
    registry.counter(UPDATES_GIVEN_UP, new Tag("source", source)).inc();
  }

  public void backlog(long value) {
    backlog.set(value);
  }
}
