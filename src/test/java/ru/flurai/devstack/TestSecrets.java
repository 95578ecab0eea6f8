package ru.flurai.devstack;

import java.util.Map;

/**
 * The settings the test server runs with, shared by the stack (which configures Liberty) and the
 * tests.
 */
public final class TestSecrets {
  public static final String BOT_TOKEN = "123456789:TEST-bot-token-for-integration-tests";
  public static final String ADMIN_BOT_TOKEN = "987654321:TEST-admin-bot-token-for-tests";
  public static final long MASTER_ADMIN_ID = 999_000_111L;
  public static final String ADMIN_LOGIN = "root-admin";
  public static final String ADMIN_PASSWORD = "Adm1nPassw0rdForTests";

  /** The key the fake DaData accepts (DADATA_API_KEY). */
  public static final String DADATA_KEY = "test-dadata-api-key";

  /** Login attempt window, shortened so tests can wait one out. */
  public static final int RATE_WINDOW_SECONDS = 8;

  /**
   * The Liberty operator account (quickStartSecurity: Admin Center, /ibm/api), not the platform
   * admin.
   */
  public static final String LIBERTY_ADMIN_USER = "ops-admin";

  public static final String LIBERTY_ADMIN_PASSWORD = "Op5ConsoleForTests";

  public static final String WEBHOOK_SECRET = "test-webhook-secret-0123456789-abcdefghijkl";

  // the demo shops would change what the catalogue tests count; DemoShopsTest covers the demo data
  public static final Map<String, String> SETTINGS =
      Map.ofEntries(
          Map.entry("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET),
          Map.entry("BOT_TOKEN", BOT_TOKEN),
          Map.entry("DADATA_API_KEY", DADATA_KEY),
          Map.entry("ADMIN_BOT_TOKEN", ADMIN_BOT_TOKEN),
          Map.entry("MASTER_ADMIN_ID", Long.toString(MASTER_ADMIN_ID)),
          Map.entry("ADMIN_LOGIN", ADMIN_LOGIN),
          Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
          Map.entry("LIBERTY_ADMIN_USER", LIBERTY_ADMIN_USER),
          Map.entry("LIBERTY_ADMIN_PASSWORD", LIBERTY_ADMIN_PASSWORD),
          Map.entry("RATE_LIMIT_WINDOW_SECONDS", Integer.toString(RATE_WINDOW_SECONDS)),
          Map.entry("BOT_USERNAME", "flurai_test_bot"),
          Map.entry("MINI_APP_URL", "https://app.flurai.test"),
          Map.entry("DEMO_DATA", "false"),
          // housekeeping every 2 s, so HousekeepingIT sees a sweep soon (retentions keep their
          // defaults)
          Map.entry("HOUSEKEEPING_INTERVAL_SECONDS", "2"));

  private TestSecrets() {}
}
