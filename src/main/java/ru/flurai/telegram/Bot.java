package ru.flurai.telegram;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.redisson.api.RLock;
import org.telegram.telegrambots.meta.api.methods.menubutton.SetChatMenuButton;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.menubutton.MenuButtonWebApp;
import org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo;
import ru.flurai.platform.cache.RedisConnection;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.db.SchemaReady;
import ru.flurai.platform.text.Sha256;

/**
 * The in-process bot. With TELEGRAM_WEBHOOK_URL it registers the webhook (with its secret);
 * otherwise it long-polls, and exactly one instance of the cluster polls: the holder of a Redis
 * lock, which Redisson's watchdog renews while the instance lives and which expires within seconds
 * when it dies, so another instance takes over. Without Redis configured the single instance polls.
 * Startup never waits for Telegram.
 */
@ApplicationScoped
public class Bot {
  private static final Logger LOG = Logger.getLogger(Bot.class.getName());
  static final String POLLER_LOCK = "flurai:tg:poller";

  @Inject TelegramGateway telegram;
  @Inject UpdateHandler handler;
  @Inject FluraiConfig config;
  @Inject RedisConnection redis;
  @Inject TelegramMetrics metrics;
  @Resource ManagedThreadFactory threads;

  private volatile boolean running;
  // the poller thread's own state
  private int handlingFailures;
  private int pollFailures;
  private long lastPollWarning;

  void start(@Observes SchemaReady ready) {
    if (!telegram.enabled()) {
      return;
    }
    running = true;
    Thread poller = threads.newThread(this::run); // a long-lived loop, not a pooled task
    poller.setName("flurai-telegram");
    poller.start();
  }

  private void run() {
    setup();
    if (config.telegramWebhookUrl().isPresent()) {
      return;
    }
    long offset = 0;
    RLock lock = null;
    while (running) {
      try {
        if (redis.configured()) {
          if (lock == null || !lock.isHeldByCurrentThread()) {
            lock = redis.client().map(c -> c.getLock(lockName())).orElse(null);
            if (lock == null || !lock.tryLock(0, TimeUnit.SECONDS)) {
              Thread.sleep(2000);
              continue;
            }
            LOG.info("this instance now polls Telegram for updates");
          }
        }
        List<Update> updates =
            telegram.answer(
                GetUpdates.builder().offset((int) offset).timeout(5).limit(100).build());
        pollWorked();
        boolean retry = false;
        for (Update u : updates) {
          if (handler.handle(u, "polling") == UpdateHandler.Outcome.RETRY) {
            retry =
                true; // not confirmed: the next getUpdates (same offset) returns this update and
            // the rest again
            break;
          }
          offset = Math.max(offset, u.getUpdateId() + 1L);
        }
        handlingFailures = retry ? handlingFailures + 1 : 0;
        if (retry) {
          sleepQuietly(
              Math.min(30_000L, 1000L << Math.min(handlingFailures, 5))); // 2, 4, 8, 16, 30 s
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        if (!running || Thread.currentThread().isInterrupted()) {
          break; // shutting down: not a failure
        }
        pollFailed(e);
        sleepQuietly(2000);
      }
    }
    try {
      if (lock != null && lock.isHeldByCurrentThread()) {
        lock.unlock();
      }
    } catch (
        RuntimeException
            e) { // Redis already closed at shutdown: the lock expires by itself within seconds
      LOG.fine(() -> "poller lock not released: " + e.getMessage());
    }
  }

  /**
   * Counted every time; logged as a warning at the first failure of a run and then at most once a
   * minute (the loop retries every 2 s, an outage would otherwise fill the log), and once at info
   * when polling works again.
   */
  private void pollFailed(Exception e) {
    metrics.updateFailed("poller");
    pollFailures++;
    long now = System.currentTimeMillis();
    if (pollFailures == 1 || now - lastPollWarning >= 60_000) {
      lastPollWarning = now;
      LOG.warning(
          "polling Telegram for updates failed"
              + (pollFailures > 1 ? " (" + pollFailures + " times in a" + " row)" : "")
              + ", retrying every 2 s: "
              + UpdateHandler.brief(e));
    } else {
      LOG.fine(() -> "polling Telegram failed again: " + UpdateHandler.brief(e));
    }
  }

  private void pollWorked() {
    if (pollFailures > 0) {
      LOG.info("polling Telegram works again after " + pollFailures + " failed attempts");
      pollFailures = 0;
    }
  }

  /**
   * One poller per bot: the lock is named after the bot (a hash of its token, never the token
   * itself).
   */
  String lockName() {
    return POLLER_LOCK + ":" + Sha256.hex(config.botToken().orElse("")).substring(0, 16);
  }

  /**
   * Menu button to the Mini App, and the webhook when configured; failures are logged, never fatal.
   */
  private void setup() {
    try {
      telegram.answer(
          SetChatMenuButton.builder()
              .menuButton(
                  MenuButtonWebApp.builder()
                      .text("Flurai")
                      .webAppInfo(new WebAppInfo(config.miniAppUrl()))
                      .build())
              .build());
      if (config.telegramWebhookUrl().isPresent()) {
        telegram
            .client()
            .execute(
                SetWebhook.builder()
                    .url(config.telegramWebhookUrl().get())
                    .secretToken(config.telegramWebhookSecret().orElse(null))
                    .build());
        LOG.info("Telegram webhook registered");
      }
    } catch (Exception e) {
      LOG.warning("Telegram setup failed (the bot keeps trying to deliver): " + e.getMessage());
    }
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @PreDestroy
  void stop() {
    running = false;
  }
}
