package ru.flurai.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Keys changed a moment ago, whose reloads must read the primary: a replica may not have replayed
 * the change yet, and a value reloaded from it would be cached for the region's whole TTL. An
 * invalidation (local or from the topic) opens a window of {@code CACHE_PRIMARY_READ_SECONDS} for
 * its key, or for its whole region.
 */
public final class PrimaryWindow {
  private static final ThreadLocal<Boolean> PRIMARY = new ThreadLocal<>();

  private final Cache<String, Boolean> changed;

  PrimaryWindow(Duration window, Ticker ticker) {
    changed =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(window).ticker(ticker).build();
  }

  /**
   * A change of one key ({@code key} given) or of the whole region ({@code key} null) has just
   * committed.
   */
  void changed(String region, String key) {
    changed.put(key == null ? region : region + "\u0000" + key, Boolean.TRUE);
  }

  /** Whether a reload of this key must read the primary now. */
  boolean open(String region, String key) {
    return changed.getIfPresent(region) != null
        || changed.getIfPresent(region + "\u0000" + key) != null;
  }

  /** Runs {@code loader} with {@link #readPrimary()} true on this thread. */
  static <V> V onPrimary(Supplier<V> loader) {
    Boolean before = PRIMARY.get();
    PRIMARY.set(Boolean.TRUE);
    try {
      return loader.get();
    } finally {
      if (before == null) {
        PRIMARY.remove();
      } else {
        PRIMARY.set(before);
      }
    }
  }

  /**
   * True inside a cache reload that must not read a replica (replica readers then use the primary
   * unit).
   */
  public static boolean readPrimary() {
    return Boolean.TRUE.equals(PRIMARY.get());
  }
}
