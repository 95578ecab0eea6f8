package ru.flurai.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one typed view of the service's configuration. Values come from MicroProfile Config (environment variables,
 * server.xml variables, system properties) under the seed's variable names; see README for the full list.
 */
@ApplicationScoped
public class FluraiConfig {
  private final Settings settings;

  public FluraiConfig() {
    this(new Settings(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class)));
  }

  public FluraiConfig(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  static boolean isProduction(Settings s) {
    return "production".equalsIgnoreCase(s.get("ENVIRONMENT", "development"));
  }

  public boolean isProduction() {
    return isProduction(settings);
  }

  public String environment() {
    return settings.get("ENVIRONMENT", "development").toLowerCase(Locale.ROOT);
  }

  public Optional<String> botToken() {
    return settings.get("BOT_TOKEN");
  }

  public String miniAppUrl() {
    return stripSlash(settings.get("MINI_APP_URL", "http://localhost:5173"));
  }

  public String botUsername() {
    return settings.get("BOT_USERNAME", "flurai_bot");
  }

  public List<String> allowedOrigins() {
    return splitList(settings.get("ALLOWED_ORIGINS", DevDefaults.ALLOWED_ORIGINS));
  }

  public String jwtSecret() {
    return settings.get("JWT_SECRET", DevDefaults.JWT_SECRET);
  }

  public String adminSecret() {
    return settings.get("ADMIN_SECRET", DevDefaults.ADMIN_SECRET);
  }

  /** ADMIN_2FA_RESET=true: the admin's 2FA enrolment is removed at startup (an operator's way back in). */
  public boolean adminTwoFactorReset() {
    return "true".equalsIgnoreCase(settings.get("ADMIN_2FA_RESET", "false").strip());
  }

  public Optional<String> adminLogin() {
    return settings.get("ADMIN_LOGIN");
  }

  public Optional<String> adminPassword() {
    return settings.get("ADMIN_PASSWORD");
  }

  public String redisMode() {
    return settings.get("REDIS_MODE", "single").toLowerCase(Locale.ROOT);
  }

  public Optional<String> redisHost() {
    return settings.get("REDIS_HOST");
  }

  public int redisPort() {
    return Integer.parseInt(settings.get("REDIS_PORT", "6379"));
  }

  /** host:port list for cluster and sentinel modes. */
  public List<String> redisNodes() {
    return splitList(settings.get("REDIS_NODES", ""));
  }

  public Optional<String> redisPassword() {
    return settings.get("REDIS_PASSWORD");
  }

  public String redisSentinelMaster() {
    return settings.get("REDIS_SENTINEL_MASTER", "mymaster");
  }

  public boolean redisConfigured() {
    return redisHost().isPresent() || !redisNodes().isEmpty();
  }

  /** True when DB_REPLICA_HOSTS names hosts other than the primary (server.xml defaults it to the primary). */
  public boolean replicasConfigured() {
    String primary = settings.get("DB_HOST", "localhost") + ":" + settings.get("DB_PORT", "5432");
    return settings.get("DB_REPLICA_HOSTS").filter(h -> !h.equals(primary) && !h.contains("${")).isPresent();
  }

  public List<String> trustedProxies() {
    return splitList(settings.get("TRUSTED_PROXIES", "127.0.0.1,::1"));
  }

  public ZoneId shopTimezone() {
    return ZoneId.of(settings.get("SHOP_TIMEZONE", "Europe/Moscow"));
  }

  public Duration initDataMaxAge() {
    return Duration.ofSeconds(Long.parseLong(settings.get("TELEGRAM_INIT_DATA_MAX_AGE", "86400")));
  }

  public String telegramApiUrl() {
    return stripSlash(settings.get("TELEGRAM_API_URL", "https://api.telegram.org"));
  }

  public Optional<String> telegramWebhookUrl() {
    return settings.get("TELEGRAM_WEBHOOK_URL");
  }

  public Optional<String> telegramWebhookSecret() {
    return settings.get("TELEGRAM_WEBHOOK_SECRET");
  }

  /** A duration given in seconds, e.g. ACCESS_TTL_SELLER=43200. */
  public Duration seconds(String name, long fallback) {
    return Duration.ofSeconds(Long.parseLong(settings.get(name, Long.toString(fallback))));
  }

  public Optional<String> adminBotToken() {
    return settings.get("ADMIN_BOT_TOKEN");
  }

  public Optional<Long> masterAdminId() {
    return settings.get("MASTER_ADMIN_ID").map(Long::parseLong);
  }

  public static List<String> splitList(String value) {
    return Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
