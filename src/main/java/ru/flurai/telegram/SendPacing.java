package ru.flurai.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import ru.flurai.platform.cache.RedisConnection;
import ru.flurai.platform.cache.RedisGateway;

/**
 * Telegram's limits, shared by every instance through Redis: at most 25 messages per second overall
 * and one per second per chat. After a 429 nothing goes to that chat until retry_after has passed;
 * when two different chats get a 429 within that time (or Telegram says flood control without a
 * chat), nothing goes to any chat. Without Redis each instance keeps them alone.
 */
@ApplicationScoped
public class SendPacing {
  static final int PER_SECOND = 25;

  @Inject RedisGateway redis;
  @Inject RedisConnection connection;

  private final Cache<String, AtomicLong> local =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(3)).maximumSize(100_000).build();

  private static final String ALL = "flurai:tg:block:all";
  private static final String RECENT = "flurai:tg:recent429";

  private record Local(long value, long expiresAt) {}

  private final Map<String, Local> localBlocks = new ConcurrentHashMap<>();

  /** Milliseconds until {@code chatId} may be sent to again after a 429 (0 = not blocked). */
  public long blockedFor(long chatId) {
    long now = System.currentTimeMillis();
    return Math.max(0, Math.max(until(ALL), until("flurai:tg:block:" + chatId)) - now);
  }

  /**
   * Telegram answered 429 for {@code chatId}: block that chat (or all chats, on global flood) for
   * retry_after.
   */
  public void tooMany(long chatId, int retryAfterSeconds, String description) {
    long until = System.currentTimeMillis() + Math.max(1, retryAfterSeconds) * 1000L;
    Duration ttl = Duration.ofSeconds(Math.max(1, retryAfterSeconds));
    String previous = read(RECENT);
    boolean global =
        (previous != null && !previous.equals(Long.toString(chatId)))
            || (description != null && description.toLowerCase().contains("flood"));
    write("flurai:tg:block:" + chatId, until, ttl);
    write(RECENT, chatId, ttl);
    if (global) {
      write(ALL, until, ttl);
    }
  }

  private long until(String key) {
    String v = read(key);
    return v == null ? 0 : Long.parseLong(v);
  }

  private String read(String key) {
    if (connection.connected()) {
      try {
        return redis.get(key).orElse(null);
      } catch (RuntimeException e) {
        // Redis unavailable: local state
      }
    }
    Local v = localBlocks.get(key);
    return v == null || v.expiresAt() < System.currentTimeMillis()
        ? null
        : String.valueOf(v.value());
  }

  private void write(String key, long value, Duration ttl) {
    long now = System.currentTimeMillis();
    if (localBlocks.size() > 10_000) {
      localBlocks.values().removeIf(v -> v.expiresAt() < now);
    }
    localBlocks.put(key, new Local(value, now + ttl.toMillis()));
    if (connection.connected()) {
      try {
        redis.set(key, Long.toString(value), ttl);
      } catch (RuntimeException e) {
        // Redis unavailable: local state only
      }
    }
  }

  /**
   * True when a message to {@code chatId} may go now (and takes its slot); callers check {@link
   * #blockedFor} first.
   */
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
