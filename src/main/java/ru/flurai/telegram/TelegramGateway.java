package ru.flurai.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import ru.flurai.platform.config.FluraiConfig;

/**
 * The one way out to the Telegram Bot API (TelegramBots' client, pointed at TELEGRAM_API_URL).
 * Fault Tolerance guards every call: a timeout, a few quick retries with jitter for transient
 * network errors (never for answers Telegram gave on purpose, such as 403 or 429), a circuit
 * breaker and a bulkhead. Limits are in microprofile-config.properties. Slower, exponential
 * back-off lives in the outbox, per message.
 */
@ApplicationScoped
public class TelegramGateway {
  @Inject FluraiConfig config;

  private volatile TelegramClient client;

  public boolean enabled() {
    return config.botToken().isPresent();
  }

  @Timeout(10_000)
  @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = TelegramApiRequestException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 6,
      failureRatio = 0.5,
      delay = 10_000,
      successThreshold = 2,
      failOn = TelegramApiException.class,
      skipOn = TelegramApiRequestException.class)
  @Bulkhead(10)
  public Message send(SendMessage message) throws TelegramApiException {
    return client().execute(message);
  }

  /** Any other Bot API method (answers to buttons, webhook and menu setup, polling). */
  @Timeout(35_000)
  @CircuitBreaker(
      requestVolumeThreshold = 6,
      failureRatio = 0.5,
      delay = 10_000,
      successThreshold = 2,
      failOn = TelegramApiException.class,
      skipOn = TelegramApiRequestException.class)
  public <T extends Serializable> T answer(BotApiMethod<T> method) throws TelegramApiException {
    return client().execute(method);
  }

  TelegramClient client() {
    TelegramClient c = client;
    if (c == null) {
      synchronized (this) {
        if (client == null) {
          client = create();
        }
        c = client;
      }
    }
    return c;
  }

  private TelegramClient create() {
    String token =
        config.botToken().orElseThrow(() -> new IllegalStateException("BOT_TOKEN is not set"));
    URI api = URI.create(config.telegramApiUrl());
    int port = api.getPort() > 0 ? api.getPort() : ("https".equals(api.getScheme()) ? 443 : 80);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(3))
            .readTimeout(Duration.ofSeconds(8))
            .writeTimeout(Duration.ofSeconds(8))
            .build();
    return new OkHttpTelegramClient(
        http, token, new TelegramUrl(api.getScheme(), api.getHost(), port, false));
  }

  /**
   * Telegram's own error code (429, 403, 400 …), or empty for network trouble and 5xx pages (code
   * 0).
   */
  static Optional<TelegramApiRequestException> refusal(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof TelegramApiRequestException r
          && r.getErrorCode() != null
          && r.getErrorCode() > 0) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
