package ru.flurai.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import ru.flurai.platform.cache.RedisConnection;
import ru.flurai.platform.cache.RedisGateway;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.domain.TooManyRequests;
import ru.flurai.platform.text.Sha256;

/**
 * Fixed-window attempt limits shared by every instance through Redis; per-instance counters while
 * Redis is unavailable (PRODUCTION.md: "rate limiting falls back to per-instance"). The window
 * length is configurable (RATE_LIMIT_WINDOW_SECONDS, default 60) so tests can shorten it.
 */
@ApplicationScoped
public class RateLimiter {
  public static final String TOO_MANY = "Слишком много попыток, попробуйте через минуту";

  @Inject RedisGateway redis;
  @Inject RedisConnection connection;
  @Inject FluraiConfig config;

  private final Cache<String, AtomicLong> local =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofMinutes(10)).build();

  /**
   * Counts one attempt for {@code key} in {@code scope}; refuses with 429 past {@code limit} in the
   * window.
   */
  public void attempt(String scope, String key, int limit) {
    long window = config.rateLimitWindow().toSeconds();
    long now = Instant.now().getEpochSecond();
    long slot = now / window;
    String id = "flurai:rl:" + scope + ":" + Sha256.hex(key).substring(0, 32) + ":" + slot;
    long count = count(id, Duration.ofSeconds(window + 1));
    if (count > limit) {
      long retryAfter = Math.max(1, (slot + 1) * window - now);
      throw new TooManyRequests(TOO_MANY, retryAfter);
    }
  }

  private long count(String id, Duration ttl) {
    if (connection.connected()) {
      try {
        return redis.hit(id, ttl);
      } catch (RuntimeException e) {
        // Redis unavailable: this instance counts alone
      }
    }
    return local.get(id, k -> new AtomicLong()).incrementAndGet();
  }
}
