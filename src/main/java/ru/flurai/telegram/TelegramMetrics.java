package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** Outbox backlog, messages sent and failed (by reason), send latency. The breaker state is Fault Tolerance's own. */
@ApplicationScoped
public class TelegramMetrics {
  private static final Metadata SENT = Metadata.builder().withName("telegram_messages_sent")
      .withDescription("Telegram messages delivered").build();
  private static final Metadata FAILED = Metadata.builder().withName("telegram_messages_failed")
      .withDescription("Telegram send attempts that failed, by reason").build();
  private static final Metadata LATENCY = Metadata.builder().withName("telegram_send")
      .withDescription("Telegram sendMessage latency").withUnit(MetricUnits.SECONDS).build();
  private static final Metadata BACKLOG = Metadata.builder().withName("outbox_backlog")
      .withDescription("Notifications waiting to be sent").build();

  @Inject MetricRegistry registry;
  private final AtomicLong backlog = new AtomicLong();

  void register(@Observes Startup startup) {
    registry.counter(SENT);
    registry.gauge(BACKLOG, backlog, AtomicLong::get);
  }

  public void sent(long nanos) {
    registry.counter(SENT).inc();
    registry.timer(LATENCY).update(Duration.ofNanos(nanos));
  }

  public void failed(String reason) {
    registry.counter(FAILED, new Tag("reason", reason)).inc();
  }

  public void backlog(long value) {
    backlog.set(value);
  }
}
