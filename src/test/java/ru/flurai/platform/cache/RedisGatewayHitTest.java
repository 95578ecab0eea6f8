package ru.flurai.platform.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import redis.embedded.RedisServer;
import ru.flurai.platform.metrics.RedisMetrics;

/**
 * Rate-limit counters against a real redis-server: the increment and the expiry are one atomic
 * step.
 */
class RedisGatewayHitTest {
  private static RedisServer server;
  private static RedissonClient client;
  private static RedisGateway gateway;

  @BeforeAll
  static void start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    server = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("save \"\"").build();
    server.start();
    Config config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    config.useSingleServer().setAddress("redis://127.0.0.1:" + port);
    client = Redisson.create(config);
    gateway = new RedisGateway();
    gateway.connection =
        new RedisConnection() {
          @Override
          public Optional<RedissonClient> client() {
            return Optional.of(client);
          }
        };
    gateway.metrics =
        new RedisMetrics() {
          @Override
          public void time(String op, long nanos) {}

          @Override
          public void error(String op) {}
        };
  }

  @AfterAll
  static void stop() throws Exception {
    client.shutdown();
    server.stop();
  }

  @Test
  void everyCounterHasAnExpiry() {
    String key = "flurai:rl:test:fresh";
    assertEquals(1, gateway.hit(key, Duration.ofSeconds(61)));
    assertEquals(2, gateway.hit(key, Duration.ofSeconds(61)));
    long ttl = client.getBucket(key).remainTimeToLive();
    assertTrue(ttl > 59_000 && ttl <= 61_000, "ttl " + ttl);
  }

  @Test
  void aCounterLeftWithoutExpiryGetsOne() {
    // what a process that died between INCR and EXPIRE left behind: the old code never expired it,
    // so the
    // caller stayed locked out for good
    String key = "flurai:rl:test:orphan";
    client.getAtomicLong(key).set(7);
    assertEquals(-1, client.getBucket(key).remainTimeToLive());
    assertEquals(8, gateway.hit(key, Duration.ofSeconds(61)));
    assertTrue(client.getBucket(key).remainTimeToLive() > 0);
  }
}
