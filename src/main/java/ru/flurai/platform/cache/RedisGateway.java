package ru.flurai.platform.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import ru.flurai.platform.metrics.RedisMetrics;

/**
 * Every Redis call of the service goes through here: a short timeout and a circuit breaker (limits
 * in microprofile-config.properties), and a timer and error counter per operation. A failure
 * surfaces as {@link RedisUnavailable} or a Fault Tolerance exception, which callers treat as
 * "degrade".
 */
@ApplicationScoped
@Timeout(1000)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5000, successThreshold = 1)
public class RedisGateway {
  @Inject RedisConnection connection;
  @Inject RedisMetrics metrics;

  public Optional<String> get(String key) {
    return call("get", c -> Optional.ofNullable(c.<String>getBucket(key).get()));
  }

  public void set(String key, String value, Duration ttl) {
    call(
        "set",
        c -> {
          c.<String>getBucket(key).set(value, ttl);
          return null;
        });
  }

  public void delete(String key) {
    call("delete", c -> c.getBucket(key).delete());
  }

  public long increment(String key) {
    return call("incr", c -> c.getAtomicLong(key).incrementAndGet());
  }

  /**
   * Increments a counter that expires {@code ttl} after its first increment (fixed-window rate
   * limits). One Lua script, so the increment and the expiry are atomic: a counter never outlives
   * its window, even when the caller dies between the two, and a counter found without an expiry
   * (left by an older version) gets one.
   */
  public long hit(String key, Duration ttl) {
    return call(
        "hit",
        c ->
            c.getScript(StringCodec.INSTANCE)
                .<Long>eval(
                    RScript.Mode.READ_WRITE,
                    HIT,
                    RScript.ReturnType.INTEGER,
                    List.<Object>of(key),
                    Long.toString(Math.max(1, ttl.toMillis()))));
  }

  static final String HIT =
      "local n = redis.call('INCR', KEYS[1]) "
          + "if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end "
          + "return n";

  /** The values of those keys that exist (one round trip). */
  public Map<String, String> getAll(Collection<String> keys) {
    return call("mget", c -> c.getBuckets().<String>get(keys.toArray(String[]::new)));
  }

  /** Sets the key to {@code value} unless it already has a value; true when it was set. */
  public boolean setIfAbsent(String key, String value, Duration ttl) {
    return call("setnx", c -> c.<String>getBucket(key).setIfAbsent(value, ttl));
  }

  /**
   * Sets the key only if it is absent, with a time to live; true when this caller got it (a short
   * lease).
   */
  public boolean claim(String key, Duration ttl) {
    return call("claim", c -> c.<String>getBucket(key).setIfAbsent("1", ttl));
  }

  public boolean exists(String key) {
    return call("exists", c -> c.getBucket(key).isExists());
  }

  public void publish(String topic, String message) {
    call("publish", c -> c.getTopic(topic).publish(message));
  }

  /** A round trip, for readiness. */
  public void ping() {
    call("ping", c -> c.getBucket("flurai:health").isExists());
  }

  private <T> T call(String op, Function<RedissonClient, T> action) {
    RedissonClient client =
        connection
            .client()
            .orElseThrow(
                () ->
                    new RedisUnavailable(
                        connection.configured()
                            ? "Redis is not connected"
                            : "Redis is not configured"));
    long start = System.nanoTime();
    try {
      return action.apply(client);
    } catch (RuntimeException e) {
      metrics.error(op);
      throw e;
    } finally {
      metrics.time(op, System.nanoTime() - start);
    }
  }
}
