package ru.flurai.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigProblemsTest {
  private static Map<String, String> goodProduction() {
    Map<String, String> m = new HashMap<>();
    m.put("ENVIRONMENT", "production");
    m.put("BOT_TOKEN", "123456:ABCdefGhIJKlmnoPQRstuVWXyz0123456789");
    m.put("MINI_APP_URL", "https://app.flurai.ru");
    m.put("DB_HOST", "db");
    m.put("DB_NAME", "flurai");
    m.put("DB_USER", "flurai");
    m.put("DB_PASSWORD", "k3Jq9vX2mP8wL5nR7tY1uI4oA6sD0fGh");
    m.put("ADMIN_LOGIN", "root");
    m.put("ADMIN_PASSWORD", "Zx7#kLm2QpRv");
    m.put("ADMIN_SECRET", "a8F3kL0pQ7wE2rT9yU4iO6sD1fG5hJ8kZ");
    m.put("JWT_SECRET", "Q2w8E4r6T0y1U3i5O7p9A2s4D6f8G0h2J");
    m.put("ALLOWED_ORIGINS", "https://app.flurai.ru,https://admin.flurai.ru");
    m.put("REDIS_HOST", "redis");
    m.put("LIBERTY_ADMIN_PASSWORD", "Op3rator#Console2026");
    m.put("KEYSTORE_PASSWORD", "Ks9vX2mP8wL5nR7t");
    return m;
  }

  private static List<String> problems(Map<String, String> m) {
    return ConfigProblems.of(Settings.of(m));
  }

  @Test
  void developmentNeedsNothing() {
    assertEquals(List.of(), problems(Map.of()));
    assertEquals(List.of(), problems(Map.of("ENVIRONMENT", "development")));
  }

  @Test
  void aCompleteProductionConfigPasses() {
    assertEquals(List.of(), problems(goodProduction()));
  }

  @Test
  void productionWithNothingListsEveryMissingVariableAtOnce() {
    List<String> p = problems(Map.of("ENVIRONMENT", "production"));
    for (String name : ConfigProblems.REQUIRED) {
      assertTrue(p.contains(name + " is missing"), name + " in " + p);
    }
    assertTrue(p.stream().anyMatch(s -> s.startsWith("REDIS_HOST")), p.toString());
  }

  @Test
  void blankCountsAsMissing() {
    Map<String, String> m = goodProduction();
    m.put("JWT_SECRET", "   ");
    assertEquals(List.of("JWT_SECRET is missing"), problems(m));
  }

  @Test
  void shortSecretsAreRefused() {
    Map<String, String> m = goodProduction();
    m.put("JWT_SECRET", "tooShortButRandom9");
    assertEquals(List.of("JWT_SECRET is shorter than 32 bytes"), problems(m));
  }

  @Test
  void placeholdersAndDevDefaultsAreRefused() {
    for (String placeholder :
        List.of(
            "your_jwt_secret_here_please_change_it_now",
            "changeme",
            "strong_random_secret_value_32chars_x",
            DevDefaults.JWT_SECRET)) {
      Map<String, String> m = goodProduction();
      m.put("JWT_SECRET", placeholder);
      assertEquals(
          List.of("JWT_SECRET is a placeholder or development default"), problems(m), placeholder);
    }
    Map<String, String> m = goodProduction();
    m.put("DB_PASSWORD", DevDefaults.DB_PASSWORD);
    m.put("LIBERTY_ADMIN_PASSWORD", DevDefaults.LIBERTY_ADMIN_PASSWORD);
    m.put("KEYSTORE_PASSWORD", DevDefaults.KEYSTORE_PASSWORD);
    assertEquals(3, problems(m).size(), problems(m).toString());
  }

  @Test
  void placeholderBotTokenAndKeystorePasswordAreRefused() {
    Map<String, String> m = goodProduction();
    m.put("BOT_TOKEN", "change_me_telegram_bot_token");
    m.put("KEYSTORE_PASSWORD", "<keystore password>");
    assertEquals(
        List.of(
            "BOT_TOKEN is a placeholder or development default",
            "KEYSTORE_PASSWORD is a placeholder or development default"),
        problems(m));
  }

  @Test
  void originsMustBeAnAllowlist() {
    Map<String, String> m = goodProduction();
    m.put("ALLOWED_ORIGINS", "*");
    assertEquals(List.of("ALLOWED_ORIGINS must not contain *"), problems(m));
    m.put("ALLOWED_ORIGINS", " , ");
    assertEquals(List.of("ALLOWED_ORIGINS is empty"), problems(m));
  }

  @Test
  void adminPasswordFollowsThePolicy() {
    Map<String, String> m = goodProduction();
    m.put("ADMIN_PASSWORD", "Password1");
    assertEquals(1, problems(m).size());
    assertTrue(problems(m).get(0).startsWith("ADMIN_PASSWORD fails the password policy"));
  }

  @Test
  void webhookNeedsAStrongSecret() {
    Map<String, String> m = goodProduction();
    m.put("TELEGRAM_WEBHOOK_URL", "https://api.flurai.ru/telegram/webhook");
    assertEquals(
        List.of("TELEGRAM_WEBHOOK_SECRET is missing while TELEGRAM_WEBHOOK_URL is set"),
        problems(m));
    m.put("TELEGRAM_WEBHOOK_SECRET", "short");
    assertEquals(List.of("TELEGRAM_WEBHOOK_SECRET is shorter than 32 bytes"), problems(m));
  }

  @Test
  void debugLoggingIsRefused() {
    Map<String, String> m = goodProduction();
    m.put("LOG_LEVEL", "FINE");
    assertEquals(List.of("LOG_LEVEL must not be a debug level in production"), problems(m));
  }

  @Test
  void redisClusterNodesSatisfyTheRedisRequirement() {
    Map<String, String> m = goodProduction();
    m.remove("REDIS_HOST");
    m.put("REDIS_MODE", "cluster");
    m.put("REDIS_NODES", "r1:6379,r2:6379,r3:6379");
    assertEquals(List.of(), problems(m));
  }
}
