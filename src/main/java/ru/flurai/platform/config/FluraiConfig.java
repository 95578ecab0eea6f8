package ru.flurai.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one typed view of the service's configuration. Values come from MicroProfile Config
 * (environment variables, server.xml variables, system properties) under the seed's variable names.
 * Every key is a {@link ConfigKey} with its rule and default; startup refuses a value that breaks
 * its rule ({@link #refusal}), so the accessors below never meet one. README lists every key.
 */
@ApplicationScoped
public class FluraiConfig {
  private final Settings settings;
  private volatile ZoneId shopZone;

  public FluraiConfig() {
    this(new Settings(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class)));
  }

  public FluraiConfig(Settings settings) {
    this.settings = settings;
  }

  /**
   * The one-line refusal when the configuration cannot run: malformed values in any environment
   * ({@link ConfigRules}), then what production refuses ({@link ConfigProblems}). Empty when it is
   * fit.
   */
  public Optional<String> refusal() {
    List<String> problems = new ArrayList<>(ConfigRules.of(settings));
    problems.addAll(ConfigProblems.of(settings));
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    String environment = settings.get(ConfigKey.ENVIRONMENT.name(), "development");
    return Optional.of(
        "FLURAI CONFIGURATION REFUSED (ENVIRONMENT="
            + environment
            + "): "
            + String.join("; ", problems));
  }

  static boolean isProduction(Settings s) {
    return "production".equalsIgnoreCase(s.get(ConfigKey.ENVIRONMENT.name(), "development"));
  }

  public boolean isProduction() {
    return isProduction(settings);
  }

  public String environment() {
    return text(ConfigKey.ENVIRONMENT).toLowerCase(Locale.ROOT);
  }

  public Optional<String> botToken() {
    return optional(ConfigKey.BOT_TOKEN);
  }

  public String miniAppUrl() {
    return stripSlash(text(ConfigKey.MINI_APP_URL));
  }

  /**
   * The seller panel the bot's welcome button opens; the Mini App URL when PANEL_URL is not set.
   */
  public String panelUrl() {
    return optional(ConfigKey.PANEL_URL).orElseGet(this::miniAppUrl);
  }

  /** The bot's username for t.me links; empty when BOT_USERNAME is not set. */
  public Optional<String> botUsername() {
    return optional(ConfigKey.BOT_USERNAME);
  }

  public List<String> allowedOrigins() {
    return splitList(text(ConfigKey.ALLOWED_ORIGINS));
  }

  public String jwtSecret() {
    return text(ConfigKey.JWT_SECRET);
  }

  public String adminSecret() {
    return text(ConfigKey.ADMIN_SECRET);
  }

  /**
   * ADMIN_2FA_RESET=true: the admin's 2FA enrolment is removed at startup (an operator's way back
   * in).
   */
  public boolean adminTwoFactorReset() {
    return "true".equalsIgnoreCase(text(ConfigKey.ADMIN_2FA_RESET));
  }

  public Optional<String> adminLogin() {
    return optional(ConfigKey.ADMIN_LOGIN);
  }

  public Optional<String> adminPassword() {
    return optional(ConfigKey.ADMIN_PASSWORD);
  }

  /**
   * DEMO_DATA: outside production, seed the demo shops into an empty database ({@code false} or
   * {@code 0}: no).
   */
  public boolean demoData() {
    String v = text(ConfigKey.DEMO_DATA);
    return !v.equalsIgnoreCase("false") && !v.equals("0");
  }

  public String redisMode() {
    return text(ConfigKey.REDIS_MODE).toLowerCase(Locale.ROOT);
  }

  public Optional<String> redisHost() {
    return optional(ConfigKey.REDIS_HOST);
  }

  public int redisPort() {
    return (int) number(ConfigKey.REDIS_PORT);
  }

  /** host:port list for cluster and sentinel modes. */
  public List<String> redisNodes() {
    return optional(ConfigKey.REDIS_NODES).map(FluraiConfig::splitList).orElse(List.of());
  }

  public Optional<String> redisPassword() {
    return optional(ConfigKey.REDIS_PASSWORD);
  }

  public String redisSentinelMaster() {
    return text(ConfigKey.REDIS_SENTINEL_MASTER);
  }

  public boolean redisConfigured() {
    return redisHost().isPresent() || !redisNodes().isEmpty();
  }

  /**
   * True when DB_REPLICA_HOSTS names hosts other than the primary (server.xml defaults it to the
   * primary).
   */
  public boolean replicasConfigured() {
    String primary = text(ConfigKey.DB_HOST) + ":" + text(ConfigKey.DB_PORT);
    return optional(ConfigKey.DB_REPLICA_HOSTS)
        .filter(h -> !h.equals(primary) && !h.contains("${"))
        .isPresent();
  }

  public List<String> trustedProxies() {
    return splitList(text(ConfigKey.TRUSTED_PROXIES));
  }

  /** Read once: every catalogue request asks for it, and a config lookup costs more than it. */
  public ZoneId shopTimezone() {
    ZoneId zone = shopZone;
    if (zone == null) {
      zone = ZoneId.of(text(ConfigKey.SHOP_TIMEZONE));
      shopZone = zone;
    }
    return zone;
  }

  public Duration initDataMaxAge() {
    return seconds(ConfigKey.TELEGRAM_INIT_DATA_MAX_AGE);
  }

  public String telegramApiUrl() {
    return stripSlash(text(ConfigKey.TELEGRAM_API_URL));
  }

  public Optional<String> telegramWebhookUrl() {
    return optional(ConfigKey.TELEGRAM_WEBHOOK_URL);
  }

  public Optional<String> telegramWebhookSecret() {
    return optional(ConfigKey.TELEGRAM_WEBHOOK_SECRET);
  }

  public Optional<String> adminBotToken() {
    return optional(ConfigKey.ADMIN_BOT_TOKEN);
  }

  public Optional<String> dadataApiKey() {
    return optional(ConfigKey.DADATA_API_KEY);
  }

  public Optional<String> dadataSecret() {
    return optional(ConfigKey.DADATA_SECRET);
  }

  public String dadataApiUrl() {
    return stripSlash(text(ConfigKey.DADATA_API_URL));
  }

  public Optional<Long> masterAdminId() {
    return optional(ConfigKey.MASTER_ADMIN_ID).map(Long::parseLong);
  }

  /** The platform's YooKassa shop id and secret key; empty unless both are set. */
  public Optional<PaymentCredentials> yookassaCredentials() {
    Optional<String> shop = optional(ConfigKey.YOOKASSA_SHOP_ID).filter(v -> !v.isEmpty());
    Optional<String> key = optional(ConfigKey.YOOKASSA_SECRET_KEY).filter(v -> !v.isEmpty());
    return shop.isPresent() && key.isPresent()
        ? Optional.of(new PaymentCredentials(shop.get(), key.get()))
        : Optional.empty();
  }

  /** YooKassa's Basic-auth pair. */
  public record PaymentCredentials(String shopId, String secretKey) {}

  public String yookassaApiUrl() {
    return stripSlash(text(ConfigKey.YOOKASSA_API_URL));
  }

  /** PRODUCT.md §8.5: a shop without an active subscription is not listed and takes no orders. */
  public boolean subscriptionRequired() {
    return Boolean.parseBoolean(text(ConfigKey.SUBSCRIPTION_REQUIRED));
  }

  public Duration accessTtlBuyer() {
    return seconds(ConfigKey.ACCESS_TTL_BUYER);
  }

  public Duration accessTtlSeller() {
    return seconds(ConfigKey.ACCESS_TTL_SELLER);
  }

  public Duration accessTtlAdmin() {
    return seconds(ConfigKey.ACCESS_TTL_ADMIN);
  }

  public Duration refreshTtl() {
    return seconds(ConfigKey.REFRESH_TTL);
  }

  public Duration rateLimitWindow() {
    return seconds(ConfigKey.RATE_LIMIT_WINDOW_SECONDS);
  }

  public Duration cachePrimaryRead() {
    return seconds(ConfigKey.CACHE_PRIMARY_READ_SECONDS);
  }

  public Duration cartReservation() {
    return seconds(ConfigKey.CART_RESERVATION_SECONDS);
  }

  public Duration cartReservationMax() {
    return seconds(ConfigKey.CART_RESERVATION_MAX_SECONDS);
  }

  public Duration housekeepingInterval() {
    return seconds(ConfigKey.HOUSEKEEPING_INTERVAL_SECONDS);
  }

  public int housekeepingBatch() {
    return (int) number(ConfigKey.HOUSEKEEPING_BATCH);
  }

  public Duration refreshTokenRetention() {
    return seconds(ConfigKey.REFRESH_TOKEN_RETENTION_SECONDS);
  }

  public Duration outboxRetention() {
    return seconds(ConfigKey.OUTBOX_RETENTION_SECONDS);
  }

  public Duration mediaOrphanGrace() {
    return seconds(ConfigKey.MEDIA_ORPHAN_GRACE_SECONDS);
  }

  /**
   * The value, or else the default; one that breaks the key's rule fails here too (startup refuses
   * it first).
   */
  private Optional<String> optional(ConfigKey key) {
    Optional<String> value = settings.get(key.name()).or(key::fallback);
    if (value.isPresent() && !key.rule().accepts(value.get())) {
      throw new IllegalStateException(key.problem());
    }
    return value.map(String::strip);
  }

  private String text(ConfigKey key) {
    return optional(key)
        .orElseThrow(() -> new IllegalStateException(key.name() + " has no default"));
  }

  private long number(ConfigKey key) {
    return Long.parseLong(text(key));
  }

  private Duration seconds(ConfigKey key) {
    return Duration.ofSeconds(number(key));
  }

  public static List<String> splitList(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
