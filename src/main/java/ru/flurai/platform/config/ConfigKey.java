package ru.flurai.platform.config;

import java.util.Optional;

/**
 * Every configuration key the service reads, itself or through Liberty's server.xml, with the rule
 * its value must follow and its development default. {@link ConfigRules} checks them all at
 * startup, in every environment; README's "Configuration" table documents each one (ConfigDocsTest
 * keeps the two in step).
 */
public enum ConfigKey {
  // runtime and Liberty
  ENVIRONMENT(Rule.oneOf("development", "production"), "development"),
  LOG_LEVEL(
      Rule.oneOf(
          "off", "fatal", "severe", "warning", "audit", "info", "config", "detail", "fine", "finer",
          "finest", "all", "debug"),
      "info"),
  LOG_FORMAT(Rule.oneOf("SIMPLE", "JSON", "DEV", "TBASIC"), "SIMPLE"),
  HTTP_HOST(Rule.TEXT, "*"),
  HTTP_PORT(Rule.portOrOff(), "8000"),
  HTTPS_PORT(Rule.portOrOff(), "8443"),
  METRICS_AUTH(Rule.BOOLEAN, "false"),
  LIBERTY_ADMIN_USER(Rule.TEXT, "admin"),
  LIBERTY_ADMIN_PASSWORD(Rule.TEXT, DevDefaults.LIBERTY_ADMIN_PASSWORD),
  KEYSTORE_PASSWORD(Rule.TEXT, DevDefaults.KEYSTORE_PASSWORD),
  /**
   * Where the build-started embedded services write their addresses (tests and scripts/run only).
   */
  STACK_INCLUDE(Rule.TEXT, null),

  // PostgreSQL
  DB_HOST(Rule.TEXT, "localhost"),
  DB_PORT(Rule.port(), "5432"),
  DB_NAME(Rule.TEXT, "flurai"),
  DB_USER(Rule.TEXT, "flurai"),
  DB_PASSWORD(Rule.TEXT, DevDefaults.DB_PASSWORD),
  DB_REPLICA_HOSTS(Rule.HOST_PORTS, null),
  DB_POOL_MIN(Rule.integer(0, 10_000), "50"),
  DB_POOL_MAX(Rule.integer(1, 10_000), "150"),
  DB_CONNECT_TIMEOUT(Rule.integer(0, 86_400), "3"),
  DB_SOCKET_TIMEOUT(Rule.integer(0, 86_400), "30"),
  CACHE_PRIMARY_READ_SECONDS(Rule.seconds(0), "30"),

  // Redis
  REDIS_MODE(Rule.oneOf("single", "cluster", "sentinel"), "single"),
  REDIS_HOST(Rule.TEXT, null),
  REDIS_PORT(Rule.port(), "6379"),
  REDIS_NODES(Rule.HOST_PORTS, null),
  REDIS_PASSWORD(Rule.TEXT, null),
  REDIS_SENTINEL_MASTER(Rule.TEXT, "mymaster"),

  // Telegram
  BOT_TOKEN(Rule.TEXT, null),
  BOT_USERNAME(Rule.TEXT, null),
  MINI_APP_URL(Rule.URL, "http://localhost:5173"),
  PANEL_URL(Rule.URL, null),
  TELEGRAM_API_URL(Rule.URL, "https://api.telegram.org"),
  TELEGRAM_WEBHOOK_URL(Rule.URL, null),
  TELEGRAM_WEBHOOK_SECRET(Rule.TEXT, null),
  TELEGRAM_INIT_DATA_MAX_AGE(Rule.seconds(1), "86400"),
  ADMIN_BOT_TOKEN(Rule.TEXT, null),
  MASTER_ADMIN_ID(Rule.integer(1, Long.MAX_VALUE / 10), null),

  // DaData (addresses, organisations, metro import); unset key: the keyless behaviour
  DADATA_API_KEY(Rule.TEXT, null),
  DADATA_SECRET(Rule.TEXT, null),
  DADATA_API_URL(Rule.URL, "https://suggestions.dadata.ru/suggestions/api/4_1/rs"),

  // sessions and the admin
  ADMIN_LOGIN(Rule.TEXT, null),
  ADMIN_PASSWORD(Rule.TEXT, null),
  ADMIN_SECRET(Rule.TEXT, DevDefaults.ADMIN_SECRET),
  ADMIN_2FA_RESET(Rule.BOOLEAN, "false"),
  JWT_SECRET(Rule.TEXT, DevDefaults.JWT_SECRET),
  ACCESS_TTL_BUYER(Rule.seconds(1), Long.toString(7L * 24 * 3600)),
  ACCESS_TTL_SELLER(Rule.seconds(1), Long.toString(12L * 3600)),
  ACCESS_TTL_ADMIN(Rule.seconds(1), Long.toString(12L * 3600)),
  REFRESH_TTL(Rule.seconds(1), Long.toString(30L * 24 * 3600)),
  RATE_LIMIT_WINDOW_SECONDS(Rule.seconds(1), "60"),

  // HTTP edge
  ALLOWED_ORIGINS(Rule.TEXT, DevDefaults.ALLOWED_ORIGINS),
  TRUSTED_PROXIES(Rule.ADDRESSES, "127.0.0.1,::1"),

  // business
  SHOP_TIMEZONE(Rule.ZONE, "Europe/Moscow"),
  CART_RESERVATION_SECONDS(Rule.seconds(1), "300"),
  CART_RESERVATION_MAX_SECONDS(Rule.seconds(1), "1800"),
  DEMO_DATA(Rule.oneOf("true", "false", "1", "0"), "true"),

  // payments and subscriptions (YooKassa)
  YOOKASSA_SHOP_ID(Rule.TEXT, null),
  YOOKASSA_SECRET_KEY(Rule.TEXT, null),
  YOOKASSA_API_URL(Rule.URL, "https://api.yookassa.ru/v3"),
  SUBSCRIPTION_REQUIRED(Rule.BOOLEAN, "false"),

  // housekeeping
  HOUSEKEEPING_INTERVAL_SECONDS(Rule.seconds(1), "300"),
  HOUSEKEEPING_BATCH(Rule.integer(1, 100_000), "1000"),
  REFRESH_TOKEN_RETENTION_SECONDS(Rule.seconds(0), Long.toString(7L * 24 * 3600)),
  OUTBOX_RETENTION_SECONDS(Rule.seconds(0), Long.toString(7L * 24 * 3600)),
  MEDIA_ORPHAN_GRACE_SECONDS(Rule.seconds(0), Long.toString(24L * 3600));

  private final Rule rule;
  private final String fallback;

  ConfigKey(Rule rule, String fallback) {
    this.rule = rule;
    this.fallback = fallback;
  }

  public Rule rule() {
    return rule;
  }

  /** The development default, when there is one. */
  public Optional<String> fallback() {
    return Optional.ofNullable(fallback);
  }

  /**
   * "KEY rule": the problem reported for a value that breaks the rule (the value itself is never
   * included).
   */
  String problem() {
    return name() + " " + rule.text();
  }
}
