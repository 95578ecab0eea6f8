package ru.flurai.telegram;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import ru.flurai.platform.db.SchemaReady;

/**
 * Sends the outbox on every instance, twice a second: lease a batch, pace it to Telegram's limits,
 * send, settle each row. What a refusal or failure means for the row is {@link SendFailure}'s
 * decision: 429 waits retry_after; 403 and "chat not found" are undeliverable; network errors,
 * timeouts, 5xx and an open breaker back off exponentially with jitter; after {@link
 * Outbox#MAX_ATTEMPTS} a message is failed. Nothing is lost: a row leaves the outbox only as sent,
 * undeliverable or failed (visible in metrics and logs).
 */
@ApplicationScoped
public class OutboxDispatcher {
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  @Inject Outbox outbox;
  @Inject Messages messages;
  @Inject BotReplies replies;
  @Inject TelegramGateway telegram;
  @Inject SendPacing pacing;
  @Inject TelegramMetrics metrics;
  @Inject TelegramStatus status;
  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> task;

  /** Rows Telegram took whose "sent" the database has not recorded yet. */
  private final Set<Long> unsettled = new ConcurrentSkipListSet<>();

  private long lastBacklog;

  void start(@Observes SchemaReady ready) {
    if (!telegram.enabled()) {
      LOG.info("BOT_TOKEN is not set: the Telegram bot is off; notifications stay in the outbox");
      return;
    }
    task = scheduler.scheduleWithFixedDelay(this::tick, 1000, 500, TimeUnit.MILLISECONDS);
  }

  void tick() {
    try {
      settleSent();
      for (Outbox.Row row : outbox.lease()) {
        deliver(row);
      }
      if (System.currentTimeMillis() - lastBacklog > 5000) {
        metrics.backlog(outbox.backlog());
        lastBacklog = System.currentTimeMillis();
      }
    } catch (RuntimeException e) {
      LOG.warning("outbox dispatch failed, will retry: " + e.getMessage());
    }
  }

  private void deliver(Outbox.Row row) {
    boolean reply = BotReplies.isReply(row.kind());
    Optional<SendMessage> message =
        reply
            ? replies.render(row)
            : row.orderId() == null
                ? Optional.empty()
                : messages.render(row.chatId(), row.kind(), row.orderId());
    if (message.isEmpty()) {
      outbox.giveUp(
          row.id(),
          "failed",
          reply ? "unknown reply " + row.kind() : "order " + row.orderId() + " not found");
      metrics.failed("gone");
      return;
    }
    long blocked = pacing.blockedFor(row.chatId());
    if (blocked > 0) {
      outbox.later(row.id(), blocked / 1000.0, false, null);
      return;
    }
    if (!pacing.tryAcquire(row.chatId())) {
      outbox.later(row.id(), 1.0, false, null);
      return;
    }
    long start = System.nanoTime();
    try {
      telegram.send(message.get());
    } catch (Exception e) {
      failed(row, e);
      return;
    }
    metrics.sent(System.nanoTime() - start);
    status.ok();
    unsettled.add(row.id());
    settleSent();
  }

  /**
   * Marks sent what Telegram took. When the database is away at that moment (the primary stopped),
   * the row is remembered and marked on the next ticks, before anything new is leased, instead of
   * coming back when its lease runs out and reaching the chat twice (found by scripts/fault-drill).
   * A database away for longer than the lease ({@link Outbox#LEASE_SECONDS}) may still let another
   * instance send it again.
   */
  private void settleSent() {
    for (Long id : unsettled) {
      outbox.sent(id);
      unsettled.remove(id);
    }
  }

  private void failed(Outbox.Row row, Exception e) {
    Optional<TelegramApiRequestException> answer = TelegramGateway.refusal(e);
    int code = answer.map(TelegramApiRequestException::getErrorCode).orElse(0);
    String description =
        answer.map(TelegramApiRequestException::getApiResponse).orElse(String.valueOf(e));
    Integer retryAfter =
        answer
            .map(TelegramApiRequestException::getParameters)
            .map(ResponseParameters::getRetryAfter)
            .orElse(null);
    SendFailure verdict =
        SendFailure.decide(
            code,
            description,
            retryAfter,
            row.attempts(),
            ThreadLocalRandom.current().nextDouble());
    if (verdict.telegramTrouble()) {
      status.failed();
    }
    switch (verdict.action()) {
      case BLOCK_CHAT -> {
        pacing.tooMany(row.chatId(), (int) verdict.delaySeconds(), description);
        outbox.later(row.id(), verdict.delaySeconds(), false, description);
      }
      case LATER -> outbox.later(row.id(), verdict.delaySeconds(), verdict.counts(), description);
      case GIVE_UP -> outbox.giveUp(row.id(), verdict.finalStatus(), description);
    }
    metrics.failed(verdict.reason());
    switch (verdict.reason()) {
      case "blocked", "chat_not_found" ->
          LOG.info("notification " + row.id() + " undeliverable: " + description);
      case "rejected" ->
          LOG.warning("notification " + row.id() + " refused by Telegram: " + description);
      case "exhausted" ->
          LOG.warning(
              "notification "
                  + row.id()
                  + " failed after "
                  + Outbox.MAX_ATTEMPTS
                  + " attempts: "
                  + description);
      default -> {
        // retried: counted in the metrics, not worth a log line each
      }
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
