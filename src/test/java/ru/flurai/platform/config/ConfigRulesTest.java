package ru.flurai.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The format rules every environment checks at startup ({@link ConfigRules}), one key and rule per
 * problem.
 */
class ConfigRulesTest {
  private static final String SECONDS_FROM_1 =
      "must be a whole number of seconds from 1 to 315360000";
  private static final String SECONDS_FROM_0 =
      "must be a whole number of seconds from 0 to 315360000";

  private static List<String> problems(String... keyValues) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return ConfigRules.of(Settings.of(m));
  }

  private static void refused(String key, String value, String rule) {
    assertEquals(List.of(key + " " + rule), problems(key, value), key + "=" + value);
  }

  private static void accepted(String key, String value) {
    assertEquals(List.of(), problems(key, value), key + "=" + value);
  }

  @Test
  void nothingConfiguredAndEveryDefaultPass() {
    assertEquals(List.of(), problems());
    for (ConfigKey key : ConfigKey.values()) {
      key.fallback().ifPresent(v -> assertTrue(key.rule().accepts(v), key + " default " + v));
    }
  }

  @Test
  void malformedNumbersAreRefused() {
    refused("REFRESH_TTL", "abc", SECONDS_FROM_1);
    refused("REFRESH_TTL", "1.5", SECONDS_FROM_1);
    refused("REFRESH_TTL", "1e6", SECONDS_FROM_1);
    refused("REFRESH_TTL", "30d", SECONDS_FROM_1);
    refused("CACHE_PRIMARY_READ_SECONDS", "x", SECONDS_FROM_0);
    refused("ACCESS_TTL_BUYER", "seven days", SECONDS_FROM_1);
    refused("HOUSEKEEPING_BATCH", "lots", "must be a whole number from 1 to 100000");
    refused("MASTER_ADMIN_ID", "@admin", "must be a whole number from 1 to 922337203685477580");
    refused("DB_POOL_MAX", "forty", "must be a whole number from 1 to 10000");
    accepted("REFRESH_TTL", " 2592000 ");
    accepted("MASTER_ADMIN_ID", "999000111");
  }

  @Test
  void negativesAreRefused() {
    refused("CART_RESERVATION_SECONDS", "-5", SECONDS_FROM_1);
    refused("CACHE_PRIMARY_READ_SECONDS", "-1", SECONDS_FROM_0);
    refused("OUTBOX_RETENTION_SECONDS", "-604800", SECONDS_FROM_0);
    refused("DB_CONNECT_TIMEOUT", "-3", "must be a whole number from 0 to 86400");
    refused("MASTER_ADMIN_ID", "-100", "must be a whole number from 1 to 922337203685477580");
  }

  @Test
  void zeroOnlyWhereItMeansSomething() {
    refused("HOUSEKEEPING_INTERVAL_SECONDS", "0", SECONDS_FROM_1);
    refused(
        "RATE_LIMIT_WINDOW_SECONDS", "0", SECONDS_FROM_1); // would divide by zero on every login
    refused("CART_RESERVATION_SECONDS", "0", SECONDS_FROM_1);
    refused("HOUSEKEEPING_BATCH", "0", "must be a whole number from 1 to 100000");
    accepted("CACHE_PRIMARY_READ_SECONDS", "0"); // ReplicaLagIT's "no primary window" instance
    accepted("MEDIA_ORPHAN_GRACE_SECONDS", "0");
    accepted("DB_SOCKET_TIMEOUT", "0");
  }

  @Test
  void numbersOutOfRangeAreRefused() {
    refused("REFRESH_TTL", "315360001", SECONDS_FROM_1);
    refused(
        "REFRESH_TTL", "99999999999999999999999", SECONDS_FROM_1); // would overflow Instant.plus
    accepted("REFRESH_TTL", "315360000");
    refused("HOUSEKEEPING_BATCH", "100001", "must be a whole number from 1 to 100000");
    refused("DB_POOL_MIN", "10001", "must be a whole number from 0 to 10000");
  }

  @Test
  void portsAreNumbersInRange() {
    refused("HTTP_PORT", "http", "must be -1 (off) or a port number from 1 to 65535");
    refused("HTTPS_PORT", "65536", "must be -1 (off) or a port number from 1 to 65535");
    refused("DB_PORT", "5432a", "must be a port number from 1 to 65535");
    refused("DB_PORT", "-1", "must be a port number from 1 to 65535");
    refused("REDIS_PORT", "0", "must be a port number from 1 to 65535");
    accepted("HTTP_PORT", "-1");
    accepted("REDIS_PORT", "6380");
  }

  @Test
  void booleansAreTrueOrFalse() {
    refused("ADMIN_2FA_RESET", "yes", "must be one of true, false");
    refused("ADMIN_2FA_RESET", "1", "must be one of true, false");
    refused("METRICS_AUTH", "on", "must be one of true, false");
    refused("DEMO_DATA", "off", "must be one of true, false, 1, 0");
    accepted("ADMIN_2FA_RESET", "TRUE");
    accepted("METRICS_AUTH", " false ");
    accepted("DEMO_DATA", "0");
  }

  @Test
  void choicesAreOneOfTheirValues() {
    refused("ENVIRONMENT", "prod", "must be one of development, production");
    refused("REDIS_MODE", "clustered", "must be one of single, cluster, sentinel");
    refused("LOG_FORMAT", "xml", "must be one of SIMPLE, JSON, DEV, TBASIC");
    assertEquals(
        List.of(
            "LOG_LEVEL must be one of off, fatal, severe, warning, audit, info, config, detail, fine,"
                + " finer, finest, all, debug"),
        problems("LOG_LEVEL", "verbose"));
    accepted("ENVIRONMENT", "Production");
    accepted("LOG_FORMAT", "json");
    accepted("LOG_LEVEL", "WARNING");
  }

  @Test
  void urlsZonesAndListsAreChecked() {
    refused("MINI_APP_URL", "app.flurai.ru", "must be an absolute http:// or https:// URL");
    refused("PANEL_URL", "ftp://panel.flurai.ru", "must be an absolute http:// or https:// URL");
    refused("TELEGRAM_API_URL", "http://", "must be an absolute http:// or https:// URL");
    accepted("TELEGRAM_API_URL", "http://127.0.0.1:41234/");
    refused("SHOP_TIMEZONE", "Moscow", "must be a time zone id such as Europe/Moscow");
    accepted("SHOP_TIMEZONE", "Asia/Yekaterinburg");
    String addresses =
        "must be a comma-separated list of IP addresses or CIDR ranges (no host names)";
    refused("TRUSTED_PROXIES", "proxy.internal", addresses);
    refused("TRUSTED_PROXIES", "10.0.0.0/33", addresses);
    refused("TRUSTED_PROXIES", "300.1.1.1", addresses);
    refused("TRUSTED_PROXIES", "10.0.0.1,::1/129", addresses);
    refused("TRUSTED_PROXIES", "1:2:3:4:5:6:7:8:9", addresses);
    accepted("TRUSTED_PROXIES", "10.0.0.0/8, 172.16.0.0/12 ,::1,fd00::/8");
    String hosts = "must be a comma-separated list of host or host:port, ports from 1 to 65535";
    refused("REDIS_NODES", "r1:6379,r2:abc", hosts);
    refused("DB_REPLICA_HOSTS", "replica:0", hosts);
    accepted("REDIS_NODES", "r1:6379,redis://r2:6380,[::1]:6379");
    accepted("DB_REPLICA_HOSTS", "replica1:5432,replica2");
    accepted("DB_REPLICA_HOSTS", "${DB_HOST}:${DB_PORT}");
  }

  @Test
  void clusterAndSentinelNeedTheirNodes() {
    assertEquals(
        List.of("REDIS_NODES is missing while REDIS_MODE is cluster"),
        problems("REDIS_MODE", "cluster"));
    assertEquals(
        List.of("REDIS_NODES is missing while REDIS_MODE is sentinel"),
        problems("REDIS_MODE", "Sentinel", "REDIS_HOST", "redis"));
    assertEquals(List.of(), problems("REDIS_MODE", "cluster", "REDIS_NODES", "r1:6379,r2:6379"));
  }

  @Test
  void everyProblemIsListedAtOnceInKeyOrder() {
    assertEquals(
        List.of(
            "HTTP_PORT must be -1 (off) or a port number from 1 to 65535",
            "CACHE_PRIMARY_READ_SECONDS " + SECONDS_FROM_0,
            "REFRESH_TTL " + SECONDS_FROM_1,
            "CART_RESERVATION_SECONDS " + SECONDS_FROM_1,
            "HOUSEKEEPING_INTERVAL_SECONDS " + SECONDS_FROM_1),
        problems(
            "REFRESH_TTL",
            "abc",
            "CART_RESERVATION_SECONDS",
            "-5",
            "CACHE_PRIMARY_READ_SECONDS",
            "x",
            "HTTP_PORT",
            "eighty",
            "HOUSEKEEPING_INTERVAL_SECONDS",
            "0"));
  }

  @Test
  void noProblemQuotesTheValue() {
    String marker = "Zq9-not-for-logs";
    Map<String, String> m = new HashMap<>();
    for (ConfigKey key : ConfigKey.values()) {
      m.put(key.name(), marker);
    }
    List<String> p = ConfigRules.of(Settings.of(m));
    assertFalse(p.isEmpty());
    p.forEach(line -> assertFalse(line.contains(marker), line));
    String refusal = new FluraiConfig(Settings.of(m)).refusal().orElseThrow();
    assertFalse(refusal.replace("(ENVIRONMENT=" + marker + ")", "").contains(marker), refusal);
  }

  @Test
  void theRefusalLineCoversEveryEnvironment() {
    assertEquals(
        "FLURAI CONFIGURATION REFUSED (ENVIRONMENT=development): REFRESH_TTL " + SECONDS_FROM_1,
        new FluraiConfig(Settings.of(Map.of("ENVIRONMENT", "development", "REFRESH_TTL", "abc")))
            .refusal()
            .orElseThrow());
    assertEquals(
        "FLURAI CONFIGURATION REFUSED (ENVIRONMENT=development): REFRESH_TTL " + SECONDS_FROM_1,
        new FluraiConfig(Settings.of(Map.of("REFRESH_TTL", "abc"))).refusal().orElseThrow());
    String production =
        new FluraiConfig(Settings.of(Map.of("ENVIRONMENT", "production", "REFRESH_TTL", "-1")))
            .refusal()
            .orElseThrow();
    assertTrue(
        production.startsWith(
            "FLURAI CONFIGURATION REFUSED (ENVIRONMENT=production): REFRESH_TTL "
                + SECONDS_FROM_1
                + "; BOT_TOKEN is missing"),
        production);
    assertEquals(1, production.lines().count());
    assertTrue(new FluraiConfig(Settings.of(Map.of())).refusal().isEmpty());
  }

  @Test
  void typedAccessorsGiveValuesAndDefaults() {
    FluraiConfig defaults = new FluraiConfig(Settings.of(Map.of()));
    assertEquals(Duration.ofDays(30), defaults.refreshTtl());
    assertEquals(Duration.ofDays(7), defaults.accessTtlBuyer());
    assertEquals(Duration.ofHours(12), defaults.accessTtlSeller());
    assertEquals(Duration.ofHours(12), defaults.accessTtlAdmin());
    assertEquals(Duration.ofSeconds(60), defaults.rateLimitWindow());
    assertEquals(Duration.ofSeconds(30), defaults.cachePrimaryRead());
    assertEquals(Duration.ofSeconds(300), defaults.cartReservation());
    assertEquals(Duration.ofSeconds(1800), defaults.cartReservationMax());
    assertEquals(Duration.ofSeconds(300), defaults.housekeepingInterval());
    assertEquals(1000, defaults.housekeepingBatch());
    assertEquals(Duration.ofDays(7), defaults.refreshTokenRetention());
    assertEquals(Duration.ofDays(7), defaults.outboxRetention());
    assertEquals(Duration.ofDays(1), defaults.mediaOrphanGrace());
    assertEquals(6379, defaults.redisPort());
    assertEquals("http://localhost:5173", defaults.panelUrl());
    assertTrue(defaults.masterAdminId().isEmpty());
    assertTrue(defaults.botUsername().isEmpty());
    assertFalse(defaults.adminTwoFactorReset());
    assertTrue(defaults.demoData());

    FluraiConfig set =
        new FluraiConfig(
            Settings.of(
                Map.of(
                    "REFRESH_TTL",
                    "120",
                    "PANEL_URL",
                    "https://panel.test",
                    "MINI_APP_URL",
                    "https://app.test/",
                    "MASTER_ADMIN_ID",
                    "42",
                    "ADMIN_2FA_RESET",
                    "True",
                    "DEMO_DATA",
                    "0",
                    "HOUSEKEEPING_BATCH",
                    "7")));
    assertEquals(Duration.ofMinutes(2), set.refreshTtl());
    assertEquals("https://panel.test", set.panelUrl());
    assertEquals("https://app.test", set.miniAppUrl());
    assertEquals(42L, set.masterAdminId().orElseThrow());
    assertTrue(set.adminTwoFactorReset());
    assertFalse(set.demoData());
    assertEquals(7, set.housekeepingBatch());
  }

  @Test
  void anAccessorNeverParsesAMalformedValueQuietly() {
    FluraiConfig bad =
        new FluraiConfig(Settings.of(Map.of("REFRESH_TTL", "abc", "MASTER_ADMIN_ID", "x1")));
    assertEquals(
        "REFRESH_TTL " + SECONDS_FROM_1,
        assertThrows(IllegalStateException.class, bad::refreshTtl).getMessage());
    assertThrows(IllegalStateException.class, bad::masterAdminId);
  }
}
