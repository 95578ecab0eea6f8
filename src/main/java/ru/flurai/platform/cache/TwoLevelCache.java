package ru.flurai.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.redisson.client.codec.StringCodec;
import ru.flurai.platform.config.FluraiConfig;
import ru.flurai.platform.http.JsonConfig;
import ru.flurai.platform.http.RawJson;
import ru.flurai.platform.metrics.CacheMetrics;

/**
 * Two-level read cache: a per-instance near cache in front of Redis. Writers call {@link
 * #invalidate} / {@link #invalidateAll}; the eviction reaches every instance through a Redis topic,
 * after the writer's transaction commits. Without Redis (not configured or down) it is a near cache
 * only, bounded by each region's near TTL. For {@code CACHE_PRIMARY_READ_SECONDS} after an
 * invalidation, reloads of that key skip Redis and read the primary ({@link PrimaryWindow}), so a
 * lagging replica cannot put the old value back for the region's TTL.
 */
@ApplicationScoped
public class TwoLevelCache {
  private static final Logger LOG = Logger.getLogger(TwoLevelCache.class.getName());
  static final String TOPIC = "flurai:cache:invalidate";
  private static final String PREFIX = "flurai:c:";

  @Inject RedisGateway redis;
  @Inject RedisConnection connection;
  @Inject CacheMetrics metrics;
  @Inject FluraiConfig config;
  @Resource TransactionSynchronizationRegistry transactions;

  private final Jsonb json = JsonConfig.create();
  private final Cache<String, Entry> near =
      Caffeine.newBuilder().maximumSize(20_000).expireAfter(new NearExpiry()).build();

  private final AtomicBoolean subscribed = new AtomicBoolean();

  private volatile PrimaryWindow window;

  private record Entry(Object value, long ttlNanos) {}

  PrimaryWindow window() {
    PrimaryWindow w = window;
    if (w == null) {
      synchronized (this) {
        if (window == null) {
          window = new PrimaryWindow(config.cachePrimaryRead(), Ticker.systemTicker());
        }
        w = window;
      }
    }
    return w;
  }

  @SuppressWarnings("unchecked")
  public <V> V get(CacheRegion<V> region, String key, Supplier<V> loader) {
    String nearKey = region.name() + ":" + key;
    Entry hit = near.getIfPresent(nearKey);
    if (hit != null) {
      metrics.request(region.name(), "near");
      return (V) hit.value();
    }
    return (V)
        near.get(
                nearKey,
                k -> new Entry(loadShared(region, key, loader), region.nearTtl().toNanos()))
            .value();
  }

  /** What this instance holds for the key, without loading it. */
  @SuppressWarnings("unchecked")
  public <V> Optional<V> peek(CacheRegion<V> region, String key) {
    Entry hit = near.getIfPresent(region.name() + ":" + key);
    return hit == null ? Optional.empty() : Optional.of((V) hit.value());
  }

  /**
   * Whether the key or its region was invalidated a moment ago, here or on another instance (the
   * {@link PrimaryWindow}): an older value must not be served in its place.
   */
  public boolean changedRecently(CacheRegion<?> region, String key) {
    return window().open(region.name(), key);
  }

  private <V> V loadShared(CacheRegion<V> region, String key, Supplier<V> loader) {
    Optional<String> sharedKey = sharedKey(region, key);
    if (window().open(region.name(), key)) {
      // Just changed: Redis may hold what another instance reloaded from a lagging replica; the
      // primary is current.
      metrics.request(region.name(), "primary");
      V value = PrimaryWindow.onPrimary(loader);
      sharedKey.ifPresent(k -> share(region, k, value));
      return value;
    }
    if (sharedKey.isPresent()) {
      try {
        Optional<String> cached = redis.get(sharedKey.get());
        if (cached.isPresent()) {
          metrics.request(region.name(), "redis");
          return decode(region, cached.get());
        }
      } catch (RuntimeException e) {
        degraded("read", e);
      }
    }
    metrics.request(region.name(), "miss");
    V value = loader.get();
    if (!window()
        .open(
            region.name(),
            key)) { // changed while loading: the replica's value may predate the change
      sharedKey.ifPresent(k -> share(region, k, value));
    }
    return value;
  }

