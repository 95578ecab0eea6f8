package ru.flurai.platform.config;

import java.util.Set;

/**
 * The values development runs with when nothing is configured. They exist so that {@code
 * scripts/run} works on a fresh machine, and they are listed here so that production can recognise
 * and refuse every one of them.
 */
public final class DevDefaults {
  public static final String JWT_SECRET = "dev-only-jwt-secret-never-use-in-production-0123456789";
  public static final String ADMIN_SECRET =
      "dev-only-admin-secret-never-use-in-production-0123456789";
  public static final String DB_PASSWORD = "flurai";
  public static final String LIBERTY_ADMIN_PASSWORD = "flurai-dev-admin";
  public static final String KEYSTORE_PASSWORD = "flurai-dev-keystore";
  public static final String ALLOWED_ORIGINS = "*";

  static final Set<String> ALL =
      Set.of(JWT_SECRET, ADMIN_SECRET, DB_PASSWORD, LIBERTY_ADMIN_PASSWORD, KEYSTORE_PASSWORD);

  private DevDefaults() {}
}
