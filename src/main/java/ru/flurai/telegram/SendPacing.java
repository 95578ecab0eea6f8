package ru.flurai.telegram;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import ru.flurai.platform.cache.RedisConnection;
import ru.flurai.platform.cache.RedisGateway;

/**
 * Telegram's limits, shared by every instance through Redis: at most 25 messages per second overall and one per
 * second per chat. Without Redis each instance keeps them alone.
 */
@ApplicationScoped
public class SendPacing {
  static final int PER_SECOND = 25;

  @Inject RedisGateway redis;
  @Inject RedisConnection connection;

  private final com.github.benmanes.caffeine.cache.Cache<String, AtomicLong> local =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(3)).maximumSize(100_000).build();

  /** True when a message to {@code chatId} may go now (and takes its slot). */
  public boolean tryAcquire(long chatId) {
    long second = System.currentTimeMillis() / 1000;
    if (!claim("flurai:tg:chat:" + chatId, Duration.ofMillis(1000))) {
      return false;
    }
    return count("flurai:tg:sec:" + second) <= PER_SECOND;
  }

  private boolean claim(String key, Duration ttl) {
    if (connection.connected()) {
      try {
        return redis.claim(key, ttl);
      } catch (RuntimeException e) {
        // Redis unavailable: pace locally
      }
    }
    String slot = key + ":" + System.currentTimeMillis() / ttl.toMillis();
    return local.get(slot, k -> new AtomicLong()).incrementAndGet() == 1;
  }

  private long count(String key) {
    if (connection.connected()) {
      try {
        return redis.hit(key, Duration.ofSeconds(2));
      } catch (RuntimeException e) {
        // Redis unavailable: count locally
      }
    }
    return local.get(key, k -> new AtomicLong()).incrementAndGet();
  }
}
