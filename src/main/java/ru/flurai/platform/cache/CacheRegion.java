package ru.flurai.platform.cache;

import java.lang.reflect.Type;
import java.time.Duration;

/**
 * A named group of cached values of one type. {@code ttl} bounds the shared (Redis) copy; {@code
 * nearTtl} bounds the per-instance copy, and so how stale an instance can be if an invalidation
 * message is lost (Redis down).
 */
public record CacheRegion<V>(String name, Type type, Duration ttl, Duration nearTtl) {
  public CacheRegion {
    if (name.contains(":")) {
      throw new IllegalArgumentException("region names must not contain ':'");
    }
  }
}
