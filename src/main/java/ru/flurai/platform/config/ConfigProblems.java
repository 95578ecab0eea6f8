package ru.flurai.platform.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import ru.flurai.platform.security.PasswordPolicy;

/**
 * Everything that makes a configuration unfit for production, all at once (PRODUCTION.md
 * "Configuration"). Empty outside production: development runs on {@link DevDefaults}.
 */
public final class ConfigProblems {
  static final List<String> REQUIRED =
      List.of(
          "BOT_TOKEN",
          "MINI_APP_URL",
          "DB_HOST",
          "DB_NAME",
          "DB_USER",
          "DB_PASSWORD",
          "ADMIN_LOGIN",
          "ADMIN_PASSWORD",
          "ADMIN_SECRET",
          "JWT_SECRET",
          "ALLOWED_ORIGINS",
          "LIBERTY_ADMIN_PASSWORD",
          "KEYSTORE_PASSWORD");
  static final List<String> SECRETS = List.of("JWT_SECRET", "ADMIN_SECRET", "DB_PASSWORD");
  static final List<String> PASSWORDS = List.of("ADMIN_PASSWORD", "LIBERTY_ADMIN_PASSWORD");
  static final int MIN_SECRET_BYTES = 32;

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "^(your[_-].*|changeme.*|change[_-]me.*|<.*>|strong[_-]random.*|secret|password|placeholder.*|example.*"
              + "|xxx+|todo|replace[_-]?me.*|dev[_-]only.*|insecure.*|test|default)$",
          Pattern.CASE_INSENSITIVE);
  private static final List<String> DEBUG_LEVELS =
      List.of("debug", "fine", "finer", "finest", "all");

  private ConfigProblems() {}

  public static List<String> of(Settings s) {
    if (!FluraiConfig.isProduction(s)) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    for (String name : REQUIRED) {
      if (!s.isSet(name)) {
        problems.add(name + " is missing");
      }
    }
    if (!s.isSet("REDIS_HOST") && !s.isSet("REDIS_NODES")) {
      problems.add(
          "REDIS_HOST (or REDIS_NODES) is missing: instances cannot share limits, locks and cache");
    }
    for (String name : SECRETS) {
      s.get(name).ifPresent(v -> checkSecret(name, v, problems));
    }
    for (String name : REQUIRED) {
      if (!SECRETS.contains(name) && !PASSWORDS.contains(name)) {
        s.get(name)
            .filter(
                v ->
                    name.endsWith("PASSWORD") ? isPlaceholder(v) : PLACEHOLDER.matcher(v).matches())
            .ifPresent(v -> problems.add(name + " is a placeholder or development default"));
      }
    }
    if (s.isSet("TELEGRAM_WEBHOOK_URL")) {
      s.get("TELEGRAM_WEBHOOK_SECRET")
          .ifPresentOrElse(
              v -> checkSecret("TELEGRAM_WEBHOOK_SECRET", v, problems),
              () ->
                  problems.add(
                      "TELEGRAM_WEBHOOK_SECRET is missing while TELEGRAM_WEBHOOK_URL is set"));
    }
    s.get("ALLOWED_ORIGINS").ifPresent(v -> checkOrigins(v, problems));
    for (String name : PASSWORDS) {
      s.get(name).ifPresent(v -> checkPassword(name, v, problems));
    }
    if (DEBUG_LEVELS.contains(s.get("LOG_LEVEL", "info").toLowerCase(Locale.ROOT))) {
      problems.add("LOG_LEVEL must not be a debug level in production");
    }
    return problems;
  }

  private static void checkSecret(String name, String value, List<String> problems) {
    if (isPlaceholder(value)) {
      problems.add(name + " is a placeholder or development default");
    } else if (value.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      problems.add(name + " is shorter than " + MIN_SECRET_BYTES + " bytes");
    }
  }

  private static void checkPassword(String name, String value, List<String> problems) {
    if (isPlaceholder(value)) {
      problems.add(name + " is a placeholder or development default");
      return;
    }
    PasswordPolicy.violation(value)
        .ifPresent(v -> problems.add(name + " fails the password policy: " + v));
  }

  private static void checkOrigins(String value, List<String> problems) {
    List<String> origins = FluraiConfig.splitList(value);
    if (origins.isEmpty()) {
      problems.add("ALLOWED_ORIGINS is empty");
    } else if (origins.stream().anyMatch(o -> o.contains("*"))) {
      problems.add("ALLOWED_ORIGINS must not contain *");
    }
  }

  static boolean isPlaceholder(String value) {
    return DevDefaults.ALL.contains(value) || PLACEHOLDER.matcher(value.trim()).matches();
  }
}
