package ru.flurai.platform.http;

import java.util.List;

/**
 * Which browser origins may call the API (API.md §0.3): an allowlist, or {@code *} in development.
 */
public final class CorsPolicy {
  static final String METHODS = "GET, POST, PUT, DELETE, PATCH, OPTIONS";
  static final String HEADERS =
      "Content-Type, Authorization, X-Telegram-Init-Data, ngrok-skip-browser-warning, X-Seller-Token, "
          + "X-Admin-Token, X-Request-Id, Idempotency-Key";
  static final String MAX_AGE = "600";
  private final List<String> origins;

  public CorsPolicy(List<String> origins) {
    this.origins = origins.stream().map(CorsPolicy::normalize).toList();
  }

  public boolean allows(String origin) {
    return origin != null && (origins.contains("*") || origins.contains(normalize(origin)));
  }

  private static String normalize(String origin) {
    String o = origin.trim();
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }
}
