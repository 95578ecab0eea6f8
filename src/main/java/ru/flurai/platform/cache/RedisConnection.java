package ru.flurai.platform.cache;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.api.listener.StatusListener;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import ru.flurai.platform.config.FluraiConfig;

/**
 * Owns the Redisson client. Connecting happens in the background and is retried, so the service
 * starts and serves without Redis (PRODUCT.md §5); once connected, Redisson reconnects by itself
 * after outages.
 */
@ApplicationScoped
public class RedisConnection {
  private static final Logger LOG = Logger.getLogger(RedisConnection.class.getName());
  private static final long RETRY_SECONDS = 5;

  @Inject FluraiConfig config;
  @Inject Event<RedisConnected> connected;

  @Resource ManagedScheduledExecutorService scheduler;

  private volatile RedissonClient client;
  private volatile boolean stopped;

  void onStart(@Observes Startup startup) {
    if (!config.redisConfigured()) {
      LOG.info("REDIS_HOST is not set: using the in-process cache and per-instance limits");
      return;
    }
    scheduler.execute(this::connect);
  }

  private void connect() {
    if (stopped || client != null) {
      return;
    }
    try {
      RedissonClient c = Redisson.create(redissonConfig());
      client = c;
      LOG.info("Connected to Redis (" + config.redisMode() + ")");
      // (Re)subscription happens on first connect and after every reconnect: whatever was missed
      // while Redis was
      // away (invalidations, revocations) is re-synchronised by the observers of RedisConnected.
      c.getTopic("flurai:connection")
          .addListener(
              new StatusListener() {
                @Override
                public void onSubscribe(String channel) {
                  scheduler.execute(
                      () ->
                          connected.fire(new RedisConnected(c))); // observers get a managed thread
                }

                @Override
                public void onUnsubscribe(String channel) {}
              });
    } catch (RuntimeException e) {
      LOG.warning("Redis is unreachable, retrying in " + RETRY_SECONDS + " s: " + e.getMessage());
      scheduler.schedule(this::connect, RETRY_SECONDS, TimeUnit.SECONDS);
    }
  }

  public boolean configured() {
    return config.redisConfigured();
  }

  public boolean connected() {
    return client != null;
  }

  public Optional<RedissonClient> client() {
    return Optional.ofNullable(client);
  }

  Config redissonConfig() {
    Config c = new Config();
    c.setCodec(StringCodec.INSTANCE);
    c.setNettyThreads(8);
    c.setLockWatchdogTimeout(
        10_000); // a dead lock holder (e.g. the Telegram poller) is replaced within ~10 s
    String password = config.redisPassword().orElse(null);
    switch (config.redisMode()) {
      case "cluster" ->
          c.useClusterServers()
              .addNodeAddress(
                  config.redisNodes().stream().map(RedisConnection::address).toArray(String[]::new))
              .setPassword(password)
              .setConnectTimeout(1000)
              .setTimeout(800)
              .setRetryAttempts(1)
              .setRetryInterval(200)
              .setPingConnectionInterval(5000);
      case "sentinel" ->
          c.useSentinelServers()
              .setMasterName(config.redisSentinelMaster())
              .addSentinelAddress(
                  config.redisNodes().stream().map(RedisConnection::address).toArray(String[]::new))
              .setPassword(password)
              .setConnectTimeout(1000)
              .setTimeout(800)
              .setRetryAttempts(1)
              .setRetryInterval(200)
              .setPingConnectionInterval(5000)
              .setCheckSentinelsList(false);
      default ->
          c.useSingleServer()
              .setAddress(address(config.redisHost().orElseThrow() + ":" + config.redisPort()))
              .setPassword(password)
              .setConnectTimeout(1000)
              .setTimeout(800)
              .setRetryAttempts(1)
              .setRetryInterval(200)
              .setPingConnectionInterval(5000)
              .setConnectionMinimumIdleSize(4)
              .setConnectionPoolSize(32)
              .setSubscriptionConnectionMinimumIdleSize(1)
              .setSubscriptionConnectionPoolSize(4);
    }
    return c;
  }

  private static String address(String hostPort) {
    return hostPort.startsWith("redis://") || hostPort.startsWith("rediss://")
        ? hostPort
        : "redis://" + hostPort;
  }

  @PreDestroy
  void close() {
    stopped = true;
    RedissonClient c = client;
    if (c != null) {
      c.shutdown(0, 2, TimeUnit.SECONDS);
    }
  }

  /** Fired when Redis is (again) reachable, so observers can attach and re-synchronise. */
  public record RedisConnected(RedissonClient client) {}
}
