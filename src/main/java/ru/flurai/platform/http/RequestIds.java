package ru.flurai.platform.http;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id of the request this thread is serving, for log lines (set by {@link EdgeFilter}).
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestIds() {}

  /** Keeps a caller's id when it is safe to log, otherwise makes a new one. */
  static String accept(String incoming) {
    return incoming != null && SAFE.matcher(incoming).matches()
        ? incoming
        : UUID.randomUUID().toString();
  }

  static void set(String id) {
    CURRENT.set(id);
  }

  static void clear() {
    CURRENT.remove();
  }

  public static String current() {
    String id = CURRENT.get();
    return id == null ? "-" : id;
  }
}