  private <V> void share(CacheRegion<V> region, String sharedKey, V value) {
    try {
      redis.set(sharedKey, encode(region, value), region.ttl());
    } catch (RuntimeException e) {
      degraded("write", e);
    }
  }

  /** A {@link RawJson} value is JSON already: Redis keeps its text as it is. */
  private String encode(CacheRegion<?> region, Object value) {
    return value instanceof RawJson raw ? raw.text() : json.toJson(value, region.type());
  }

  @SuppressWarnings("unchecked")
  private <V> V decode(CacheRegion<V> region, String text) {
    return region.type() == RawJson.class
        ? (V) RawJson.ofText(text)
        : json.fromJson(text, region.type());
  }

  /**
   * The Redis key for the region's current generation, or empty when Redis cannot be used right
   * now.
   */
  private Optional<String> sharedKey(CacheRegion<?> region, String key) {
    if (!connection.connected()) {
      return Optional.empty();
    }
    try {
      String generation = redis.get(PREFIX + region.name() + ":gen").orElse("0");
      return Optional.of(PREFIX + region.name() + ":" + generation + ":" + key);
    } catch (RuntimeException e) {
      degraded("read", e);
      return Optional.empty();
    }
  }

  /** Evicts one key everywhere, once the current transaction (if any) has committed. */
  public void invalidate(CacheRegion<?> region, String key) {
    afterCommit(
        () -> {
          evictNear(region.name(), key);
          sharedKey(region, key).ifPresent(k -> quietly(() -> redis.delete(k)));
          broadcast(region.name() + "\u0000" + key);
        });
  }

  /** Evicts a whole region everywhere, once the current transaction (if any) has committed. */
  public void invalidateAll(CacheRegion<?> region) {
    afterCommit(
        () -> {
          evictNear(region.name(), null);
          if (connection.connected()) {
            quietly(() -> redis.increment(PREFIX + region.name() + ":gen"));
          }
          broadcast(region.name());
        });
  }

  private void broadcast(String message) {
    if (connection.connected()) {
      quietly(() -> redis.publish(TOPIC, message));
    }
  }

  void evictNear(String region, String key) {
    window().changed(region, key);
    if (key == null) {
      near.asMap().keySet().removeIf(k -> k.startsWith(region + ":"));
    } else {
      near.invalidate(region + ":" + key);
    }
  }

  /**
   * Attaches to the invalidation topic; after any (re)subscription the near cache is dropped, since
   * messages may have been missed while disconnected.
   */
  void onRedis(@Observes RedisConnection.RedisConnected event) {
    if (subscribed.compareAndSet(false, true)) {
      event
          .client()
          .getTopic(TOPIC, StringCodec.INSTANCE)
          .addListener(
              String.class,
              (channel, message) -> {
                int split = message.indexOf('\u0000');
                evictNear(
                    split < 0 ? message : message.substring(0, split),
                    split < 0 ? null : message.substring(split + 1));
              });
    }
    near.invalidateAll();
  }

  private void afterCommit(Runnable action) {
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                action.run();
              }
            }
          });
    } else {
      action.run();
    }
  }

  private void quietly(Runnable redisCall) {
    try {
      redisCall.run();
    } catch (RuntimeException e) {
      degraded("invalidate", e);
    }
  }

  private void degraded(String what, RuntimeException e) {
    metrics.degraded(what);
    LOG.fine(() -> "cache " + what + " without Redis: " + e);
  }

  private static final class NearExpiry implements Expiry<String, Entry> {
    @Override
    public long expireAfterCreate(String key, Entry value, long currentTime) {
      return value.ttlNanos();
    }

    @Override
    public long expireAfterUpdate(String key, Entry value, long currentTime, long currentDuration) {
      return value.ttlNanos();
    }

    @Override
    public long expireAfterRead(String key, Entry value, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
